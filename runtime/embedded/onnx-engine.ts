// runtime/embedded/onnx-engine.ts — the `onnx` rollout engine: batched, seeded sampling from the
// embedded policy through onnxruntime-node, with a KV cache (one graph: a prefill call over the
// left-padded prompts, then one call per new token that feeds the previous call's keys/values back).
import type * as ort from "onnxruntime-node";
import type { RolloutEngine, RolloutRequest, RolloutResult, Sample, WeightsRef } from "../engine.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { loadCheckpoint } from "./checkpoint.js";
import { embeddedPolicyConfig, embeddedSpecOf, embeddedTokenizer, type RolloutConfigT } from "./embedded-model.js";
import { buildRolloutGraph } from "./model-graphs.js";
import { MASKED, initWeights, parameterSpecs, validatePolicyConfig, weightInput, type PolicyConfig, type Weights } from "./policy-model.js";
import { sampleToken } from "./sampling.js";
import { SeededRandom, hashString } from "./seeded-random.js";
import { causalBias, fitPrompt } from "./sequence-layout.js";
import { createSession, floatTensor, int64Tensor, tensorData, type Device, type PolicySession } from "./session.js";

export interface OnnxEngineOptions {
  config: PolicyConfig;
  /** Initial weights (e.g. `initWeights(config)` or a trainer's), copied. */
  weights: Weights;
  tokenizer: Tokenizer;
  device?: Device;
  /** Sequences decoded together in one batch. */
  maxBatch?: number;
  threads?: number;
  onNotice?: (message: string) => void;
}

export interface OnnxEngine extends RolloutEngine {
  readonly device: Device;
  /** Version of the weights now loaded (0: the initial ones). */
  readonly weightsVersion: number;
}

interface Seq {
  request: number; sample: number; prompt: Int32Array; maxNew: number;
  rng: SeededRandom; tokens: number[]; logprobs: number[]; done: boolean; finish: Sample["finishReason"];
  temperature: number; topP: number; topK: number;
}

/** Creates the engine from options, or (as runtime/engines/create-engine.ts calls it) from the IR's
 *  rollout config with `deps.model` the recipe's embedded model spec (and optionally
 *  `deps.tokenizer`, `deps.log`, `deps.weights`). */
export async function createOnnxEngine(
  options: OnnxEngineOptions | RolloutConfigT, deps: Record<string, unknown> = {},
): Promise<OnnxEngine> {
  const opts = "engine" in options ? optionsFromIr(options, deps) : options;
  const cfg = opts.config;
  validatePolicyConfig(cfg);
  if (opts.tokenizer.vocabSize > cfg.vocabSize) {
    throw new Error(`embedded model: the tokenizer has ${opts.tokenizer.vocabSize} tokens, the model's vocabulary only ${cfg.vocabSize}`);
  }
  const session = await createSession(buildRolloutGraph(cfg), { device: opts.device ?? "cpu", threads: opts.threads, onNotice: opts.onNotice });
  const maxBatch = opts.maxBatch ?? 32;
  const H = cfg.heads, dh = cfg.width / cfg.heads, V = cfg.vocabSize;
  const shapes = new Map(parameterSpecs(cfg).map((s) => [s.name, s.shape]));
  let weightFeeds: Record<string, ort.Tensor> = {};
  let version = 0;
  const setWeights = (w: Weights): void => {
    const feeds: Record<string, ort.Tensor> = {};
    for (const [name, data] of w) {
      const shape = shapes.get(name);
      if (!shape) throw new Error(`embedded model: unexpected parameter ${name}`);
      feeds[weightInput(name)] = floatTensor(Float32Array.from(data), shape);
    }
    weightFeeds = feeds;
  };
  setWeights(opts.weights);

  async function runBatch(seqs: Seq[]): Promise<void> {
    const B = seqs.length;
    const P = Math.max(...seqs.map((s) => s.prompt.length));
    const tokens = new BigInt64Array(B * P), positions = new BigInt64Array(B * P);
    const maxNew = Math.max(...seqs.map((s) => s.maxNew));
    const S_MAX = P + maxNew;
    const keyMask = new Float32Array(B * S_MAX); // per sequence, over every key slot it may ever have
    const pos = new Int32Array(B);
    seqs.forEach((s, b) => {
      const pad = P - s.prompt.length;
      for (let i = 0; i < P; i++) {
        if (i < pad) { tokens[b * P + i] = BigInt(opts.tokenizer.padId); keyMask[b * S_MAX + i] = MASKED; }
        else { tokens[b * P + i] = BigInt(s.prompt[i - pad]); positions[b * P + i] = BigInt(i - pad); }
      }
      pos[b] = s.prompt.length;
    });
    const keyBias = (S: number): Float32Array => {
      const kb = new Float32Array(B * S);
      for (let b = 0; b < B; b++) kb.set(keyMask.subarray(b * S_MAX, b * S_MAX + S), b * S);
      return kb;
    };
    const feeds: Record<string, ort.Tensor> = {
      ...weightFeeds,
      tokens: int64Tensor(tokens, [B, P]), positions: int64Tensor(positions, [B, P]),
      causal_bias: floatTensor(causalBias(P, P, 0), [P, P]), key_bias: floatTensor(keyBias(P), [B, P]),
    };
    for (let l = 0; l < cfg.layers; l++) {
      feeds[`past_k${l}`] = floatTensor(new Float32Array(0), [B, H, 0, dh]);
      feeds[`past_v${l}`] = floatTensor(new Float32Array(0), [B, H, 0, dh]);
    }
    let out = await session.run(feeds);
    let T = P, S = P;
    const scratch = new Float64Array(V);
    for (let step = 0; step < maxNew; step++) {
      const logits = tensorData(out.logits, "logits");
      const next = new BigInt64Array(B), nextPos = new BigInt64Array(B);
      let active = 0;
      seqs.forEach((s, b) => {
        if (!s.done) {
          const choice = sampleToken(logits, (b * T + (T - 1)) * V, V, s, s.rng, scratch);
          s.tokens.push(choice.token);
          s.logprobs.push(choice.logprob);
          if (choice.token === opts.tokenizer.eosId) { s.done = true; s.finish = "stop"; }
          else if (s.tokens.length >= s.maxNew) { s.done = true; s.finish = "length"; }
        }
        if (!s.done) active++;
        next[b] = BigInt(s.done ? opts.tokenizer.padId : s.tokens[s.tokens.length - 1]);
        nextPos[b] = BigInt(Math.min(pos[b], cfg.contextTokens - 1));
        pos[b]++;
      });
      if (active === 0) break;
      S += 1;
      T = 1;
      const stepFeeds: Record<string, ort.Tensor> = {
        ...weightFeeds,
        tokens: int64Tensor(next, [B, 1]), positions: int64Tensor(nextPos, [B, 1]),
        causal_bias: floatTensor(new Float32Array(S), [1, S]), key_bias: floatTensor(keyBias(S), [B, S]),
      };
      for (let l = 0; l < cfg.layers; l++) {
        stepFeeds[`past_k${l}`] = out[`present_k${l}`];
        stepFeeds[`past_v${l}`] = out[`present_v${l}`];
      }
      out = await session.run(stepFeeds);
    }
  }

  return {
    name: "onnx",
    device: session.device,
    get weightsVersion() { return version; },
    async generate(requests: readonly RolloutRequest[], signal?: AbortSignal): Promise<RolloutResult[]> {
      const seqs: Seq[] = [];
      requests.forEach((r, ri) => {
        const sp = r.sampling;
        if (!Number.isInteger(sp.n) || sp.n < 1) throw new Error(`onnx engine: request ${r.uid}: n must be a positive integer, got ${sp.n}`);
        const raw = r.promptTokens ?? opts.tokenizer.encode(opts.tokenizer.applyChatTemplate(r.messages));
        if (raw.length === 0) throw new Error(`onnx engine: request ${r.uid} has an empty prompt`);
        const maxNew = Math.min(sp.maxResponseTokens, cfg.contextTokens - 1);
        const prompt = fitPrompt(raw, cfg.contextTokens, maxNew);
        for (let k = 0; k < sp.n; k++) {
          seqs.push({
            request: ri, sample: k, prompt, maxNew, tokens: [], logprobs: [], done: false, finish: "length",
            rng: new SeededRandom((hashString(r.uid) ^ Math.imul(sp.seed + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b)) >>> 0),
            temperature: sp.temperature, topP: sp.topP, topK: sp.topK,
          });
        }
      });
      // Similar prompt lengths together: less padding per batch.
      const order = [...seqs].sort((a, b) => a.prompt.length - b.prompt.length);
      for (let i = 0; i < order.length; i += maxBatch) {
        if (signal?.aborted) throw new Error("onnx engine: generation aborted");
        await runBatch(order.slice(i, i + maxBatch));
      }
      return requests.map((r, ri) => ({
        uid: r.uid,
        samples: seqs.filter((s) => s.request === ri).map((s): Sample => {
          const textIds = s.finish === "stop" ? s.tokens.slice(0, -1) : s.tokens;
          return {
            text: opts.tokenizer.decode(textIds, { skipSpecial: true }),
            tokens: Int32Array.from(s.tokens), logprobs: Float32Array.from(s.logprobs), finishReason: s.finish,
          };
        }),
      }));
    },
    async syncWeights(ref: WeightsRef): Promise<void> {
      if (ref.data instanceof Map) setWeights(ref.data as Weights);
      else if (ref.path) setWeights((await loadCheckpoint(ref.path, cfg)).weights);
      else throw new Error(`onnx engine: weights version ${ref.version} carries neither data nor a checkpoint path`);
      version = ref.version;
    },
    close: () => session.release(),
  };
}

function optionsFromIr(rollout: RolloutConfigT, deps: Record<string, unknown>): OnnxEngineOptions {
  if (rollout.engine !== "onnx") throw new Error(`createOnnxEngine: the rollout engine is ${rollout.engine}, not onnx`);
  const spec = embeddedSpecOf(deps.model, "rollout engine onnx");
  const tokenizer = (deps.tokenizer as Tokenizer | undefined) ?? embeddedTokenizer();
  const config = embeddedPolicyConfig(spec, tokenizer);
  const log = deps.log as ((line: string) => void) | undefined;
  return {
    config, tokenizer, device: spec.device,
    weights: (deps.weights as Weights | undefined) ?? initWeights(config),
    ...(log ? { onNotice: log } : {}),
  };
}
