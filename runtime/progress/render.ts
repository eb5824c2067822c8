// runtime/progress/render.ts — the run's progress on stderr: on a TTY, one live line per step with a
// bar for the current phase (rollout, verify, update...) redrawn in place; otherwise plain lines, one
// per step, eval and checkpoint. Both end with a summary of held-out reward per task, before and after.
import type { Phase, ProgressEvent, ProgressSink, RunSummary } from "./events.js";

export interface ProgressOptions {
  write: (text: string) => void;
  isTty: boolean;
  colour: boolean;
  nowMs: () => number;
  /** Minimum time between redraws of the live line (default 100 ms). */
  redrawMs?: number;
  /** Bar width in cells (default 12). */
  width?: number;
  /** Terminal width: the live line is cut to fit one row, so redrawing it in place stays clean (default 80). */
  columns?: number;
}

const fmt = (x: number) => x.toFixed(3);

export function bar(done: number, total: number, width: number): string {
  const frac = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const full = Math.round(frac * width);
  return "█".repeat(full) + "░".repeat(width - full);
}

export function taskList(tasks: Record<string, number>): string {
  return Object.entries(tasks).map(([k, v]) => `${k} ${fmt(v)}`).join("  ");
}

export function summaryText(s: RunSummary): string {
  const lines = [`run ${s.finished ? "finished" : "stopped"}: ${s.steps} step${s.steps === 1 ? "" : "s"} of ${s.recipe} in ${s.runDir}`];
  if (s.lastRewardMean !== null) lines.push(`last training reward ${fmt(s.lastRewardMean)}`);
  if (s.evalBefore || s.evalAfter) {
    const warm = s.evalAfterWarmup ?? null;
    const names = [...new Set([...Object.keys(s.evalBefore?.tasks ?? {}), ...Object.keys(warm?.tasks ?? {}), ...Object.keys(s.evalAfter?.tasks ?? {})])].sort();
    const w = Math.max(8, ...names.map((n) => n.length));
    // With a supervised warm-up, a middle column shows what it left, so the RL steps' part is plain.
    lines.push(`held-out reward   ${"task".padEnd(w)}  before${warm ? "  warm-up" : ""}   after`);
    const cell = (v: number | undefined, width = 7) => (v === undefined ? "    -" : fmt(v)).padStart(width);
    const mid = (v: number | undefined) => (warm ? cell(v, 8) + " " : "");
    for (const n of names) lines.push(`                  ${n.padEnd(w)}  ${cell(s.evalBefore?.tasks[n])} ${mid(warm?.tasks[n])}${cell(s.evalAfter?.tasks[n])}`);
    lines.push(`                  ${"all".padEnd(w)}  ${cell(s.evalBefore?.reward_mean)} ${mid(warm?.reward_mean)}${cell(s.evalAfter?.reward_mean)}`);
  }
  return lines.join("\n") + "\n";
}

export function createProgress(o: ProgressOptions): ProgressSink {
  const redrawMs = o.redrawMs ?? 100;
  const width = o.width ?? 12;
  const columns = Math.max(20, o.columns ?? 80);
  let current: Phase | null = null;
  let total: number | null = null;
  let lastDraw = -Infinity;
  let live = false;
  const phases = new Map<Phase, { done: number; total: number }>();
  let step = 0;
  // Lines about a step in progress (its eval, its checkpoint) are printed after the step's own line.
  const pending: string[] = [];
  const later = (line: string, forStep: number) => (forStep > 0 && forStep === step ? pending.push(line) : print(line));
  const dim = (s: string) => (o.colour ? `\x1b[2m${s}\x1b[22m` : s);
  const stepLabel = (n: number) => `step ${n}${total !== null ? `/${total}` : ""}`;

  const clearLive = () => {
    if (live) o.write("\r\x1b[2K");
    live = false;
  };
  const print = (line: string) => {
    clearLive();
    o.write(line + "\n");
  };
  const drawLive = (force = false) => {
    if (!o.isTty) return;
    const now = o.nowMs();
    if (!force && now - lastDraw < redrawMs) return;
    lastDraw = now;
    // Finished phases as a tick, the phase in progress as a bar.
    const parts = [...phases].map(([name, p]) => (name !== current && p.done >= p.total ? `${name} ✓` : `${name} ${bar(p.done, p.total, width)} ${p.done}/${p.total}`));
    const text = `${stepLabel(step)}  ${parts.join("  ")}`;
    const chars = [...text];
    o.write(`\r\x1b[2K${chars.length >= columns ? chars.slice(0, columns - 2).join("") + "…" : text}`);
    live = true;
  };

  return (e: ProgressEvent) => {
    switch (e.type) {
      case "run-start":
        total = e.totalSteps;
        print(`${e.resumed ? "resuming" : "running"} ${e.recipe}${e.resumed ? ` after step ${e.fromStep}` : ""} → ${e.runDir}`);
        break;
      case "step-start":
        step = e.step;
        phases.clear();
        drawLive(true);
        break;
      case "phase":
        if (e.step !== step) break; // an overlapped rollout of the next step: shown when it starts
        phases.set(e.phase, { done: e.done, total: e.total });
        current = e.phase;
        drawLive(e.done === e.total);
        break;
      case "step-end": {
        const kept = e.kept < e.generated ? `  kept ${e.kept}/${e.generated} groups` : "";
        const skipped = e.skippedUpdate ? "  (no group kept: update skipped)" : "";
        print(`${stepLabel(e.step)}  reward ${fmt(e.rewardMean)}  ${taskList(e.tasks)}${kept}${skipped}  ${dim(`${e.seconds.toFixed(1)}s`)}`);
        for (const line of pending.splice(0)) print(line);
        break;
      }
      case "eval":
        later(`eval ${e.afterWarmup ? "after warm-up" : `@ step ${e.step}`}  held-out reward ${fmt(e.rewardMean)}  ${taskList(e.tasks)}`, e.step);
        break;
      case "checkpoint":
        later(dim(`checkpoint ${e.path}`), e.step);
        break;
      case "note":
        later(e.text, step);
        break;
      case "run-end":
        for (const line of pending.splice(0)) print(line);
        clearLive();
        o.write(summaryText(e.summary));
        break;
    }
  };
}
