// runtime/embedded/embedded-trainer.ts — the `embedded` trainer: the clipped policy loss and every
// parameter's gradient come from one onnxruntime call per micro-batch of the training graph
// (model-graphs.ts), run in worker threads or in-process (grad-runner.ts); gradients are summed over a
// mini-batch, then AdamW steps in JS.
import type { WeightsRef } from "../engine.js";
import type { TrainBatch, TrainResult, Trainer, TrainSample } from "../trainer.js";
import { adamwStep, newAdamWState, type AdamWConfig, type AdamWState, type LrSchedule } from "./adamw.js";
import { loadCheckpoint, saveCheckpoint } from "./checkpoint.js";
import { embeddedPolicyConfig, embeddedSpecOf, embeddedTokenizer, policyUpdateConfig, type RolloutConfigT, type UpdateConfigT } from "./embedded-model.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { flatLayout, unflatten } from "./grad-pass.js";
import { createGradRunner, type GraphKind } from "./grad-runner.js";
import type { LossSpec } from "./model-graphs.js";
import { initWeights, parameterSpecs, validatePolicyConfig, type PolicyConfig, type Weights } from "./policy-model.js";
import { SeededRandom } from "./seeded-random.js";
import type { Piece } from "./packing.js";
import { fitPrompt } from "./sequence-layout.js";
import type { Device } from "./session.js";
import { TrainerError } from "../trainer.js";

export type LossAgg = "token_mean" | "seq_mean_token_sum" | "seq_mean_token_mean";

export interface PolicyUpdateConfig extends AdamWConfig {
  clipLow: number;
  clipHigh: number;
  dualClip: number | null;
  lossAgg: LossAgg;
  ppoEpochs: number;
  /** Responses per optimizer step. */
  miniBatch: number;
  /** Entropy bonus: loss = policy loss − entropyCoef × agg(entropy) (default 0). */
  entropyCoef?: number;
  /** KL loss to the reference policy: loss += klCoef × agg(low_var_kl) (default 0: no reference kept).
   *  The reference is the policy as it was at the first update (after any warm-up), kept in checkpoints. */
  klCoef?: number;
}

export interface EmbeddedTrainerOptions {
  config: PolicyConfig;
  update: PolicyUpdateConfig;
  /** Starting weights; default: `initWeights(config)`, the same the engine starts from. */
  weights?: Weights;
  /** The rollout temperature: log-probs are of softmax(logits / temperature), as sampled. */
  temperature: number;
  /** The rollout's max_response: prompts are truncated exactly as the engine did. */
  maxResponseTokens: number;
  device?: Device;
  /** Intra-op threads of an in-process session (0 or absent: onnxruntime's choice). */
  threads?: number;
  /** Worker threads the graph passes are shared between on a CPU (default: one per core, at most
   *  8; 1: in-process). See grad-runner.ts. */
  workers?: number;
  /** Padded tokens per graph call (bounds peak memory). */
  microBatchTokens?: number;
  onNotice?: (message: string) => void;
}

export interface WarmupExample { promptTokens: Int32Array; responseTokens: Int32Array }
export interface WarmupOptions {
  steps: number;
  lr: number;
  /** Examples per step. */
  batchSize?: number;
  seed?: number;
  /** Weight of a prompt token in the loss relative to an answer token (default 0: answers only). */
  promptLossWeight?: number;
  /** Steps of linear lr warm-up (default 0). */
  lrWarmupSteps?: number;
  /** The lr after its warm-up: constant (default), or cosine / linear decay to `lr · minLrRatio`. */
  schedule?: LrSchedule;
  minLrRatio?: number;
  /** Adam's second-moment decay (default 0.999). */
  beta2?: number;
  /** Decoupled weight decay (default: the update's). */
  weightDecay?: number;
  onStep?: (step: number, loss: number) => void;
}

export interface EmbeddedTrainer extends Trainer {
  readonly device: Device;
  readonly weightsVersion: number;
  /** The live weights (updated in place by each step). */
  readonly weights: Weights;
  /** Supervised warm-up: next-token cross-entropy on `examples`' responses, its own AdamW state. */
  warmup(examples: readonly WarmupExample[], opts: WarmupOptions): Promise<{ steps: number; firstLoss: number; lastLoss: number }>;
  /** A copy of the current weights, for `RolloutEngine.syncWeights`. */
  weightsRef(): WeightsRef;
  /** Log-probs of each sample's response tokens under the current weights, or the KL loss's reference
   *  policy (at the rollout temperature). */
  logprobs(samples: readonly Pick<TrainSample, "promptTokens" | "responseTokens">[], which?: "current" | "reference"): Promise<Float32Array[]>;
}


/** Creates the trainer from options, or (as runtime/trainers/create-trainer.ts calls it) from the
 *  IR's update config with `deps.model` (the embedded model spec) and `deps.rollout` (the rollout
 *  config: temperature and max_response), optionally `deps.tokenizer` and `deps.log`. */
export async function createEmbeddedTrainer(
  options: EmbeddedTrainerOptions | UpdateConfigT, deps: Record<string, unknown> = {},
): Promise<EmbeddedTrainer> {
  const opts = "algorithm" in options ? optionsFromIr(options, deps) : options;
  const cfg = opts.config;
  validatePolicyConfig(cfg);
  const u = opts.update;
  if (!(u.clipLow >= 0 && u.clipHigh >= 0)) throw new Error("embedded trainer: clip bounds must be non-negative");
  if (u.miniBatch < 1 || u.ppoEpochs < 1) throw new Error("embedded trainer: mini_batch and epochs must be positive");
  const specs = parameterSpecs(cfg);
  const weights: Weights = opts.weights ? copyWeights(opts.weights) : initWeights(cfg);
  for (const s of specs) {
    const w = weights.get(s.name);
    if (!w || w.length !== s.shape.reduce((a, b) => a * b, 1)) throw new Error(`embedded trainer: weights lack ${s.name} or have the wrong size`);
  }
  let optimizer: AdamWState = newAdamWState(weights);
  let version = 0;
  const sessionOpts = { device: opts.device ?? "cpu", threads: opts.threads, onNotice: opts.onNotice };
  const entropyCoef = u.entropyCoef ?? 0;
  if (!(entropyCoef >= 0 && Number.isFinite(entropyCoef))) throw new Error(`embedded trainer: entropy_coef must be a finite number >= 0, got ${entropyCoef}`);
  const klCoef = u.klCoef ?? 0;
  if (!(klCoef >= 0 && Number.isFinite(klCoef))) throw new Error(`embedded trainer: kl must be a finite number >= 0, got ${klCoef}`);
  const ppoLoss: LossSpec = { kind: "ppo", clipLow: u.clipLow, clipHigh: u.clipHigh, dualClip: u.dualClip, entropyCoef, klCoef };
  /** The KL loss's reference weights: a copy of the policy at the first update, or from a checkpoint. */
  let reference: Weights | undefined;
  const runner = await createGradRunner({
    config: cfg, ppoLoss, session: sessionOpts,
    // Attention scores per head per call (B·T·T) bound the [B,H,T,T] activations kept for backward.
    limits: { microTokens: opts.microBatchTokens ?? 4096, maxScores: 4 * 1024 * 1024, contextTokens: cfg.contextTokens },
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
  });

  const layout = flatLayout(specs);
  const fit = (prompt: Int32Array): Int32Array => fitPrompt(prompt, cfg.contextTokens, Math.min(opts.maxResponseTokens, cfg.contextTokens - 1));

  /** One pass of graph `kind` over `pieces` with weights `from` (default: the live ones); with
   *  `grads`, every parameter's gradient as a Weights map (views of one flat array). */
  async function forwardBackward(kind: GraphKind, pieces: Piece[], invTemp: number, grads: boolean, from: Weights = weights): Promise<{ loss: number; entropy: number; kl: number; logp: Float32Array[]; grads?: Weights }> {
    const r = await runner.run(kind, pieces, invTemp, from, grads);
    return { loss: r.loss, entropy: r.entropy, kl: r.kl, logp: r.logp, ...(r.grads ? { grads: unflatten(layout, r.grads) } : {}) };
  }

  const invTemp = opts.temperature > 0 ? 1 / opts.temperature : 1;

  function aggWeights(samples: readonly TrainSample[]): Float32Array[] {
    const masks = samples.map((s) => Float32Array.from(s.responseMask.subarray(0, s.responseTokens.length)));
    const totalTokens = masks.reduce((n, m) => n + m.reduce((a, b) => a + b, 0), 0);
    return masks.map((m) => {
      const count = m.reduce((a, b) => a + b, 0);
      const scale = u.lossAgg === "token_mean" ? 1 / Math.max(totalTokens, 1)
        : u.lossAgg === "seq_mean_token_sum" ? 1 / samples.length
        : 1 / (samples.length * Math.max(count, 1));
      return m.map((x) => x * scale);
    });
  }

  const trainer: EmbeddedTrainer = {
    name: "embedded",
    device: runner.device,
    get weightsVersion() { return version; },
    weights,

    async update(batch: TrainBatch): Promise<TrainResult> {
      const samples = batch.samples.filter((s) => s.responseTokens.length > 0);
      for (const s of samples) {
        if (s.oldLogprobs.length !== s.responseTokens.length) throw new Error(`embedded trainer: sample ${s.uid} has ${s.responseTokens.length} response tokens but ${s.oldLogprobs.length} old log-probs`);
      }
      const rng = new SeededRandom(batch.step * 7919 + 17);
      // The reference policy's log-probs, once per batch (as verl computes ref_log_prob before the update).
      let refLogp: Float32Array[] | undefined;
      if (klCoef > 0) {
        reference ??= copyWeights(weights);
        const pieces: Piece[] = samples.map((s) => ({ prompt: fit(s.promptTokens), response: s.responseTokens, weights: new Float32Array(s.responseTokens.length) }));
        refLogp = (await forwardBackward("ppo", pieces, invTemp, false, reference)).logp;
      }
      const refOf = new Map(samples.map((s, i) => [s, refLogp?.[i]]));
      let lossSum = 0, entropySum = 0, klLossSum = 0, clipped = 0, counted = 0, klSum = 0, gradNormSum = 0, lr = 0, steps = 0;
      for (let epoch = 0; epoch < u.ppoEpochs; epoch++) {
        // Shuffle whole groups (a prompt's n responses stay together, so they share one prefix pass).
        const byUid = new Map<string, number[]>();
        samples.forEach((s, i) => { const g = byUid.get(s.uid); if (g) g.push(i); else byUid.set(s.uid, [i]); });
        const groups = [...byUid.values()];
        for (let i = groups.length - 1; i > 0; i--) { const j = Math.floor(rng.next() * (i + 1)); [groups[i], groups[j]] = [groups[j], groups[i]]; }
        const order = groups.flat();
        for (let start = 0; start < order.length; start += u.miniBatch) {
          const mb = order.slice(start, start + u.miniBatch).map((k) => samples[k]);
          const w = aggWeights(mb);
          const rows: Piece[] = mb.map((s, k) => {
            const ref = refOf.get(s);
            return { prompt: fit(s.promptTokens), response: s.responseTokens, weights: w[k], oldLogp: s.oldLogprobs, advantage: s.advantage, ...(ref ? { refLogp: ref } : {}) };
          });
          const { loss, entropy, kl, logp, grads } = await forwardBackward("ppo", rows, invTemp, true);
          mb.forEach((s, k) => {
            for (let t = 0; t < s.responseTokens.length; t++) {
              if (!s.responseMask[t]) continue;
              const ratio = Math.exp(Math.max(-20, Math.min(20, logp[k][t] - s.oldLogprobs[t])));
              const a = s.advantage;
              if (-a * Math.min(Math.max(ratio, 1 - u.clipLow), 1 + u.clipHigh) > -a * ratio) clipped++;
              klSum += s.oldLogprobs[t] - logp[k][t];
              counted++;
            }
          });
          const step = adamwStep(weights, grads!, optimizer, u);
          // pg_loss is the policy loss alone (as verl logs it): the graph's loss less the bonus and the KL term.
          lossSum += loss + entropyCoef * entropy - klCoef * kl; entropySum += entropy; klLossSum += kl; gradNormSum += step.gradNorm; lr = step.lr; steps++;
        }
      }
      version += 1;
      return {
        weights: trainer.weightsRef(),
        metrics: {
          pg_loss: steps ? lossSum / steps : 0, entropy: steps ? entropySum / steps : 0, pg_clipfrac: counted ? clipped / counted : 0, ppo_kl: counted ? klSum / counted : 0,
          grad_norm: steps ? gradNormSum / steps : 0, lr, optimizer_steps: steps, tokens: counted,
          ...(klCoef > 0 ? { kl_loss: steps ? klLossSum / steps : 0, kl_coef: klCoef } : {}),
        },
      };
    },

    async warmup(examples, wo) {
      if (examples.length === 0) throw new Error("supervised warm-up: no examples");
      const state = newAdamWState(weights);
      const rng = new SeededRandom(wo.seed ?? 0);
      const batchSize = wo.batchSize ?? 32;
      const adam: AdamWConfig = {
        lr: wo.lr, warmupSteps: wo.lrWarmupSteps ?? 0, weightDecay: wo.weightDecay ?? u.weightDecay, gradClip: u.gradClip ?? 1.0,
        schedule: wo.schedule ?? "constant", totalSteps: wo.steps, minLrRatio: wo.minLrRatio ?? 0.1, beta2: wo.beta2 ?? 0.999,
      };
      let firstLoss = NaN, lastLoss = NaN;
      for (let step = 1; step <= wo.steps; step++) {
        const picked = Array.from({ length: batchSize }, () => examples[Math.floor(rng.next() * examples.length)]);
        const pw = wo.promptLossWeight ?? 0;
        const prompts = picked.map((e) => fit(e.promptTokens));
        const total = picked.reduce((n, e, k) => n + e.responseTokens.length + pw * (prompts[k].length - 1), 0);
        const rows: Piece[] = picked.map((e, k) => ({
          prompt: prompts[k], response: e.responseTokens, weights: new Float32Array(e.responseTokens.length).fill(1 / total),
          ...(pw > 0 ? { promptWeight: pw / total } : {}),
        }));
        const { loss, grads } = await forwardBackward("supervised", rows, 1, true);
        adamwStep(weights, grads!, state, adam);
        if (step === 1) firstLoss = loss;
        lastLoss = loss;
        wo.onStep?.(step, loss);
      }
      version += 1;
      return { steps: wo.steps, firstLoss, lastLoss };
    },

    async logprobs(samples, which = "current") {
      if (which === "reference" && !reference) throw new Error("embedded trainer: no reference policy yet (it is kept from the first update when kl > 0)");
      const rows: Piece[] = samples.map((s) => ({ prompt: fit(s.promptTokens), response: s.responseTokens, weights: new Float32Array(s.responseTokens.length) }));
      return (await forwardBackward("ppo", rows, invTemp, false, which === "reference" ? reference : weights)).logp;
    },

    weightsRef(): WeightsRef {
      return { version, data: copyWeights(weights) };
    },

    async save(dir: string) {
      await saveCheckpoint(dir, { config: cfg, weights, optimizer, weightsVersion: version, ...(reference ? { reference } : {}) });
    },
    async load(dir: string) {
      const ck = await loadCheckpoint(dir, cfg);
      for (const [k, v] of ck.weights) weights.get(k)!.set(v);
      optimizer = ck.optimizer;
      version = ck.weightsVersion;
      // A checkpoint without a reference (saved before any update, or by a run without kl): the next
      // update keeps the policy as it is then.
      reference = ck.reference;
    },
    async close() {
      await runner.close();
    },
  };
  return trainer;
}


const copyWeights = (w: Weights): Weights => new Map([...w].map(([k, v]) => [k, Float32Array.from(v)]));

function optionsFromIr(update: UpdateConfigT, deps: Record<string, unknown>): EmbeddedTrainerOptions {
  const spec = embeddedSpecOf(deps.model, "update trainer embedded");
  const rollout = deps.rollout as RolloutConfigT | undefined;
  if (!rollout) throw new Error("update trainer embedded needs the rollout config (deps.rollout) for its temperature and max_response");
  const tokenizer = (deps.tokenizer as Tokenizer | undefined) ?? embeddedTokenizer();
  const log = deps.log as ((line: string) => void) | undefined;
  const workers = trainWorkersFromEnv(process.env.GOLONG_EMBEDDED_WORKERS);
  return {
    config: embeddedPolicyConfig(spec, tokenizer), update: policyUpdateConfig(update), device: spec.device,
    ...(workers !== undefined ? { workers } : {}),
    temperature: rollout.temperature, maxResponseTokens: rollout.maxResponseTokens,
    ...(log ? { onNotice: log } : {}),
  };
}

/** GOLONG_EMBEDDED_WORKERS: how many worker threads share the trainer's graph passes (unset: one per
 *  core, at most 8). The gradient sums follow that split, so the same number on two machines gives
 *  the same numbers. */
export function trainWorkersFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new TrainerError(`GOLONG_EMBEDDED_WORKERS must be a whole number from 1 to 64, got "${value}"`);
  return n;
}
