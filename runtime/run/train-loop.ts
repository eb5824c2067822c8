// runtime/run/train-loop.ts — the run: optional eval first, then step after step (gather → advantages
// → update → sync → eval → write) and checkpoints. A step's files are written before the state file
// that vouches for them, and `--resume` cuts back whatever a killed run wrote past its last state.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Graph } from "../../compiler/ir.js";
import { ResourcePool } from "../scheduler/index.js";
import type { ProgressSink, RunSummary } from "../progress/events.js";
import {
  CursorStream, readAll, gatherBatch, flatten, computeAdvantages, buildTrainBatch, summarize, evaluate, sortKeys,
  type EvalResult, type GatheredBatch, type StepPorts, type TaskRecord,
} from "../steps/index.js";
import type { RunPlan } from "./plan.js";
import { RunDir, RunDirError, type RunState, STATE_VERSION } from "./run-dir.js";
import type { StepLine, TaskStepMetrics, WarmupLine } from "./metrics-line.js";

export interface RunOptions {
  graph: Graph;
  plan: RunPlan;
  ports: StepPorts;
  runDir: string;
  resume: boolean;
  recipeText?: string;
  progress?: ProgressSink;
  nowMs?: () => number;
  signal?: AbortSignal;
  /** Prompts per engine call (default 8) and the bound of every queue between nodes (default 4). */
  chunkPrompts?: number;
  queueCapacity?: number;
  /** A stateless trainer (the dry-run `none`) makes every step a resume point; others resume from
   *  their latest checkpoint. Default: true for the trainer named "none". */
  stateless?: boolean;
  /** Slots for the resource pool (defaults: the largest request of any node, so nodes never wait on a
   *  pool smaller than one request). */
  gpus?: number;
  cpuWorkers?: number;
}

const TASK_KEYS = ["mean_reward", "std_reward", "mean_std_reward", "sqrt_mean_var", "rate_adv", "rate_num", "num_queries", "num_rollouts"] as const;

export async function runTraining(o: RunOptions): Promise<RunSummary> {
  const { plan, ports } = o;
  const nowMs = o.nowMs ?? (() => performance.now());
  const emit: ProgressSink = o.progress ?? (() => undefined);
  const dir = new RunDir(o.runDir);
  const stateless = o.stateless ?? ports.trainer.name === "none";
  const epochs = plan.steps === null && plan.epochs === null ? 1 : plan.epochs;

  let state = o.resume ? await resumePoint(o, dir, stateless) : await freshRun(o, dir);
  emit({ type: "run-start", recipe: plan.recipe, runDir: o.runDir, fromStep: state.step, totalSteps: plan.steps, resumed: o.resume });
  if (o.resume && !stateless && state.step === 0) {
    emit({ type: "note", text: `no checkpoint to resume from: the ${ports.trainer.name} trainer starts over from the initial weights (save_every makes checkpoints)` });
  }
  if (o.resume && !(await dir.sameGraph(o.graph))) {
    emit({ type: "note", text: `warning: the recipe's graph differs from ${join(o.runDir, "graph.json")} (the one this run started with); the remaining steps use the new one` });
  }

  const abort = new AbortController();
  const onOuterAbort = () => abort.abort(o.signal?.reason);
  o.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const pool = new ResourcePool(
    o.gpus ?? Math.max(1, plan.rolloutResources.gpus ?? 0),
    o.cpuWorkers ?? Math.max(1, plan.verifyWorkers),
  );
  const chunkPrompts = o.chunkPrompts ?? 8;
  const queueCapacity = o.queueCapacity ?? 4;
  const ctx = { plan, ports, pool, chunkPrompts, queueCapacity, signal: abort.signal, nowMs };

  let evalRecords: TaskRecord[] | null = null;
  const runEval = async (step: number, afterWarmup = false): Promise<EvalResult | null> => {
    if (!ports.eval) return null;
    evalRecords ??= await readAll(ports.eval);
    const r = await evaluate({ ...ctx, onPhase: (ph, done, total) => emit({ type: "phase", step, phase: "eval", done: ph === "verify" ? done : 0, total }) }, evalRecords, step);
    await dir.writeLines(afterWarmup ? dir.warmupEvalPath : dir.evalPath(step), r.groups.flatMap((g) => g.samples.map((s, i) => ({
      uid: g.prompt.uid, task: g.prompt.task, prompt: g.prompt.ref, sample: i, response: s.text, finish_reason: s.finishReason, score: s.score, flags: s.flags,
    }))));
    emit({ type: "eval", step, rewardMean: r.reward_mean, tasks: taskRewards(r), ...(afterWarmup ? { afterWarmup } : {}) });
    for (const g of r.groups.slice(0, plan.evalLogGenerations)) {
      const s = g.samples[0];
      const prompt = g.prompt.messages[g.prompt.messages.length - 1]?.content ?? "";
      emit({ type: "note", text: `  [${g.prompt.task}] score ${s.score.toFixed(3)}  prompt …${oneLine(prompt.slice(-120))}\n    response: ${oneLine(s.text.slice(0, 240))}` });
    }
    return r;
  };

  const stream = new CursorStream(ports.train, state.cursor, epochs);
  let prefetched: Promise<GatheredBatch> | null = null;
  try {
    if (plan.evalBefore && ports.eval && state.step === 0 && state.initialEval === null) {
      const t0 = nowMs();
      const r = await runEval(0);
      if (r) {
        await dir.appendMetrics({ step: 0, val_reward_mean: r.reward_mean, val_tasks: r.tasks, timing_s: { eval: (nowMs() - t0) / 1000 } });
        state = { ...state, metricsLines: state.metricsLines + 1, initialEval: { reward_mean: r.reward_mean, tasks: taskRewards(r) } };
        await dir.writeState(state);
      }
    }

    // Supervised warm-up: only from the initial weights (a fresh run, or a restart with no checkpoint).
    if (ports.warmup && state.step === 0) {
      emit({ type: "step-start", step: 0 });
      const warmStarted = nowMs();
      const w = await ports.warmup((done, total, loss) => {
        emit({ type: "phase", step: 0, phase: "warmup", done, total });
        // Plain-line progress for long warm-ups: every tenth of the way.
        if (total >= 10 && done % Math.ceil(total / 10) === 0 && done < total) emit({ type: "note", text: `supervised warm-up ${done}/${total}  loss ${loss.toFixed(3)}` });
      });
      if (w.weights) {
        await ports.engine.syncWeights?.(w.weights);
        if (ports.evalEngine && ports.evalEngine !== ports.engine) await ports.evalEngine.syncWeights?.(w.weights);
      }
      emit({ type: "note", text: w.summary });
      // The held-out reward the warm-up left (a line of its own), so that the RL steps' part is plain.
      const line: WarmupLine = {
        step: 0, phase: "warmup",
        warmup: { steps: w.report?.steps ?? 0, examples: w.report?.examples ?? 0, first_loss: w.report?.firstLoss ?? 0, last_loss: w.report?.lastLoss ?? 0 },
        timing_s: { warmup: (nowMs() - warmStarted) / 1000 },
      };
      if (plan.evalBefore && ports.eval) {
        const t0 = nowMs();
        const r = await runEval(0, true);
        if (r) {
          line.val_reward_mean = r.reward_mean;
          line.val_tasks = r.tasks;
          line.timing_s.eval = (nowMs() - t0) / 1000;
        }
      }
      await dir.appendMetrics(line);
      state = { ...state, metricsLines: state.metricsLines + 1 };
      await dir.writeState(state);
    }

    for (;;) {
      if (plan.steps !== null && state.step >= plan.steps) break;
      const step = state.step + 1;
      emit({ type: "step-start", step });
      const stepStarted = nowMs();
      const gatherCtx = { ...ctx, onPhase: (ph: "rollout" | "verify", done: number, total: number) => emit({ type: "phase", step, phase: ph, done, total }) };
      let batch: GatheredBatch;
      if (prefetched) {
        batch = await prefetched;
        prefetched = null;
      } else {
        if (!(await stream.hasMore())) break;
        batch = await gatherBatch(gatherCtx, step, stream);
      }
      const cursorAfter = stream.cursor;
      const isLast = (plan.steps !== null && step >= plan.steps) || !(await stream.hasMore());
      // One-step off-policy overlap: the next step's rollout runs during this update; weights are
      // synced only after it finishes, so a batch never mixes two policies.
      if (plan.overlap && !isLast) {
        const next = step + 1;
        prefetched = gatherBatch({ ...ctx, onPhase: (ph, done, total) => emit({ type: "phase", step: next, phase: ph, done, total }) }, next, stream);
        prefetched.catch(() => undefined);
      }

      const timing: Record<string, number> = { generate: batch.generateSeconds };
      let t = nowMs();
      const flat = flatten(batch.groups);
      const adv = computeAdvantages(ports, flat);
      timing.advantage = (nowMs() - t) / 1000;

      let weightsVersion = state.weightsVersion;
      let actor: Record<string, number> = {};
      const skippedUpdate = flat.scores.length === 0;
      let weights = null;
      if (!skippedUpdate) {
        emit({ type: "phase", step, phase: "update", done: 0, total: 1 });
        t = nowMs();
        const result = await ports.trainer.update(buildTrainBatch(step, batch.groups, adv.advantages, ports));
        timing.update = (nowMs() - t) / 1000;
        emit({ type: "phase", step, phase: "update", done: 1, total: 1 });
        // The policy's version is the number of updates applied (the trainer's own counter may
        // restart with a stateless trainer after a resume).
        weightsVersion = state.weightsVersion + 1;
        actor = result.metrics;
        weights = result.weights;
      }
      if (prefetched) await (prefetched as Promise<GatheredBatch>).catch(() => undefined);
      if (weights) {
        t = nowMs();
        emit({ type: "phase", step, phase: "sync", done: 0, total: 1 });
        await ports.engine.syncWeights?.(weights);
        if (ports.evalEngine && ports.evalEngine !== ports.engine) await ports.evalEngine.syncWeights?.(weights);
        timing.sync = (nowMs() - t) / 1000;
        emit({ type: "phase", step, phase: "sync", done: 1, total: 1 });
      }

      let evalResult: EvalResult | null = null;
      if (ports.eval && ((plan.evalEverySteps !== null && step % plan.evalEverySteps === 0) || (isLast && plan.evalAfter))) {
        t = nowMs();
        evalResult = await runEval(step);
        timing.eval = (nowMs() - t) / 1000;
      }

      await dir.writeLines(dir.rolloutsPath(step), rolloutLines(step, batch, adv.advantages));
      const line = stepLine(step, batch, flat, adv, ports, actor, weightsVersion, evalResult, skippedUpdate, timing);

      let checkpoint = state.checkpoint;
      const dueCheckpoint = plan.checkpointEverySteps !== null && (step % plan.checkpointEverySteps === 0 || isLast);
      const next: RunState = { ...state, step, cursor: cursorAfter, weightsVersion, metricsLines: state.metricsLines + 1, finished: isLast };
      line.timing_s.step = (nowMs() - stepStarted) / 1000;
      await dir.appendMetrics(line);
      if (dueCheckpoint) {
        emit({ type: "phase", step, phase: "checkpoint", done: 0, total: 1 });
        checkpoint = await dir.writeCheckpoint(step, (d) => ports.trainer.save(d), next, plan.checkpointKeep);
        emit({ type: "checkpoint", step, path: join(o.runDir, checkpoint) });
      }
      state = { ...next, checkpoint };
      await dir.writeState(state);
      emit({
        type: "step-end", step, rewardMean: line.reward_mean, seconds: (nowMs() - stepStarted) / 1000,
        tasks: Object.fromEntries(Object.entries(line.tasks).map(([k, v]) => [k, v.mean_reward])),
        kept: batch.counts.groups_used, generated: batch.counts.groups_generated, skippedUpdate,
      });
      if (isLast) break;
    }
  } catch (e) {
    abort.abort(e);
    if (prefetched) await (prefetched as Promise<GatheredBatch>).catch(() => undefined);
    throw e;
  } finally {
    o.signal?.removeEventListener("abort", onOuterAbort);
    await stream.close();
  }
  if (!state.finished && (plan.steps === null || state.step >= plan.steps)) {
    state = { ...state, finished: true };
    await dir.writeState(state);
  }
  const summary = await summarise(o, dir, state);
  emit({ type: "run-end", summary });
  return summary;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function initialState(o: RunOptions): RunState {
  return {
    version: STATE_VERSION, recipe: o.plan.recipe, seed: o.plan.seed, step: 0, cursor: { epoch: 0, offset: 0 },
    weightsVersion: 0, metricsLines: 0, checkpoint: null, finished: false, initialEval: null,
  };
}

async function freshRun(o: RunOptions, dir: RunDir): Promise<RunState> {
  if (!(await dir.isEmptyOrMissing())) {
    throw new RunDirError(`run directory ${o.runDir} is not empty; pass --resume to continue it, or choose another --run-dir`);
  }
  await dir.create({ recipeText: o.recipeText, graph: o.graph });
  const state = initialState(o);
  await dir.writeState(state);
  return state;
}

async function latestCheckpoint(dir: RunDir): Promise<{ rel: string; state: RunState } | null> {
  const names = await readdir(join(dir.path, "checkpoints")).catch(() => [] as string[]);
  const steps = names.map((n) => /^step-(\d+)$/.exec(n)).filter((m): m is RegExpExecArray => m !== null).map((m) => Number(m[1])).sort((a, b) => b - a);
  for (const s of steps) {
    const rel = dir.checkpointRel(s);
    try {
      return { rel, state: await dir.readState(join(dir.path, rel, "state.json")) };
    } catch {
      continue; // an incomplete checkpoint cannot exist (atomic rename), but a damaged one is skipped
    }
  }
  return null;
}

async function resumePoint(o: RunOptions, dir: RunDir, stateless: boolean): Promise<RunState> {
  if (!(await dir.exists())) throw new RunDirError(`--resume: ${o.runDir} has no state.json (was a run started there?)`);
  const top = await dir.readState();
  if (top.recipe !== o.plan.recipe) throw new RunDirError(`--resume: ${o.runDir} is a run of recipe '${top.recipe}', not '${o.plan.recipe}'`);
  if (top.seed !== o.plan.seed) throw new RunDirError(`--resume: ${o.runDir} was run with seed ${top.seed}, the recipe now says ${o.plan.seed}; a resumed run must use the same seed`);
  let state: RunState;
  if (stateless) {
    state = top;
  } else {
    // The trainer's weights are only on disk at checkpoints: steps after the latest one are run
    // again from its weights (deterministically), so none is applied twice.
    const ck = await latestCheckpoint(dir);
    if (ck) {
      state = { ...ck.state, checkpoint: ck.rel };
      const trainerDir = join(dir.path, ck.rel, "trainer");
      await o.ports.trainer.load(trainerDir);
      const ref = { version: state.weightsVersion, path: trainerDir };
      await o.ports.engine.syncWeights?.(ref);
      if (o.ports.evalEngine && o.ports.evalEngine !== o.ports.engine) await o.ports.evalEngine.syncWeights?.(ref);
    } else {
      // No checkpoint: start over, keeping the initial evaluation (it saw the initial weights).
      state = { ...initialState(o), metricsLines: top.initialEval ? 1 : 0, initialEval: top.initialEval };
    }
  }
  await dir.truncateMetrics(state.metricsLines);
  await dir.dropStepsAfter(state.step);
  await dir.writeState(state);
  return state;
}

function taskRewards(r: EvalResult): Record<string, number> {
  return Object.fromEntries(Object.entries(r.tasks).map(([k, v]) => [k, v.reward_mean]));
}

function rolloutLines(step: number, batch: GatheredBatch, advantages: readonly number[]): unknown[] {
  const lines: unknown[] = [];
  let k = 0;
  for (const g of batch.all) {
    g.group.samples.forEach((s, i) => {
      lines.push({
        step, uid: g.group.prompt.uid, task: g.group.prompt.task, label: g.group.prompt.label, prompt: g.group.prompt.ref,
        gen_batch: g.genBatch, kept: g.kept, used: g.used, sample: i, response: s.text, finish_reason: s.finishReason,
        score: s.score, flags: s.flags, advantage: g.used ? advantages[k++] : null,
      });
    });
  }
  return lines;
}

function stepLine(
  step: number, batch: GatheredBatch, flat: ReturnType<typeof flatten>, adv: { advantages: number[]; metrics: Record<string, number> },
  ports: StepPorts, actor: Record<string, number>, weightsVersion: number, evalResult: EvalResult | null, skippedUpdate: boolean,
  timing: Record<string, number>,
): StepLine {
  const grouped = (labels: readonly string[]) => {
    const out: Record<string, TaskStepMetrics> = {};
    if (flat.scores.length === 0) return out;
    for (const [name, m] of Object.entries(ports.taskMetrics({ scores: flat.scores, index: flat.index, labels }))) {
      out[name] = Object.fromEntries(TASK_KEYS.map((k) => [k, m[k] ?? 0])) as TaskStepMetrics;
    }
    return sortKeys(out);
  };
  const tasks = grouped(flat.tasks);
  const labelsDiffer = flat.labels.some((l, i) => l !== flat.tasks[i]);
  const flags: Record<string, number> = {};
  let allSum = 0, allCount = 0;
  for (const g of batch.all) {
    for (const s of g.group.samples) {
      for (const f of s.flags) flags[f] = (flags[f] ?? 0) + 1;
      allSum += s.score;
      allCount++;
    }
  }
  const rewardMean = flat.scores.length ? summarize(flat.scores).mean : allCount ? allSum / allCount : 0;
  const line: StepLine = {
    step,
    epoch: batch.epoch,
    reward_mean: rewardMean,
    tasks,
    ...(labelsDiffer ? { labels: grouped(flat.labels) } : {}),
    advantage: summarize(adv.advantages),
    dynamic_sampling: batch.counts,
    actor,
    weights_version: weightsVersion,
    flags: sortKeys(flags),
    timing_s: timing,
  };
  if (ports.qualityMetrics && flat.texts.length > 0) line.response_quality = ports.qualityMetrics(flat.texts);
  const pass = adv.metrics["difficulty/mean_pass_rate"];
  if (pass !== undefined) line["difficulty/mean_pass_rate"] = pass;
  if (skippedUpdate) line.update_skipped = true;
  if (evalResult) {
    line.val_reward_mean = evalResult.reward_mean;
    line.val_tasks = evalResult.tasks;
  }
  return line;
}

async function summarise(o: RunOptions, dir: RunDir, state: RunState): Promise<RunSummary> {
  const lines = await dir.readMetrics();
  const before = lines.find((l) => l.step === 0 && !("phase" in l));
  const afterWarmup = lines.find((l) => l.step === 0 && "phase" in l && l.phase === "warmup");
  const after = [...lines].reverse().find((l) => l.step > 0 && l.val_reward_mean !== undefined);
  const last = [...lines].reverse().find((l) => l.step > 0) as StepLine | undefined;
  const view = (l: typeof lines[number] | undefined) => l && l.val_reward_mean !== undefined && l.val_tasks
    ? { reward_mean: l.val_reward_mean, tasks: Object.fromEntries(Object.entries(l.val_tasks).map(([k, v]) => [k, v.reward_mean])) }
    : null;
  return {
    recipe: o.plan.recipe, runDir: o.runDir, steps: state.step, finished: state.finished,
    evalBefore: view(before), evalAfter: view(after), lastRewardMean: last ? last.reward_mean : null,
    ...(afterWarmup ? { evalAfterWarmup: view(afterWarmup) } : {}),
  };
}
