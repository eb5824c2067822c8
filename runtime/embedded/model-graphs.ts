// runtime/embedded/model-graphs.ts — the ONNX graphs of the embedded policy: the rollout's prefill
// graph (prompt keys/values out; decode-graph.ts has the decode step), and the training graphs
// (forward + loss + every parameter's gradient) for the clipped policy loss and for supervised warm-up.
import { appendGradients } from "./autodiff.js";
import { GraphBuilder } from "./graph-builder.js";
import { buildForward, declareWeights, parameterSpecs, type PolicyConfig } from "./policy-model.js";

/** Builds the rollout's prefill graph (decode-graph.ts has the decode step). Inputs: `tokens`,
 *  `positions` (int64 [U,P]), `causal_bias` [P,P], `key_bias` [U,P] (MASKED on left padding);
 *  outputs `logits` [U,P,V] and the prompt cache `present_k<l>`/`present_v<l>` [U,H,P,dh]. */
export function buildPrefillGraph(cfg: PolicyConfig): Uint8Array {
  const g = new GraphBuilder("golong_policy_prefill");
  declareWeights(g, cfg);
  const tokens = g.input("tokens", "int64", ["B", "T"]);
  const positions = g.input("positions", "int64", ["B", "T"]);
  const causal = g.input("causal_bias", "float32", ["T", "T"]);
  const keyBias = g.input("key_bias", "float32", ["B", "T"]);
  const bias = g.add(causal, g.reshape(keyBias, [0, 1, 1, -1], ["B", 1, 1, "T"]));
  const out = buildForward(g, cfg, { tokens, positions, bias });
  g.output(out.logits, "logits");
  out.present.forEach((p, l) => { g.output(p.k, `present_k${l}`); g.output(p.v, `present_v${l}`); });
  return g.encode();
}

/** `entropyCoef` (default 0): the loss becomes policy loss − coef × agg(entropy) (verl's
 *  entropy_coeff); at 0 the entropy is only an output and the loss and its gradients are unchanged.
 *  `klCoef` (default 0): above 0 the graph takes `ref_logp` [B,T] (the reference policy's log-probs of
 *  the same tokens) and adds coef × agg(KL) with verl's `low_var_kl` estimate per token,
 *  clamp(exp(ref − logp) − (ref − logp) − 1, −10, 10); the aggregated KL is output `kl`. */
export interface PolicyLossSpec { kind: "ppo"; clipLow: number; clipHigh: number; dualClip: number | null; entropyCoef?: number; klCoef?: number }
export interface SupervisedLossSpec { kind: "supervised" }
export type LossSpec = PolicyLossSpec | SupervisedLossSpec;

export const gradOutput = (param: string): string => `grad.${param}`;

/** Builds a training graph. Inputs: the weights, `tokens`, `positions`, `targets` (int64 [B,T]),
 *  `attn_bias` [B,1,T,T] (additive: 0 where query t may see key s, MASKED where not, so several
 *  responses can share one prompt in a row), `inv_temperature` [], `token_weight` [B,T] (the loss
 *  aggregation: 0 off the response, 1/#tokens for token-mean), and for ppo `old_logp`, `advantages`
 *  [B,T]. Outputs: `loss` [], `logp` [B,T] (log-prob of each target), for ppo `entropy` [] (the
 *  entropy of each position's next-token distribution, summed with `token_weight`), and
 *  `grad.<param>` for every parameter. */
export function buildTrainingGraph(cfg: PolicyConfig, loss: LossSpec): Uint8Array {
  const g = new GraphBuilder(`golong_policy_train_${loss.kind}`);
  const weights = declareWeights(g, cfg);
  const tokens = g.input("tokens", "int64", ["B", "T"]);
  const positions = g.input("positions", "int64", ["B", "T"]);
  const targets = g.input("targets", "int64", ["B", "T"]);
  const bias = g.input("attn_bias", "float32", ["B", 1, "T", "T"]);
  const invTemp = g.input("inv_temperature", "float32", []);
  const weight = g.input("token_weight", "float32", ["B", "T"]);
  const { logits } = buildForward(g, cfg, { tokens, positions, bias });
  const logProbs = g.logSoftmax(g.mul(logits, invTemp)); // [B,T,V]
  const logp = tokenLogProbs(g, logProbs, targets);
  let lossValue: string;
  let entropy: string | undefined;
  let kl: string | undefined;
  if (loss.kind === "ppo") {
    entropy = g.sumAll(g.mul(tokenEntropy(g, logProbs), weight));
    lossValue = policyLoss(g, logp, weight, loss);
    const coef = loss.entropyCoef ?? 0;
    if (!(coef >= 0 && Number.isFinite(coef))) throw new Error(`entropy coefficient must be a finite number >= 0, got ${coef}`);
    if (coef > 0) lossValue = g.sub(lossValue, g.mul(entropy, g.scalar(coef)));
    const klCoef = loss.klCoef ?? 0;
    if (!(klCoef >= 0 && Number.isFinite(klCoef))) throw new Error(`KL coefficient must be a finite number >= 0, got ${klCoef}`);
    if (klCoef > 0) {
      kl = g.sumAll(g.mul(lowVarKl(g, logp, g.input("ref_logp", "float32", ["B", "T"])), weight));
      lossValue = g.add(lossValue, g.mul(kl, g.scalar(klCoef)));
    }
  } else {
    lossValue = g.unary("Neg", g.sumAll(g.mul(logp, weight)));
  }
  g.output(lossValue, "loss");
  g.output(logp, "logp");
  if (entropy !== undefined) g.output(entropy, "entropy");
  if (kl !== undefined) g.output(kl, "kl");
  const grads = appendGradients(g, lossValue, weights);
  const specs = parameterSpecs(cfg);
  grads.forEach((gr, i) => g.output(gr, gradOutput(specs[i].name)));
  return g.encode();
}

/** logProbs[target] per position, [B,T] (`logProbs`: log softmax [B,T,V]). */
function tokenLogProbs(g: GraphBuilder, logProbs: string, targets: string): string {
  const picked = g.gatherElements(logProbs, g.reshape(targets, [0, 0, 1], ["B", "T", 1]), -1); // [B,T,1]
  return g.reshape(picked, [0, 0], ["B", "T"]);
}

/** Entropy of the full next-token distribution per position, −Σ p·log p, [B,T] (from log softmax,
 *  so no Log of a probability that underflows to 0). */
function tokenEntropy(g: GraphBuilder, logProbs: string): string {
  const plogp = g.sumLast(g.mul(g.unary("Exp", logProbs), logProbs)); // [B,T,1]
  return g.unary("Neg", g.reshape(plogp, [0, 0], ["B", "T"]));
}

/** verl's `low_var_kl` (Schulman's k3) per token: with d = ref − logp, exp(d) − d − 1, which is ≥ 0,
 *  unbiased for KL(π‖ref) under samples of π, and clamped to [−10, 10] as verl clamps it. [B,T] */
function lowVarKl(g: GraphBuilder, logp: string, refLogp: string): string {
  const d = g.sub(refLogp, logp);
  return g.clip(g.sub(g.sub(g.unary("Exp", d), d), g.scalar(1)), -10, 10);
}

/** The clipped policy-gradient loss with dual clip (verl's compute_policy_loss), summed with the
 *  caller's per-token weights, which carry the aggregation mode and the response mask. */
function policyLoss(g: GraphBuilder, logp: string, weight: string, spec: PolicyLossSpec): string {
  const oldLogp = g.input("old_logp", "float32", ["B", "T"]);
  const adv = g.input("advantages", "float32", ["B", "T"]);
  const negAdv = g.unary("Neg", adv);
  // exp of a clamped log-ratio, as verl does, so a stale sample cannot overflow the ratio.
  const ratio = g.unary("Exp", g.clip(g.sub(logp, oldLogp), -20, 20));
  const loss1 = g.mul(negAdv, ratio);
  const loss2 = g.mul(negAdv, g.clip(ratio, 1 - spec.clipLow, 1 + spec.clipHigh));
  let perToken = g.binary("Max", loss1, loss2);
  if (spec.dualClip !== null) {
    const loss3 = g.mul(negAdv, g.scalar(spec.dualClip));
    perToken = g.where(g.compare("Less", adv, g.scalar(0)), g.binary("Min", loss3, perToken), perToken);
  }
  return g.sumAll(g.mul(perToken, weight));
}
