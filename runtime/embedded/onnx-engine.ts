// runtime/embedded/onnx-engine.ts — the `onnx` rollout engine: batched, seeded sampling from the
// embedded policy through onnxruntime-node, with a KV cache: one prefill call over the left-padded
// distinct prompts of a batch, then one decode call per new token, which reads the prompts' cache
// (shared by their n samples) and passes only the generated tokens' keys/values round.
import type * as ort from "onnxruntime-node";
import type { RolloutEngine, RolloutRequest, RolloutResult, Sample, WeightsRef } from "../engine.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { loadCheckpoint } from "./checkpoint.js";
import { embeddedPolicyConfig, embeddedSpecOf, embeddedTokenizer, type RolloutConfigT } from "./embedded-model.js";
import { buildDecodeGraph } from "./decode-graph.js";
import { buildPrefillGraph } from "./model-graphs.js";
import { MASKED, initWeights, parameterSpecs, validatePolicyConfig, weightInput, type PolicyConfig, type Weights } from "./policy-model.js";
import { sampleToken } from "./sampling.js";
import { SeededRandom, hashString } from "./seeded-random.js";
import { causalBias, fitPrompt } from "./sequence-layout.js";
import { createSession, floatTensor, int64Tensor, tensorData, type Device } from "./session.js";

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
  syncWeights(weights: WeightsRef): Promise<void>;
}

interface Seq {
  request: number; prompt: Int32Array; maxNew: number;
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
  const sessionOpts = { device: opts.device ?? "cpu", threads: opts.threads, onNotice: opts.onNotice };
  const prefillSession = await createSession(buildPrefillGraph(cfg), sessionOpts);
  const decodeSession = await createSession(buildDecodeGraph(cfg), { ...sessionOpts, onNotice: undefined });
  const maxBatch = opts.maxBatch ?? 128;
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

  /** Samples every sequence of `seqs`: whole requests, all with the same n, grouped by request. */
  async function runBatch(seqs: Seq[], n: number): Promise<void> {
    const B = seqs.length, U = B / n;
    const P = Math.max(...seqs.map((s) => s.prompt.length));
    const tokens = new BigInt64Array(U * P), positions = new BigInt64Array(U * P);
    const promptBias = new Float32Array(U * P);
    for (let u = 0; u < U; u++) {
      const prompt = seqs[u * n].prompt, pad = P - prompt.length;
      for (let i = 0; i < P; i++) {
        if (i < pad) { tokens[u * P + i] = BigInt(opts.tokenizer.padId); promptBias[u * P + i] = MASKED; }
        else { tokens[u * P + i] = BigInt(prompt[i - pad]); positions[u * P + i] = BigInt(i - pad); }
      }
    }
    const prefill = await prefillSession.run({
      ...weightFeeds,
      tokens: int64Tensor(tokens, [U, P]), positions: int64Tensor(positions, [U, P]),
      causal_bias: floatTensor(causalBias(P, P, 0), [P, P]), key_bias: floatTensor(promptBias, [U, P]),
    });
    const decodeFeeds: Record<string, ort.Tensor> = { ...weightFeeds, prompt_bias: floatTensor(promptBias, [U, P]) };
    let gen: Record<string, ort.Tensor> = {};
    for (let l = 0; l < cfg.layers; l++) {
      decodeFeeds[`prompt_k${l}`] = prefill[`present_k${l}`];
      decodeFeeds[`prompt_v${l}`] = prefill[`present_v${l}`];
      gen[`gen_k${l}`] = floatTensor(new Float32Array(0), [B, H, 0, dh]);
      gen[`gen_v${l}`] = floatTensor(new Float32Array(0), [B, H, 0, dh]);
    }
    const maxNew = Math.max(...seqs.map((s) => s.maxNew));
    const scratch = new Float64Array(V);
    // The first new token comes from the prefill's last position (row u for all n samples of u).
    let logits = tensorData(prefill.logits, "logits");
    let offsetOf = (b: number): number => (Math.floor(b / n) * P + (P - 1)) * V;
    for (let step = 0; step < maxNew; step++) {
      const next = new BigInt64Array(B), nextPos = new BigInt64Array(B);
      let active = 0;
      seqs.forEach((s, b) => {
        if (!s.done) {
          const choice = sampleToken(logits, offsetOf(b), V, s, s.rng, scratch);
          s.tokens.push(choice.token);
          s.logprobs.push(choice.logprob);
          if (choice.token === opts.tokenizer.eosId) { s.done = true; s.finish = "stop"; }
          else if (s.tokens.length >= s.maxNew) { s.done = true; s.finish = "length"; }
        }
        if (!s.done) active++;
        next[b] = BigInt(s.done ? opts.tokenizer.padId : s.tokens[s.tokens.length - 1]);
        nextPos[b] = BigInt(Math.min(s.prompt.length + step, cfg.contextTokens - 1));
      });
      if (active === 0) break;
      const out = await decodeSession.run({ ...decodeFeeds, ...gen, tokens: int64Tensor(next, [B, 1]), positions: int64Tensor(nextPos, [B, 1]) });
      gen = {};
      for (let l = 0; l < cfg.layers; l++) {
        gen[`gen_k${l}`] = out[`next_k${l}`];
        gen[`gen_v${l}`] = out[`next_v${l}`];
      }
      logits = tensorData(out.logits, "logits");
      offsetOf = (b: number): number => b * V;
    }
  }

  return {
    name: "onnx",
    device: prefillSession.device,
    get weightsVersion() { return version; },
    async generate(requests: readonly RolloutRequest[], signal?: AbortSignal): Promise<RolloutResult[]> {
      const seqs: Seq[] = [];
      const lengths: number[] = [];
      requests.forEach((r, ri) => {
        const sp = r.sampling;
        if (!Number.isInteger(sp.n) || sp.n < 1) throw new Error(`onnx engine: request ${r.uid}: n must be a positive integer, got ${sp.n}`);
        const raw = r.promptTokens ?? opts.tokenizer.encode(opts.tokenizer.applyChatTemplate(r.messages));
        if (raw.length === 0) throw new Error(`onnx engine: request ${r.uid} has an empty prompt`);
        const maxNew = Math.min(sp.maxResponseTokens, cfg.contextTokens - 1);
        const prompt = fitPrompt(raw, cfg.contextTokens, maxNew);
        lengths.push(prompt.length);
        for (let k = 0; k < sp.n; k++) {
          seqs.push({
            request: ri, prompt, maxNew, tokens: [], logprobs: [], done: false, finish: "length",
            rng: new SeededRandom((hashString(r.uid) ^ Math.imul(sp.seed + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b)) >>> 0),
            temperature: sp.temperature, topP: sp.topP, topK: sp.topK,
          });
        }
      });
      // Whole requests per batch (their samples share a prefill), same n, similar prompt lengths.
      const order = requests.map((_, i) => i).sort((x, y) =>
        requests[x].sampling.n - requests[y].sampling.n || lengths[x] - lengths[y]);
      const byRequest = new Map<number, Seq[]>();
      for (const s of seqs) { const l = byRequest.get(s.request); if (l) l.push(s); else byRequest.set(s.request, [s]); }
      let batch: Seq[] = [], batchN = 0;
      const flush = async (): Promise<void> => {
        if (batch.length === 0) return;
        if (signal?.aborted) throw new Error("onnx engine: generation aborted");
        try {
          await runBatch(batch, batchN);
        } catch (e) {
          const uids = [...new Set(batch.map((s) => requests[s.request].uid))];
          throw new Error(`onnx engine: generating for ${uids.slice(0, 3).join(", ")}${uids.length > 3 ? ` and ${uids.length - 3} more` : ""}: ${(e as Error).message}`);
        }
        batch = [];
      };
      for (const ri of order) {
        const n = requests[ri].sampling.n;
        if (batch.length > 0 && (n !== batchN || batch.length + n > maxBatch)) await flush();
        batchN = n;
        batch.push(...byRequest.get(ri)!);
      }
      await flush();
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
    async close() {
      await prefillSession.release();
      await decodeSession.release();
    },
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
