// test/embedded/grad-check.test.ts — every autodiff rule against central finite differences, each op
// on its own in a tiny graph run by onnxruntime, then the whole policy's training graphs.
import { describe, expect, test } from "vitest";
import * as ort from "onnxruntime-node";
import { appendGradients, DIFFERENTIABLE_OPS } from "../../runtime/embedded/autodiff.js";
import { GraphBuilder } from "../../runtime/embedded/graph-builder.js";
import { SeededRandom } from "../../runtime/embedded/seeded-random.js";

interface In { shape: number[]; values?: (rng: SeededRandom) => number }

const rand = (rng: SeededRandom, n: number, f: (r: SeededRandom) => number = (r) => r.normal()): Float32Array =>
  Float32Array.from({ length: n }, () => f(rng));
const size = (s: number[]): number => s.reduce((a, b) => a * b, 1);

/** Builds loss = sum(op(inputs) * R), runs analytic gradients, compares them with finite differences. */
async function gradCheck(inputs: In[], build: (g: GraphBuilder, xs: string[]) => string, seed = 1): Promise<void> {
  const rng = new SeededRandom(seed);
  const g = new GraphBuilder("check");
  const names = inputs.map((inp, i) => g.input(`x${i}`, "float32", inp.shape));
  const y = build(g, names);
  const yShape = g.shape(y) as number[];
  const r = g.constFloat(rand(rng, size(yShape)), yShape);
  const loss = g.sumAll(g.mul(y, r));
  g.output(loss, "loss");
  const grads = appendGradients(g, loss, names);
  grads.forEach((gr, i) => g.output(gr, `g${i}`));
  const session = await ort.InferenceSession.create(g.encode());
  const values = inputs.map((inp) => rand(rng, size(inp.shape), inp.values));
  const feeds = (vals: Float32Array[]): Record<string, ort.Tensor> =>
    Object.fromEntries(vals.map((v, i) => [`x${i}`, new ort.Tensor("float32", v, inputs[i].shape)]));
  const out = await session.run(feeds(values));
  const eps = 1e-2;
  for (let i = 0; i < inputs.length; i++) {
    const analytic = out[`g${i}`].data as Float32Array;
    expect(analytic.length).toBe(values[i].length);
    const picks = [...Array(Math.min(values[i].length, 12)).keys()].map((k) => Math.floor((k * values[i].length) / Math.min(values[i].length, 12)));
    for (const j of picks) {
      const plus = values.map((v) => v.slice()), minus = values.map((v) => v.slice());
      plus[i][j] += eps;
      minus[i][j] -= eps;
      const lp = ((await session.run(feeds(plus))).loss.data as Float32Array)[0];
      const lm = ((await session.run(feeds(minus))).loss.data as Float32Array)[0];
      const fd = (lp - lm) / (2 * eps);
      expect(Math.abs(fd - analytic[j]), `input ${i}[${j}]: fd ${fd} vs analytic ${analytic[j]}`).toBeLessThan(5e-3 + 2e-2 * Math.abs(fd));
    }
  }
  await session.release();
}

const positive = (r: SeededRandom): number => 0.5 + r.next() * 2;
/** Values spread out so that ties in Max/Min and Clip boundaries stay further than eps away. */
const spread = (r: SeededRandom): number => (Math.floor(r.next() * 40) - 20) / 10 + 0.05;
const spreadOffGrid = (r: SeededRandom): number => spread(r) + 0.05;

describe("gradient rules match finite differences", () => {
  const checked = new Set<string>();
  const t = (op: string, name: string, run: () => Promise<void>): void => {
    checked.add(op);
    test(`${op}: ${name}`, run);
  };
  t("Add", "broadcast over a bias", () => gradCheck([{ shape: [2, 3, 4] }, { shape: [4] }], (g, [a, b]) => g.add(a, b)));
  t("Sub", "broadcast both ways", () => gradCheck([{ shape: [2, 1, 4] }, { shape: [3, 1] }], (g, [a, b]) => g.sub(a, b)));
  t("Mul", "broadcast", () => gradCheck([{ shape: [2, 3, 4] }, { shape: [1, 3, 1] }], (g, [a, b]) => g.mul(a, b)));
  t("Div", "broadcast, positive divisor", () => gradCheck([{ shape: [2, 3] }, { shape: [3], values: positive }], (g, [a, b]) => g.div(a, b)));
  t("Neg", "elementwise", () => gradCheck([{ shape: [5] }], (g, [a]) => g.unary("Neg", a)));
  t("Exp", "elementwise", () => gradCheck([{ shape: [5] }], (g, [a]) => g.unary("Exp", a)));
  t("Sqrt", "positive inputs", () => gradCheck([{ shape: [6], values: positive }], (g, [a]) => g.unary("Sqrt", a)));
  t("Erf", "elementwise", () => gradCheck([{ shape: [7] }], (g, [a]) => g.unary("Erf", a)));
  t("Identity", "passes through", () => gradCheck([{ shape: [3] }], (g, [a]) => g.unary("Identity", a)));
  t("MatMul", "activations x 2-D weight", () => gradCheck([{ shape: [2, 3, 4] }, { shape: [4, 5] }], (g, [a, b]) => g.matmul(a, b)));
  t("MatMul", "batched 4-D (attention)", () => gradCheck([{ shape: [2, 2, 3, 4] }, { shape: [2, 2, 4, 3] }], (g, [a, b]) => g.matmul(a, b)));
  t("Gemm", "with bias", () => gradCheck([{ shape: [3, 4] }, { shape: [4, 2] }, { shape: [2] }], (g, [a, b, c]) => g.op("Gemm", [a, b, c], {}, [3, 2])));
  t("Reshape", "split heads", () => gradCheck([{ shape: [2, 3, 4] }], (g, [a]) => g.reshape(a, [0, 0, 2, 2], [2, 3, 2, 2])));
  t("Transpose", "permutation", () => gradCheck([{ shape: [2, 3, 4] }], (g, [a]) => g.transpose(a, [1, 2, 0])));
  t("Softmax", "last axis", () => gradCheck([{ shape: [2, 5] }], (g, [a]) => g.softmax(a)));
  t("LogSoftmax", "last axis", () => gradCheck([{ shape: [2, 5] }], (g, [a]) => g.logSoftmax(a)));
  t("ReduceMean", "last axis kept", () => gradCheck([{ shape: [2, 3, 4] }], (g, [a]) => g.meanLast(a)));
  t("ReduceSum", "last axis kept", () => gradCheck([{ shape: [2, 3, 4] }], (g, [a]) => g.sumLast(a)));
  t("ReduceSum", "everything to a scalar", () => gradCheck([{ shape: [2, 3] }], (g, [a]) => g.mul(g.sumAll(a), g.sumAll(a))));
  t("Gather", "embedding lookup with repeated ids", () =>
    gradCheck([{ shape: [5, 3] }], (g, [table]) => g.gather(table, g.constInt([0, 3, 3, 1, 4, 0], [2, 3]))));
  t("GatherElements", "picking one entry per row, a row picked twice", () =>
    gradCheck([{ shape: [2, 3, 5] }], (g, [a]) => g.gatherElements(a, g.constInt([4, 0, 2, 2, 1, 3], [2, 3, 1]), -1)));
  t("GatherElements", "several per row, repeated", () =>
    gradCheck([{ shape: [3, 4] }], (g, [a]) => g.gatherElements(a, g.constInt([1, 1, 0, 3, 3, 3], [3, 2]), 1)));
  t("Max", "elementwise", () => gradCheck([{ shape: [8], values: spread }, { shape: [8], values: spreadOffGrid }], (g, [a, b]) => g.binary("Max", a, b), 3));
  t("Min", "elementwise", () => gradCheck([{ shape: [8], values: spread }, { shape: [8], values: spreadOffGrid }], (g, [a, b]) => g.binary("Min", a, b), 4));
  t("Clip", "inside and outside the range", () => gradCheck([{ shape: [10], values: spread }], (g, [a]) => g.clip(a, -0.5, 0.8)));
  t("Where", "both branches", () =>
    gradCheck([{ shape: [6] }, { shape: [6] }], (g, [a, b]) => g.where(g.compare("Less", g.constFloat([0, 1, 0, 1, 1, 0], [6]), g.scalar(0.5)), a, b)));

  test("every differentiable op has a check", () => {
    expect([...DIFFERENTIABLE_OPS].filter((op) => !checked.has(op))).toEqual([]);
  });

  test("an op without a rule on the loss path is an error, not a silent zero", () => {
    const g = new GraphBuilder("bad");
    const x = g.input("x", "float32", [2]);
    const y = g.op("Tanh", [x], {}, [2]);
    expect(() => appendGradients(g, g.sumAll(y), [x])).toThrow(/no gradient rule for Tanh/);
  });
});
