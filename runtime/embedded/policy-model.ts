// runtime/embedded/policy-model.ts — the embedded policy: a small decoder-only transformer (token and
// learned position embeddings, pre-LN blocks of causal multi-head attention and a GELU MLP, a final
// LayerNorm and an untied output head), written as ONNX graphs built from primitive ops so that
// autodiff.ts can differentiate them. Weights are graph inputs, never initializers: syncing new
// weights into a session is passing different tensors, with no session rebuild.
import type { GraphBuilder } from "./graph-builder.js";
import { SeededRandom } from "./seeded-random.js";

export interface PolicyConfig {
  vocabSize: number;
  layers: number;
  width: number;
  heads: number;
  /** Longest sequence (prompt + response) the position table covers. */
  contextTokens: number;
  seed: number;
  /** How the model knows where a token is: `learned` (default) adds a learned position embedding to
   *  the input; `rotary` rotates each head's queries and keys by angles proportional to the position
   *  (RoPE), so attention scores depend on the distance between tokens and there is no `pos_emb`. */
  positions?: "learned" | "rotary";
}

export interface ParamSpec { name: string; shape: number[]; init: "normal" | "zeros" | "ones"; std?: number }

/** Named parameter tensors, in `parameterSpecs` order. */
export type Weights = Map<string, Float32Array>;

export const MASKED = -1e9;
const LN_EPS = 1e-5;

export function validatePolicyConfig(cfg: PolicyConfig): void {
  const bad = (what: string): never => { throw new Error(`embedded model: ${what}`); };
  for (const k of ["vocabSize", "layers", "width", "heads", "contextTokens"] as const) {
    if (!Number.isInteger(cfg[k]) || cfg[k] <= 0) bad(`${k} must be a positive integer, got ${cfg[k]}`);
  }
  if (cfg.width % cfg.heads !== 0) bad(`width ${cfg.width} is not divisible by heads ${cfg.heads}`);
  if (cfg.positions !== undefined && cfg.positions !== "learned" && cfg.positions !== "rotary") bad(`positions must be learned or rotary, got ${String(cfg.positions)}`);
  if (isRotary(cfg) && (cfg.width / cfg.heads) % 2 !== 0) bad(`rotary positions need an even head width, got ${cfg.width / cfg.heads}`);
}

export const isRotary = (cfg: PolicyConfig): boolean => cfg.positions === "rotary";

const ROPE_BASE = 10000;

/** RoPE in the [.., D] layout the projections produce (heads side by side, "rotate half" within
 *  each head): x·cos + (x·R)·sin, with cos/sin gathered for each token's position from constant
 *  [context, D] tables and R the constant block-diagonal [D, D] matrix of the half rotation. Only
 *  Gather, Mul, Add and a 2-D MatMul: ops the autodiff already differentiates. */
export class Rotary {
  private readonly cosTable: string;
  private readonly sinTable: string;
  private readonly rotate: string;

  constructor(private readonly g: GraphBuilder, cfg: PolicyConfig) {
    const D = cfg.width, dh = D / cfg.heads, half = dh / 2;
    const cos = new Float32Array(cfg.contextTokens * D), sin = new Float32Array(cfg.contextTokens * D);
    for (let p = 0; p < cfg.contextTokens; p++) {
      for (let j = 0; j < D; j++) {
        const i = (j % dh) % half;
        const angle = p * Math.pow(ROPE_BASE, (-2 * i) / dh);
        cos[p * D + j] = Math.cos(angle);
        sin[p * D + j] = Math.sin(angle);
      }
    }
    const r = new Float32Array(D * D);
    for (let h = 0; h < cfg.heads; h++) {
      for (let i = 0; i < half; i++) {
        const lo = h * dh + i, hi = lo + half;
        r[hi * D + lo] = -1; // out[lo] = −x[hi]
        r[lo * D + hi] = 1;  // out[hi] = x[lo]
      }
    }
    this.cosTable = g.constFloat(cos, [cfg.contextTokens, D]);
    this.sinTable = g.constFloat(sin, [cfg.contextTokens, D]);
    this.rotate = g.constFloat(r, [D, D]);
  }

  /** The angles of `positions` (int64 [B,T]): [cos, sin], each [B,T,D]. */
  angles(positions: string): [string, string] {
    return [this.g.gather(this.cosTable, positions), this.g.gather(this.sinTable, positions)];
  }

  apply(x: string, [cos, sin]: [string, string]): string {
    return this.g.add(this.g.mul(x, cos), this.g.mul(this.g.matmul(x, this.rotate), sin));
  }
}

/** The input embedding: the token's, plus the learned position's unless positions are rotary. */
export function embedInput(g: GraphBuilder, cfg: PolicyConfig, tokens: string, positions: string): string {
  const tok = g.gather(weightInput("tok_emb"), tokens);
  return isRotary(cfg) ? tok : g.add(tok, g.gather(weightInput("pos_emb"), positions));
}

export function parameterSpecs(cfg: PolicyConfig): ParamSpec[] {
  const D = cfg.width, std = 0.02, residualStd = 0.02 / Math.sqrt(2 * cfg.layers);
  const specs: ParamSpec[] = [{ name: "tok_emb", shape: [cfg.vocabSize, D], init: "normal", std }];
  if (!isRotary(cfg)) specs.push({ name: "pos_emb", shape: [cfg.contextTokens, D], init: "normal", std: 0.01 });
  for (let l = 0; l < cfg.layers; l++) {
    const p = `l${l}.`;
    specs.push(
      { name: `${p}ln1_g`, shape: [D], init: "ones" }, { name: `${p}ln1_b`, shape: [D], init: "zeros" },
      { name: `${p}wq`, shape: [D, D], init: "normal", std }, { name: `${p}bq`, shape: [D], init: "zeros" },
      { name: `${p}wk`, shape: [D, D], init: "normal", std }, { name: `${p}bk`, shape: [D], init: "zeros" },
      { name: `${p}wv`, shape: [D, D], init: "normal", std }, { name: `${p}bv`, shape: [D], init: "zeros" },
      { name: `${p}wo`, shape: [D, D], init: "normal", std: residualStd }, { name: `${p}bo`, shape: [D], init: "zeros" },
      { name: `${p}ln2_g`, shape: [D], init: "ones" }, { name: `${p}ln2_b`, shape: [D], init: "zeros" },
      { name: `${p}w1`, shape: [D, 4 * D], init: "normal", std }, { name: `${p}b1`, shape: [4 * D], init: "zeros" },
      { name: `${p}w2`, shape: [4 * D, D], init: "normal", std: residualStd }, { name: `${p}b2`, shape: [D], init: "zeros" },
    );
  }
  specs.push(
    { name: "lnf_g", shape: [D], init: "ones" }, { name: "lnf_b", shape: [D], init: "zeros" },
    { name: "head", shape: [D, cfg.vocabSize], init: "normal", std },
  );
  return specs;
}

export function parameterCount(cfg: PolicyConfig): number {
  return parameterSpecs(cfg).reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
}

/** Fresh weights drawn from `cfg.seed` (GPT-2 style: N(0, 0.02), residual projections scaled down). */
export function initWeights(cfg: PolicyConfig): Weights {
  validatePolicyConfig(cfg);
  const rng = new SeededRandom(cfg.seed);
  const w: Weights = new Map();
  for (const s of parameterSpecs(cfg)) {
    const n = s.shape.reduce((a, b) => a * b, 1);
    const a = new Float32Array(n);
    if (s.init === "ones") a.fill(1);
    else if (s.init === "normal") for (let i = 0; i < n; i++) a[i] = rng.normal() * (s.std ?? 0.02);
    w.set(s.name, a);
  }
  return w;
}

export const weightInput = (name: string): string => `w.${name}`;

/** Declares every parameter as a graph input; returns input names in spec order. */
export function declareWeights(g: GraphBuilder, cfg: PolicyConfig): string[] {
  return parameterSpecs(cfg).map((s) => g.input(weightInput(s.name), "float32", s.shape));
}

export function layerNorm(g: GraphBuilder, x: string, gamma: string, beta: string): string {
  const xc = g.sub(x, g.meanLast(x));
  const std = g.unary("Sqrt", g.add(g.meanLast(g.mul(xc, xc)), g.scalar(LN_EPS)));
  return g.add(g.mul(g.div(xc, std), gamma), beta);
}

export function gelu(g: GraphBuilder, x: string): string {
  const e = g.unary("Erf", g.mul(x, g.scalar(Math.SQRT1_2)));
  return g.mul(x, g.add(g.mul(e, g.scalar(0.5)), g.scalar(0.5)));
}

export interface ForwardInputs {
  tokens: string;      // int64 [B, T]
  positions: string;   // int64 [B, T]
  /** Additive attention bias, broadcastable to [B, 1, T, S]: 0 where a query may see a key, MASKED
   *  where not (causality, left padding). */
  bias: string;
}

export interface ForwardOutputs { logits: string; present: { k: string; v: string }[] }

/** The forward pass over whole sequences; `S` is the key length (the bias's last dim). */
export function buildForward(g: GraphBuilder, cfg: PolicyConfig, inp: ForwardInputs): ForwardOutputs {
  const D = cfg.width, H = cfg.heads, dh = D / H;
  const w = (n: string): string => weightInput(n);
  let x = embedInput(g, cfg, inp.tokens, inp.positions); // [B,T,D]
  const rotary = isRotary(cfg) ? new Rotary(g, cfg) : undefined;
  const angles = rotary?.angles(inp.positions);
  const rope = (t: string): string => (rotary && angles ? rotary.apply(t, angles) : t);
  const present: { k: string; v: string }[] = [];
  const scale = g.scalar(1 / Math.sqrt(dh));
  const heads = (t: string): string => g.transpose(g.reshape(t, [0, 0, H, dh], ["B", "T", H, dh]), [0, 2, 1, 3]);
  for (let l = 0; l < cfg.layers; l++) {
    const p = `l${l}.`;
    const h = layerNorm(g, x, w(`${p}ln1_g`), w(`${p}ln1_b`));
    const q = heads(rope(g.add(g.matmul(h, w(`${p}wq`)), w(`${p}bq`))));
    const k = heads(rope(g.add(g.matmul(h, w(`${p}wk`)), w(`${p}bk`))));
    const v = heads(g.add(g.matmul(h, w(`${p}wv`)), w(`${p}bv`)));
    present.push({ k, v });
    const scores = g.add(g.mul(g.matmul(q, g.transpose(k, [0, 1, 3, 2])), scale), inp.bias); // [B,H,T,S]
    const att = g.matmul(g.softmax(scores), v);                                                 // [B,H,T,dh]
    const merged = g.reshape(g.transpose(att, [0, 2, 1, 3]), [0, 0, D], ["B", "T", D]);
    x = g.add(x, g.add(g.matmul(merged, w(`${p}wo`)), w(`${p}bo`)));
    const h2 = layerNorm(g, x, w(`${p}ln2_g`), w(`${p}ln2_b`));
    const f = gelu(g, g.add(g.matmul(h2, w(`${p}w1`)), w(`${p}b1`)));
    x = g.add(x, g.add(g.matmul(f, w(`${p}w2`)), w(`${p}b2`)));
  }
  const logits = g.matmul(layerNorm(g, x, w("lnf_g"), w("lnf_b")), w("head")); // [B,T,V]
  return { logits, present };
}
