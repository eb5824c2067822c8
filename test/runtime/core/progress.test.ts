// Progress on the terminal: plain lines when stderr is not a TTY, a live redrawn line with phase bars
// on a TTY, and the closing summary of held-out reward per task before and after training.
import { describe, expect, it } from "vitest";
import { createProgress, summaryText, type ProgressEvent, type RunSummary } from "../../../runtime/index.js";

const summary: RunSummary = {
  recipe: "demo", runDir: "runs/demo", steps: 3, finished: true, lastRewardMean: 0.5,
  evalBefore: { reward_mean: 0.25, tasks: { math: 0.1, summary: 0.4 } },
  evalAfter: { reward_mean: 0.5, tasks: { math: 0.6, summary: 0.4 } },
};

const events: ProgressEvent[] = [
  { type: "run-start", recipe: "demo", runDir: "runs/demo", fromStep: 0, totalSteps: 3, resumed: false },
  { type: "step-start", step: 1 },
  { type: "phase", step: 1, phase: "rollout", done: 4, total: 8 },
  { type: "phase", step: 1, phase: "rollout", done: 8, total: 8 },
  { type: "phase", step: 1, phase: "verify", done: 8, total: 8 },
  { type: "phase", step: 1, phase: "update", done: 1, total: 1 },
  // the step's eval and checkpoint happen before its end; they are shown after its line
  { type: "eval", step: 1, rewardMean: 0.5, tasks: { math: 0.6, summary: 0.4 } },
  { type: "checkpoint", step: 1, path: "runs/demo/checkpoints/step-000001" },
  { type: "step-end", step: 1, rewardMean: 0.375, tasks: { math: 0.25, summary: 0.5 }, seconds: 1.25, kept: 6, generated: 8, skippedUpdate: false },
  { type: "run-end", summary },
];

function render(isTty: boolean): string {
  let out = "";
  let t = 0;
  const sink = createProgress({ write: (s) => { out += s; }, isTty, colour: false, nowMs: () => (t += 1000) });
  for (const e of events) sink(e);
  return out;
}

describe("progress", () => {
  it("writes plain lines without a TTY: one per step, eval and checkpoint, no control codes", () => {
    const out = render(false);
    expect(out).not.toMatch(/\r|\x1b/);
    expect(out.split("\n").slice(0, 4)).toEqual([
      "running demo → runs/demo",
      "step 1/3  reward 0.375  math 0.250  summary 0.500  kept 6/8 groups  1.3s",
      "eval @ step 1  held-out reward 0.500  math 0.600  summary 0.400",
      "checkpoint runs/demo/checkpoints/step-000001",
    ]);
  });

  it("redraws a live line with phase bars on a TTY and clears it before permanent lines", () => {
    const out = render(true);
    expect(out).toContain("\r\x1b[2Kstep 1/3  rollout ██████░░░░░░ 4/8");
    expect(out).toContain("\r\x1b[2Kstep 1/3  rollout ✓  verify ████████████ 8/8");
    expect(out).toContain("\r\x1b[2Kstep 1/3  rollout ✓  verify ✓  update ████████████ 1/1");
    expect(out).toMatch(/\r\x1b\[2Kstep 1\/3 {2}reward 0\.375/);
  });

  it("cuts the live line to the terminal width so it redraws in place", () => {
    let out = "";
    let t = 0;
    const sink = createProgress({ write: (s) => { out += s; }, isTty: true, colour: false, nowMs: () => (t += 1000), columns: 30 });
    sink({ type: "step-start", step: 12 });
    sink({ type: "phase", step: 12, phase: "rollout", done: 1, total: 1000 });
    const last = out.split("\r\x1b[2K").pop()!;
    expect([...last].length).toBeLessThan(30);
    expect(last.endsWith("…")).toBe(true);
  });

  it("ends with held-out reward per task before and after", () => {
    const text = summaryText(summary);
    expect(text).toContain("run finished: 3 steps of demo in runs/demo");
    expect(text).toMatch(/math\s+0\.100\s+0\.600/);
    expect(text).toMatch(/summary\s+0\.400\s+0\.400/);
    expect(text).toMatch(/all\s+0\.250\s+0\.500/);
    expect(summaryText({ ...summary, evalBefore: null, evalAfter: null })).not.toContain("held-out");
  });

  it("with a supervised warm-up, a middle column shows the held-out reward the warm-up left", () => {
    const text = summaryText({ ...summary, evalAfterWarmup: { reward_mean: 0.375, tasks: { math: 0.3, summary: 0.45 } } });
    expect(text).toMatch(/task\s+before\s+warm-up\s+after/);
    expect(text).toMatch(/math\s+0\.100\s+0\.300\s+0\.600/);
    expect(text).toMatch(/summary\s+0\.400\s+0\.450\s+0\.400/);
    expect(text).toMatch(/all\s+0\.250\s+0\.375\s+0\.500/);
    expect(summaryText(summary)).not.toContain("warm-up");
  });

  it("labels the evaluation after the warm-up", () => {
    let out = "";
    const sink = createProgress({ write: (s) => { out += s; }, isTty: false, colour: false, nowMs: () => 0 });
    sink({ type: "eval", step: 0, rewardMean: 0.25, tasks: { math: 0.25 }, afterWarmup: true });
    expect(out).toContain("eval after warm-up  held-out reward 0.250  math 0.250");
  });
});
