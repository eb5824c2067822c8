// runtime/steps/update.ts — from the kept groups to a trained policy: advantages (task labels from the
// TaskSpec), the trainer's batch, and the step's metrics computed on exactly the batch that was
// trained, as the reference trainer does.
import type { TrainBatch, TrainSample } from "../trainer.js";
import type { ScoredGroup } from "./generate.js";
import type { AdvantageOutput, StepPorts } from "./ports.js";

export interface FlatBatch {
  scores: number[];
  /** uid of each response (its group). */
  index: string[];
  /** TaskSpec.label of each response (what the estimator normalises by). */
  labels: string[];
  /** Task name of each response (what metrics are grouped by). */
  tasks: string[];
  texts: string[];
}

export function flatten(groups: readonly ScoredGroup[]): FlatBatch {
  const f: FlatBatch = { scores: [], index: [], labels: [], tasks: [], texts: [] };
  for (const g of groups) {
    for (const s of g.samples) {
      f.scores.push(s.score);
      f.index.push(g.prompt.uid);
      f.labels.push(g.prompt.label);
      f.tasks.push(g.prompt.task);
      f.texts.push(s.text);
    }
  }
  return f;
}

export function computeAdvantages(ports: StepPorts, flat: FlatBatch): AdvantageOutput {
  if (flat.scores.length === 0) return { advantages: [], metrics: {} };
  const out = ports.advantage({ scores: flat.scores, index: flat.index, labels: flat.labels });
  if (out.advantages.length !== flat.scores.length) {
    throw new Error(`advantage estimator returned ${out.advantages.length} advantages for ${flat.scores.length} responses`);
  }
  return out;
}

export function buildTrainBatch(step: number, groups: readonly ScoredGroup[], advantages: readonly number[], ports: StepPorts): TrainBatch {
  const samples: TrainSample[] = [];
  let k = 0;
  const empty = new Int32Array(0);
  for (const g of groups) {
    const promptTokens = ports.promptTokens ? ports.promptTokens(g.prompt.messages) : empty;
    for (const s of g.samples) {
      const responseTokens = s.tokens ?? (ports.tokenize ? ports.tokenize(s.text) : empty);
      samples.push({
        uid: g.prompt.uid,
        task: g.prompt.task,
        promptTokens,
        responseTokens,
        oldLogprobs: s.logprobs ?? new Float32Array(responseTokens.length),
        advantage: advantages[k++],
        responseMask: new Uint8Array(responseTokens.length).fill(1),
        score: s.score,
      });
    }
  }
  return { step, samples };
}

export function summarize(values: readonly number[]): { mean: number; min: number; max: number } {
  if (values.length === 0) return { mean: 0, min: 0, max: 0 };
  let sum = 0, min = Infinity, max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { mean: sum / values.length, min, max };
}
