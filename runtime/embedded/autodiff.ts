// runtime/embedded/autodiff.ts — reverse-mode differentiation of a GraphBuilder graph into more ONNX
// nodes in the same graph, so onnxruntime runs the forward pass and the backward pass in one call.
// Each op's rule is checked by finite differences in test/embedded/grad-check.test.ts.
import type { Dim, GraphBuilder, OpNode } from "./graph-builder.js";

/** Ops the autodiff knows. Integer/boolean-valued ops (Shape, comparisons, OneHot) carry no gradient. */
export const DIFFERENTIABLE_OPS = [
  "Add", "Sub", "Mul", "Div", "Neg", "Exp", "Sqrt", "Erf", "Identity", "MatMul", "Gemm", "Reshape",
  "Transpose", "Softmax", "LogSoftmax", "ReduceMean", "ReduceSum", "Gather", "GatherElements", "Max", "Min", "Clip", "Where",
] as const;

/** Appends the gradient of scalar `loss` with respect to each of `wrt` and returns their tensor names
 *  (in the order of `wrt`). A parameter the loss does not depend on gets a zero gradient. */
export function appendGradients(g: GraphBuilder, loss: string, wrt: readonly string[]): string[] {
  const forward = [...g.nodes];
  // Tensors on a path from some `wrt` tensor: only those need gradients.
  const needs = new Set<string>(wrt);
  for (const n of forward) {
    if (!n.inputs.some((i) => needs.has(i))) continue;
    if (isDifferentiable(n)) for (const o of n.outputs) needs.add(o);
    else if (n.outputs.some((o) => g.info(o).dtype === "float32")) throw new Error(`no gradient rule for ${n.op}`);
  }
  if (!needs.has(loss)) throw new Error(`loss ${loss} does not depend on any parameter`);

  const pending = new Map<string, string[]>();
  const push = (name: string, grad: string): void => {
    if (!needs.has(name)) return;
    const list = pending.get(name);
    if (list) list.push(grad); else pending.set(name, [grad]);
  };
  const total = (name: string): string | undefined => {
    const list = pending.get(name);
    if (!list || list.length === 0) return undefined;
    if (list.length === 1) return list[0];
    const s = g.op("Sum", list, {}, g.shape(name));
    pending.set(name, [s]);
    return s;
  };

  pending.set(loss, [g.constFloat([1], [])]);
  for (let k = forward.length - 1; k >= 0; k--) {
    const n = forward[k];
    if (!isDifferentiable(n) || !needs.has(n.outputs[0])) continue;
    const gy = total(n.outputs[0]);
    if (gy === undefined) continue;
    backward(g, n, gy, push, needs);
  }
  return wrt.map((p) => {
    const gr = total(p);
    if (gr !== undefined) return gr;
    return g.op("Mul", [p, g.scalar(0)], {}, g.shape(p));
  });
}

function isDifferentiable(n: OpNode): boolean {
  return (DIFFERENTIABLE_OPS as readonly string[]).includes(n.op);
}

/** Sums `grad` (shaped like the op output `outShape`) down to the shape of input `x`, undoing
 *  numpy broadcasting. */
function unbroadcast(g: GraphBuilder, grad: string, x: string): string {
  const xs = g.shape(x), gs = g.shape(grad);
  if (sameShape(xs, gs)) return grad;
  const offset = gs.length - xs.length;
  const axes: number[] = [];
  for (let i = 0; i < gs.length; i++) {
    if (i < offset) axes.push(i);
    else if (xs[i - offset] === 1 && gs[i] !== 1) axes.push(i);
  }
  let r = grad;
  if (axes.length > 0) {
    const kept = gs.map((d, i) => (axes.includes(i) ? 1 : d));
    r = g.op("ReduceSum", [grad, g.constInt(axes)], { keepdims: 1 }, kept);
  }
  return g.op("Reshape", [r, g.op("Shape", [x], {}, [xs.length], "int64")], {}, xs);
}

function sameShape(a: readonly Dim[], b: readonly Dim[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function swapLast(g: GraphBuilder, x: string): string {
  const r = g.shape(x).length;
  const perm = [...Array(r).keys()];
  [perm[r - 2], perm[r - 1]] = [perm[r - 1], perm[r - 2]];
  return g.transpose(x, perm);
}

function backward(
  g: GraphBuilder, n: OpNode, gy: string, push: (name: string, grad: string) => void, needs: Set<string>,
): void {
  const [a, b] = n.inputs;
  const y = n.outputs[0];
  const want = (x: string | undefined): x is string => x !== undefined && x !== "" && needs.has(x);
  switch (n.op) {
    case "Identity":
      push(a, gy);
      return;
    case "Add":
      if (want(a)) push(a, unbroadcast(g, gy, a));
      if (want(b)) push(b, unbroadcast(g, gy, b));
      return;
    case "Sub":
      if (want(a)) push(a, unbroadcast(g, gy, a));
      if (want(b)) push(b, unbroadcast(g, g.unary("Neg", gy), b));
      return;
    case "Mul":
      if (want(a)) push(a, unbroadcast(g, g.mul(gy, b), a));
      if (want(b)) push(b, unbroadcast(g, g.mul(gy, a), b));
      return;
    case "Div":
      if (want(a)) push(a, unbroadcast(g, g.div(gy, b), a));
      if (want(b)) push(b, unbroadcast(g, g.unary("Neg", g.div(g.mul(gy, y), b)), b));
      return;
    case "Neg":
      push(a, g.unary("Neg", gy));
      return;
    case "Exp":
      push(a, g.mul(gy, y));
      return;
    case "Sqrt":
      push(a, g.div(g.mul(gy, g.scalar(0.5)), y));
      return;
    case "Erf": {
      // d/dx erf(x) = 2/sqrt(pi) * exp(-x^2)
      const e = g.unary("Exp", g.unary("Neg", g.mul(a, a)));
      push(a, g.mul(gy, g.mul(e, g.scalar(2 / Math.sqrt(Math.PI)))));
      return;
    }
    case "MatMul":
      matmulBackward(g, a, b, gy, want(a), want(b), push);
      return;
    case "Gemm": {
      // Only the plain form golong emits: Y = A·B (+ C), no transposes, alpha = beta = 1.
      if (n.attrs.transA || n.attrs.transB) throw new Error("Gemm with transposes is not differentiable here");
      if (want(a)) push(a, g.op("Gemm", [gy, b], { transB: 1 }, g.shape(a)));
      if (want(b)) push(b, g.op("Gemm", [a, gy], { transA: 1 }, g.shape(b)));
      const c = n.inputs[2];
      if (want(c)) push(c, unbroadcast(g, gy, c));
      return;
    }
    case "Reshape":
      push(a, g.op("Reshape", [gy, g.op("Shape", [a], {}, [g.shape(a).length], "int64")], {}, g.shape(a)));
      return;
    case "Transpose": {
      const perm = n.attrs.perm as number[];
      const inv = new Array<number>(perm.length);
      perm.forEach((p, i) => { inv[p] = i; });
      push(a, g.transpose(gy, inv));
      return;
    }
    case "Softmax": {
      checkLastAxis(n);
      push(a, g.mul(y, g.sub(gy, g.sumLast(g.mul(gy, y)))));
      return;
    }
    case "LogSoftmax": {
      checkLastAxis(n);
      push(a, g.sub(gy, g.mul(g.unary("Exp", y), g.sumLast(gy))));
      return;
    }
    case "ReduceMean":
    case "ReduceSum": {
      const xs = g.shape(a);
      const axes = n.op === "ReduceMean" ? (n.attrs.axes as number[] | undefined) : undefined;
      const keep = n.attrs.keepdims === undefined ? 1 : (n.attrs.keepdims as number);
      let count = 1;
      let gr = gy;
      if (n.op === "ReduceMean") {
        if (!axes || keep !== 1) throw new Error("ReduceMean needs explicit axes and keepdims=1 here");
        for (const ax of axes) {
          const d = xs[ax < 0 ? xs.length + ax : ax];
          if (typeof d !== "number") throw new Error("ReduceMean over a symbolic axis is not differentiable here");
          count *= d;
        }
        gr = g.mul(gy, g.scalar(1 / count));
      } else if (keep !== 1 && n.inputs.length > 1) {
        throw new Error("ReduceSum with axes and keepdims=0 is not differentiable here");
      }
      // With keepdims=1 (or a full reduction to a scalar) plain broadcasting restores the shape.
      push(a, g.op("Expand", [gr, g.op("Shape", [a], {}, [xs.length], "int64")], {}, xs));
      return;
    }
    case "Gather": {
      // Embedding lookup: each looked-up row's gradient is added into a zero table (ScatterND with
      // reduction add; a row looked up twice gets both), linear in the tokens, not tokens × rows.
      if ((n.attrs.axis ?? 0) !== 0) throw new Error("Gather is differentiable on axis 0 only");
      const table = g.shape(a);
      if (table.length !== 2 || typeof table[0] !== "number") throw new Error("Gather: table must be a 2-D parameter");
      const idx = g.reshape(b, [-1, 1], ["N", 1]);
      const flatGrad = g.reshape(gy, [-1, table[1] as number], ["N", table[1]]);
      push(a, g.op("ScatterND", [zerosLike(g, a), idx, flatGrad], { reduction: "add" }, table));
      return;
    }
    case "GatherElements": {
      // Each output element came from one input element: scatter the gradient back onto zeros
      // (reduction add, so an index picked twice gets both contributions).
      push(a, g.op("ScatterElements", [zerosLike(g, a), b, gy], { axis: n.attrs.axis as number, reduction: "add" }, g.shape(a)));
      return;
    }
    case "Max":
    case "Min": {
      const takeA = g.compare(n.op === "Max" ? "GreaterOrEqual" : "LessOrEqual", a, b);
      const zero = g.scalar(0);
      if (want(a)) push(a, unbroadcast(g, g.where(takeA, gy, zero), a));
      if (want(b)) push(b, unbroadcast(g, g.where(takeA, zero, gy), b));
      return;
    }
    case "Clip": {
      const [, lo, hi] = n.inputs;
      const inside = g.op("And", [g.compare("GreaterOrEqual", a, lo), g.compare("LessOrEqual", a, hi)], {}, g.shape(a), "bool");
      push(a, g.where(inside, gy, g.scalar(0)));
      return;
    }
    case "Where": {
      const [cond, x, z] = n.inputs;
      const zero = g.scalar(0);
      if (want(x)) push(x, unbroadcast(g, g.where(cond, gy, zero), x));
      if (want(z)) push(z, unbroadcast(g, g.where(cond, zero, gy), z));
      return;
    }
    default:
      throw new Error(`no gradient rule for ${n.op}`);
  }
}

/** A float tensor of zeros with `x`'s (runtime) shape. */
function zerosLike(g: GraphBuilder, x: string): string {
  const xs = g.shape(x);
  return g.op("ConstantOfShape", [g.op("Shape", [x], {}, [xs.length], "int64")], {}, xs);
}

function checkLastAxis(n: OpNode): void {
  if (n.attrs.axis !== -1) throw new Error(`${n.op} is differentiable on the last axis only`);
}

function matmulBackward(
  g: GraphBuilder, a: string, b: string, gy: string, wantA: boolean, wantB: boolean,
  push: (name: string, grad: string) => void,
): void {
  const sa = g.shape(a), sb = g.shape(b);
  if (sb.length === 2 && sa.length >= 2) {
    // x[..., K] · W[K, N]: flatten the leading dims, so dW is one Gemm.
    const [K, N] = sb;
    if (wantA) push(a, g.matmul(gy, g.transpose(b, [1, 0])));
    if (wantB) {
      const a2 = sa.length === 2 ? a : g.reshape(a, [-1, K as number], ["M", K]);
      const g2 = sa.length === 2 ? gy : g.reshape(gy, [-1, N as number], ["M", N]);
      push(b, g.op("Gemm", [a2, g2], { transA: 1 }, [K, N]));
    }
    return;
  }
  if (sa.length !== sb.length) throw new Error("MatMul of different ranks is differentiable only with a 2-D right side");
  if (wantA) push(a, unbroadcast(g, g.matmul(gy, swapLast(g, b)), a));
  if (wantB) push(b, unbroadcast(g, g.matmul(swapLast(g, a), gy), b));
}
