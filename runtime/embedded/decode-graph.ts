// runtime/embedded/decode-graph.ts — the rollout's one-token decode step. The n samples of a prompt
// share its keys/values: the prompt cache comes in once per prompt ([U,H,P,dh], never copied per
// sample, never sent back), and only the generated tokens' cache ([B,H,t,dh], B = U·n) goes round.
import { GraphBuilder } from "./graph-builder.js";
import { Rotary, declareWeights, embedInput, gelu, isRotary, layerNorm, weightInput, type PolicyConfig } from "./policy-model.js";

/** Inputs: `tokens`, `positions` (int64 [B,1]), `prompt_bias` [U,P] (MASKED on left padding),
 *  `prompt_k<l>`/`prompt_v<l>` [U,H,P,dh], `gen_k<l>`/`gen_v<l>` [B,H,t,dh], with the B rows grouped
 *  by prompt (rows u·n .. u·n+n-1 belong to prompt u). Outputs: `logits` [B,1,V], `next_k<l>`/`next_v<l>`
 *  [B,H,t+1,dh]. */
export function buildDecodeGraph(cfg: PolicyConfig): Uint8Array {
  const g = new GraphBuilder("golong_policy_decode");
  declareWeights(g, cfg);
  const D = cfg.width, H = cfg.heads, dh = D / H;
  const w = (n: string): string => weightInput(n);
  const tokens = g.input("tokens", "int64", ["B", 1]);
  const positions = g.input("positions", "int64", ["B", 1]);
  const promptBias = g.input("prompt_bias", "float32", ["U", "P"]);
  const scale = g.scalar(1 / Math.sqrt(dh));
  let x = embedInput(g, cfg, tokens, positions); // [B,1,D]
  const rotary = isRotary(cfg) ? new Rotary(g, cfg) : undefined;
  const angles = rotary?.angles(positions);
  const rope = (t: string): string => (rotary && angles ? rotary.apply(t, angles) : t);
  const heads = (t: string): string => g.transpose(g.reshape(t, [0, 0, H, dh], ["B", 1, H, dh]), [0, 2, 1, 3]); // [B,H,1,dh]
  for (let l = 0; l < cfg.layers; l++) {
    const p = `l${l}.`;
    const pk = g.input(`prompt_k${l}`, "float32", ["U", H, "P", dh]);
    const pv = g.input(`prompt_v${l}`, "float32", ["U", H, "P", dh]);
    const gk0 = g.input(`gen_k${l}`, "float32", ["B", H, "t", dh]);
    const gv0 = g.input(`gen_v${l}`, "float32", ["B", H, "t", dh]);
    const h = layerNorm(g, x, w(`${p}ln1_g`), w(`${p}ln1_b`));
    const q = heads(rope(g.add(g.matmul(h, w(`${p}wq`)), w(`${p}bq`))));
    const gk = g.concat([gk0, heads(rope(g.add(g.matmul(h, w(`${p}wk`)), w(`${p}bk`))))], 2, ["B", H, "t1", dh]);
    const gv = g.concat([gv0, heads(g.add(g.matmul(h, w(`${p}wv`)), w(`${p}bv`)))], 2, ["B", H, "t1", dh]);
    g.output(gk, `next_k${l}`);
    g.output(gv, `next_v${l}`);
    // Prompt part: the n queries of a prompt against its one cache.
    const pkShape = g.op("Shape", [pk], {}, [4], "int64");
    const U = g.op("Slice", [pkShape, g.constInt([0]), g.constInt([1])], {}, [1], "int64");
    const P = g.op("Slice", [pkShape, g.constInt([2]), g.constInt([3])], {}, [1], "int64");
    const grouped = g.op("Concat", [U, g.constInt([-1, H, dh])], { axis: 0 }, [4], "int64");
    const qg = g.transpose(g.op("Reshape", [q, grouped], {}, ["U", "n", H, dh]), [0, 2, 1, 3]);   // [U,H,n,dh]
    const sp = g.add(g.mul(g.matmul(qg, g.transpose(pk, [0, 1, 3, 2])), scale),
      g.reshape(promptBias, [0, 1, 1, -1], ["U", 1, 1, "P"]));                                      // [U,H,n,P]
    const spB = g.reshape(g.transpose(sp, [0, 2, 1, 3]), [-1, H, 1, 0], ["B", H, 1, "P"]);        // [B,H,1,P]
    const sg = g.mul(g.matmul(q, g.transpose(gk, [0, 1, 3, 2])), scale);                           // [B,H,1,t1]
    const probs = g.softmax(g.concat([spB, sg], 3, ["B", H, 1, "S"]));
    const three = g.constInt([3]);
    const pp = g.op("Slice", [probs, g.constInt([0]), P, three], {}, ["B", H, 1, "P"]);
    const pg = g.op("Slice", [probs, P, g.constInt([Number.MAX_SAFE_INTEGER]), three], {}, ["B", H, 1, "t1"]);
    const ppg = g.transpose(g.op("Reshape", [pp, g.op("Concat", [U, g.constInt([-1, H, 0])], { axis: 0 }, [4], "int64")], {}, ["U", "n", H, "P"]), [0, 2, 1, 3]);
    const attP = g.reshape(g.transpose(g.matmul(ppg, pv), [0, 2, 1, 3]), [-1, H, 1, dh], ["B", H, 1, dh]); // via [U,n,H,dh]
    const att = g.add(attP, g.matmul(pg, gv));                                                     // [B,H,1,dh]
    const merged = g.reshape(g.transpose(att, [0, 2, 1, 3]), [0, 0, D], ["B", 1, D]);
    x = g.add(x, g.add(g.matmul(merged, w(`${p}wo`)), w(`${p}bo`)));
    const h2 = layerNorm(g, x, w(`${p}ln2_g`), w(`${p}ln2_b`));
    x = g.add(x, g.add(g.matmul(gelu(g, g.add(g.matmul(h2, w(`${p}w1`)), w(`${p}b1`))), w(`${p}w2`)), w(`${p}b2`)));
  }
  g.output(g.matmul(layerNorm(g, x, w("lnf_g"), w("lnf_b")), w("head")), "logits");
  return g.encode();
}
