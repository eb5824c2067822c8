// runtime/run/wire.ts — builds a run's ports from its graph: the data sources (tasks assigned by
// their `where`), the rollout engine, the verification pool (rewards and gates), the advantage
// estimator, the per-task metrics, the trainer. Everything the run loop drives, and closes after.
import { nodesOf, type Graph, type TaskSpec } from "../../compiler/ir.js";
import { openSource, promptMessages, promptTokens, selectTask, DataError, type RecordSource, type SourceConfig } from "../data/index.js";
import { createEngine } from "../engines/index.js";
import { createTrainer } from "../trainers/index.js";
import { createVerifier, evaluateExpr, loadRegistry, type FunctionLookup } from "../verify/index.js";
import { loadTokenizer, type Tokenizer } from "../tokenizer/index.js";
import { computeAdvantages } from "../../stdlib/advantage/index.js";
import type { RolloutEngine, WeightsRef } from "../engine.js";
import type { Trainer } from "../trainer.js";
import type { PromptSource, StepPorts, TaskRecord, TaskMetricsFn, QualityMetricsFn } from "../steps/index.js";

export interface WireOptions {
  runDir: string;
  /** Relative paths in the recipe (data, replay files, trainer command) resolve against this. */
  baseDir: string;
  env: (name: string) => string | undefined;
  /** --dry-run: the `none` trainer, whatever the recipe's update says. */
  dryRun: boolean;
  /** Per-task metrics and response-quality metrics (the stdlib's, wired by the CLI). */
  taskMetrics: TaskMetricsFn;
  qualityMetrics?: QualityMetricsFn;
  /** Diagnostics from the parts (bad records skipped, trainer stderr). */
  log: (line: string) => void;
  /** Verification worker threads (default: the recipe's). */
  verifyWorkers?: number;
}

export interface Wired { ports: StepPorts; close(): Promise<void> }

export async function wirePorts(graph: Graph, o: WireOptions): Promise<Wired> {
  const closers: Array<() => Promise<void>> = [];
  const close = async () => { for (const c of closers.reverse()) await c().catch(() => undefined); };
  try {
    const lookup = await loadRegistry();
    const filter = nodesOf(graph, "filter").at(0);
    const [rollout] = nodesOf(graph, "rollout");
    const [verify] = nodesOf(graph, "verify");
    const [update] = nodesOf(graph, "update");
    const evalNode = nodesOf(graph, "eval").at(0);
    const gates = nodesOf(graph, "gate").map((g) => ({ name: g.config.name, expr: g.config.expr }));
    const tasks = filter?.config.tasks ?? verify.config.tasks;
    const sources = new Map(nodesOf(graph, "source").map((s) => [s.config.name, s.config as SourceConfig]));

    const tokenizer = await tokenizerFor(graph);
    const trainSources = [...new Set(tasks.map((t) => t.source))];
    if (trainSources.length !== 1) {
      throw new DataError(`the local runtime trains from one source; the tasks read ${trainSources.join(", ")}`, { file: graph.file });
    }
    const overlong = rollout.config.filterOverlongPrompts && tokenizer ? { tokenizer, maxPromptTokens: rollout.config.maxPromptTokens } : undefined;
    const open = (name: string): RecordSource => {
      const cfg = sources.get(name);
      if (!cfg) throw new DataError(`no source named ${name} in the graph`, { file: graph.file });
      return openSource(cfg, { baseDir: o.baseDir, ...(overlong ? { overlong } : {}), onBadRecord: (b) => o.log(`skipped ${b.text}`) });
    };
    const train = promptSource(open(trainSources[0]), tasks, filter?.config.unmatched ?? "drop", lookup);
    const evalSource = evalNode ? promptSource(open(evalNode.config.source), tasks.map((t) => ({ ...t, source: evalNode.config.source })), "drop", lookup) : undefined;

    const engine: RolloutEngine = await createEngine(rollout.config, {
      model: graph.model, baseDir: o.baseDir, env: o.env, rollout: rollout.config, log: o.log, ...(tokenizer ? { tokenizer } : {}),
    });
    closers.push(() => engine.close());
    const pool = await createVerifier(verify.config, { gates, ...(o.verifyWorkers !== undefined ? { workers: o.verifyWorkers } : {}) });
    closers.push(() => pool.close());
    const updateConfig = o.dryRun ? { ...update.config, trainer: "none" as const } : update.config;
    const trainer: Trainer = await createTrainer(updateConfig, {
      runDir: o.runDir, cwd: o.baseDir, log: o.log, model: graph.model, rollout: rollout.config, warmup: graph.warmup, ...(tokenizer ? { tokenizer } : {}),
    });
    closers.push(() => trainer.close());
    const advantageConfig = nodesOf(graph, "advantage")[0].config;
    const ports: StepPorts = {
      train,
      ...(evalSource ? { eval: evalSource } : {}),
      engine,
      verifier: {
        async verify(items) {
          const results = await pool.score(items);
          return results.map((r) => ({ score: r.score, flags: [...r.flags] }));
        },
        close: () => pool.close(),
      },
      advantage: (b) => {
        const r = computeAdvantages(advantageConfig, { scores: b.scores, index: b.index, taskLabels: b.labels });
        return { advantages: Array.from(r.advantages), metrics: { ...r.metrics } };
      },
      taskMetrics: o.taskMetrics,
      ...(o.qualityMetrics ? { qualityMetrics: o.qualityMetrics } : {}),
      trainer,
      ...(tokenizer ? { tokenize: (t: string) => tokenizer.encode(t), promptTokens: (m) => promptTokens(tokenizer, m) } : {}),
    };
    if (graph.warmup) {
      const w = graph.warmup;
      const t = trainer as Trainer & Partial<WarmupTrainer>;
      if (typeof t.warmup !== "function" || !tokenizer) {
        o.log(`note: the recipe's supervised warm-up is skipped: the ${trainer.name} trainer has none`);
      } else {
        const warm = t.warmup.bind(t);
        ports.warmup = async (onStep) => {
          const examples = await warmupExamples(train, tokenizer, w.records);
          const r = await warm(examples, {
            steps: w.steps, lr: w.lr, batchSize: w.batch, schedule: w.schedule, lrWarmupSteps: w.lrWarmupSteps, minLrRatio: w.minLrRatio,
            promptLossWeight: w.promptLossWeight, beta2: w.beta2, seed: graph.train.seed, onStep: (s, loss) => onStep(s, w.steps, loss),
          });
          return {
            weights: typeof t.weightsRef === "function" ? t.weightsRef() : null,
            summary: `supervised warm-up: ${r.steps} steps on ${examples.length} examples, loss ${r.firstLoss.toFixed(3)} → ${r.lastLoss.toFixed(3)}`,
            report: { steps: r.steps, examples: examples.length, firstLoss: r.firstLoss, lastLoss: r.lastLoss },
          };
        };
      }
    }
    return { ports, close };
  } catch (e) {
    await close();
    throw e;
  }
}

interface WarmupTrainer {
  warmup(examples: { promptTokens: Int32Array; responseTokens: Int32Array }[], o: {
    steps: number; lr: number; batchSize?: number; schedule?: "constant" | "cosine" | "linear"; lrWarmupSteps?: number; minLrRatio?: number;
    promptLossWeight?: number; beta2?: number; seed?: number; onStep?: (step: number, loss: number) => void;
  }): Promise<{ steps: number; firstLoss: number; lastLoss: number }>;
  weightsRef(): WeightsRef;
}

/** The reference answer a supervised warm-up imitates: `reward_model.ground_truth.answer` (synthetic
 *  records), else `.golden_label` (GoLongRL records), else a top-level `answer`. */
export function referenceAnswer(record: Record<string, unknown>): string | undefined {
  const gt = (record.reward_model as { ground_truth?: unknown } | undefined)?.ground_truth;
  if (gt && typeof gt === "object") {
    const g = gt as Record<string, unknown>;
    if (typeof g.answer === "string") return g.answer;
    if (typeof g.golden_label === "string") return g.golden_label;
  }
  return typeof record.answer === "string" ? record.answer : undefined;
}

async function warmupExamples(source: PromptSource, tokenizer: Tokenizer, limit: number): Promise<{ promptTokens: Int32Array; responseTokens: Int32Array }[]> {
  const stream = await source.open({ epoch: 0, offset: 0 });
  const out: { promptTokens: Int32Array; responseTokens: Int32Array }[] = [];
  try {
    for (let r = await stream.next(); r && out.length < limit; r = await stream.next()) {
      const answer = referenceAnswer(r.record);
      if (answer === undefined) continue;
      const body = tokenizer.encode(answer);
      const responseTokens = new Int32Array(body.length + 1);
      responseTokens.set(body);
      responseTokens[body.length] = tokenizer.eosId;
      out.push({ promptTokens: promptTokens(tokenizer, r.messages), responseTokens });
    }
  } finally {
    await stream.close();
  }
  if (out.length === 0) throw new DataError("supervised warm-up: no training record has a reference answer (reward_model.ground_truth.answer or golden_label)", { file: source.name });
  return out;
}

async function tokenizerFor(graph: Graph): Promise<Tokenizer | undefined> {
  if (graph.model.kind === "path" && graph.model.tokenizer) return loadTokenizer(graph.model.tokenizer);
  if (graph.model.kind === "embedded") {
    const embedded = "../embedded/index.js"; // loaded only for embedded models
    const mod = (await import(embedded)) as { embeddedTokenizer?: () => Tokenizer };
    return mod.embeddedTokenizer?.();
  }
  return undefined;
}

/** A data source as the run loop's prompt stream: each record goes to the first task whose `where`
 *  holds; records no task takes are dropped (or, with `unmatched: error`, stop the run). The cursor
 *  counts taken records, so a resume skips exactly those. */
export function promptSource(source: RecordSource, tasks: readonly TaskSpec[], unmatched: "drop" | "error", lookup: FunctionLookup): PromptSource {
  const promptField = source.config.promptField;
  return {
    name: source.name,
    async open(cursor) {
      const it = source.records({ epoch: cursor.epoch })[Symbol.asyncIterator]();
      let skip = cursor.offset;
      const next = async (): Promise<TaskRecord | undefined> => {
        for (;;) {
          const r = await it.next();
          if (r.done) return undefined;
          const rec = r.value;
          const task = selectTask(tasks, source.name, rec.record, lookup);
          if (!task) {
            if (unmatched === "error") throw new DataError(`${rec.file}:${rec.row}: no task takes this record`, { file: rec.file, row: rec.row });
            continue;
          }
          if (skip > 0) { skip--; continue; }
          const messages = promptMessages(rec.record, promptField);
          if (!messages) {
            throw new DataError(`${rec.file}:${rec.row}: field '${promptField}': expected the prompt as text or chat messages`, { file: rec.file, row: rec.row, field: promptField });
          }
          let label = task.label;
          if (task.labelExpr) {
            // A per-record label (GoLongRL: task_label(extra_info.reward_mode)), as the reference groups TMN.
            let v: unknown;
            try {
              v = evaluateExpr(task.labelExpr, { record: rec.record }, lookup);
            } catch (e) {
              throw new DataError(`${rec.file}:${rec.row}: task ${task.name}'s label: ${(e as Error).message}`, { file: rec.file, row: rec.row });
            }
            label = v === null || v === undefined ? "" : String(v);
          }
          return { uid: rec.uid, task: task.name, label, record: rec.record, messages, ref: { source: rec.source, row: rec.row } };
        }
      };
      return { next, close: async () => { await it.return?.(undefined); } };
    },
  };
}
