// runtime/embedded/graph-builder.ts — a small typed builder for ONNX graphs. It records every tensor's
// static shape (numbers or symbolic dims such as "B"), which the autodiff needs to undo broadcasting.
import { AttributeType, DataType, encodeModel, type AttributeProtoData, type NodeProtoData, type TensorProtoData } from "./onnx-proto.js";

export type Dim = number | string;
export type DType = "float32" | "int64" | "bool";
export type AttrValue = number | number[] | string | { float: number } | { floats: number[] };

export interface TensorInfo { name: string; dtype: DType; shape: Dim[] }
export interface OpNode { op: string; inputs: string[]; outputs: string[]; attrs: Record<string, AttrValue> }
interface Initializer { name: string; dtype: DType; dims: number[]; data: Float32Array | BigInt64Array }

export const OPSET = 17;

const elemType = (d: DType): number => (d === "float32" ? DataType.FLOAT : d === "int64" ? DataType.INT64 : DataType.BOOL);

/** Numpy-style broadcast of two static shapes. */
export function broadcastShapes(a: readonly Dim[], b: readonly Dim[]): Dim[] {
  const rank = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
    const db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
    if (da === 1) out.push(db);
    else if (db === 1 || da === db) out.push(da);
    else throw new Error(`cannot broadcast [${a.join(",")}] with [${b.join(",")}]`);
  }
  return out;
}

export class GraphBuilder {
  readonly inputs: TensorInfo[] = [];
  readonly outputs: TensorInfo[] = [];
  readonly nodes: OpNode[] = [];
  readonly initializers: Initializer[] = [];
  private readonly infos = new Map<string, TensorInfo>();
  private counter = 0;

  constructor(readonly name: string) {}

  info(name: string): TensorInfo {
    const i = this.infos.get(name);
    if (!i) throw new Error(`unknown tensor ${name}`);
    return i;
  }
  shape(name: string): Dim[] { return this.info(name).shape; }

  fresh(prefix = "t"): string { return `${prefix}_${this.counter++}`; }

  input(name: string, dtype: DType, shape: Dim[]): string {
    const t = { name, dtype, shape };
    this.inputs.push(t);
    this.infos.set(name, t);
    return name;
  }

  output(name: string, as?: string): string {
    let n = name;
    if (as !== undefined && as !== name) n = this.op("Identity", [name], {}, this.shape(name), this.info(name).dtype, as);
    this.outputs.push(this.info(n));
    return n;
  }

  constFloat(values: readonly number[] | Float32Array, dims: number[]): string {
    const name = this.fresh("c");
    this.initializers.push({ name, dtype: "float32", dims, data: Float32Array.from(values) });
    this.infos.set(name, { name, dtype: "float32", shape: dims });
    return name;
  }
  constInt(values: readonly number[], dims: number[] = [values.length]): string {
    const name = this.fresh("c");
    this.initializers.push({ name, dtype: "int64", dims, data: BigInt64Array.from(values.map((v) => BigInt(v))) });
    this.infos.set(name, { name, dtype: "int64", shape: dims });
    return name;
  }
  scalar(v: number): string { return this.constFloat([v], []); }

  /** Appends a node with one output whose shape the caller states. */
  op(op: string, inputs: string[], attrs: Record<string, AttrValue>, shape: Dim[], dtype: DType = "float32", outName?: string): string {
    const out = outName ?? this.fresh(op.toLowerCase());
    for (const i of inputs) if (i !== "" && !this.infos.has(i)) throw new Error(`${op}: unknown input ${i}`);
    this.nodes.push({ op, inputs, outputs: [out], attrs });
    this.infos.set(out, { name: out, dtype, shape });
    return out;
  }

  // ---- shape-aware helpers ---------------------------------------------------------------------
  binary(op: "Add" | "Sub" | "Mul" | "Div" | "Max" | "Min", a: string, b: string): string {
    return this.op(op, [a, b], {}, broadcastShapes(this.shape(a), this.shape(b)));
  }
  add(a: string, b: string): string { return this.binary("Add", a, b); }
  sub(a: string, b: string): string { return this.binary("Sub", a, b); }
  mul(a: string, b: string): string { return this.binary("Mul", a, b); }
  div(a: string, b: string): string { return this.binary("Div", a, b); }
  unary(op: "Neg" | "Exp" | "Sqrt" | "Erf" | "Identity" | "Reciprocal" | "Log", x: string): string {
    return this.op(op, [x], {}, this.shape(x));
  }
  compare(op: "Less" | "Greater" | "GreaterOrEqual" | "LessOrEqual", a: string, b: string): string {
    return this.op(op, [a, b], {}, broadcastShapes(this.shape(a), this.shape(b)), "bool");
  }
  where(cond: string, a: string, b: string): string {
    const s = broadcastShapes(this.shape(cond), broadcastShapes(this.shape(a), this.shape(b)));
    return this.op("Where", [cond, a, b], {}, s);
  }
  matmul(a: string, b: string): string {
    const sa = this.shape(a), sb = this.shape(b);
    const batch = broadcastShapes(sa.slice(0, -2), sb.slice(0, -2));
    return this.op("MatMul", [a, b], {}, [...batch, sa[sa.length - 2], sb[sb.length - 1]]);
  }
  /** Reshape with a constant target (ONNX rules: 0 copies the input dim, -1 is inferred); `shape` is
   *  the static result the caller knows. */
  reshape(x: string, target: number[], shape: Dim[]): string {
    return this.op("Reshape", [x, this.constInt(target)], {}, shape);
  }
  transpose(x: string, perm: number[]): string {
    const s = this.shape(x);
    return this.op("Transpose", [x], { perm }, perm.map((p) => s[p]));
  }
  softmax(x: string): string { return this.op("Softmax", [x], { axis: -1 }, this.shape(x)); }
  logSoftmax(x: string): string { return this.op("LogSoftmax", [x], { axis: -1 }, this.shape(x)); }
  /** Mean over the last axis, kept (opset 17: axes is an attribute). */
  meanLast(x: string): string {
    const s = this.shape(x);
    return this.op("ReduceMean", [x], { axes: [-1], keepdims: 1 }, [...s.slice(0, -1), 1]);
  }
  /** Sum of every element: a scalar. */
  sumAll(x: string): string { return this.op("ReduceSum", [x], { keepdims: 0 }, []); }
  sumLast(x: string): string {
    const s = this.shape(x);
    return this.op("ReduceSum", [x, this.constInt([-1])], { keepdims: 1 }, [...s.slice(0, -1), 1]);
  }
  gather(data: string, indices: string): string {
    return this.op("Gather", [data, indices], { axis: 0 }, [...this.shape(indices), ...this.shape(data).slice(1)]);
  }
  /** `data[..., indices[..., k]]` along `axis` (ONNX GatherElements: the result has the indices' shape). */
  gatherElements(data: string, indices: string, axis: number): string {
    return this.op("GatherElements", [data, indices], { axis }, this.shape(indices));
  }
  clip(x: string, lo: number, hi: number): string {
    return this.op("Clip", [x, this.scalar(lo), this.scalar(hi)], {}, this.shape(x));
  }
  concat(xs: string[], axis: number, shape: Dim[]): string { return this.op("Concat", xs, { axis }, shape); }
  oneHot(indices: string, depth: number): string {
    return this.op("OneHot", [indices, this.constInt([depth], []), this.constFloat([0, 1], [2])], { axis: -1 }, [...this.shape(indices), depth]);
  }

  /** The ONNX model bytes. */
  encode(): Uint8Array {
    const nodes: NodeProtoData[] = this.nodes.map((n, k) => ({
      name: `n${k}_${n.op}`, opType: n.op, input: n.inputs, output: n.outputs,
      attribute: Object.entries(n.attrs).map(([name, v]) => encodeAttr(name, v)),
    }));
    const initializers: TensorProtoData[] = this.initializers.map((t) => ({
      name: t.name, dims: t.dims, dataType: elemType(t.dtype),
      rawData: new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength),
    }));
    return encodeModel({
      graphName: this.name, nodes, initializers, opset: OPSET,
      inputs: this.inputs.map((t) => ({ name: t.name, elemType: elemType(t.dtype), dims: t.shape })),
      outputs: this.outputs.map((t) => ({ name: t.name, elemType: elemType(t.dtype), dims: t.shape })),
    });
  }
}

function encodeAttr(name: string, v: AttrValue): AttributeProtoData {
  if (typeof v === "number") return { name, type: AttributeType.INT, i: v };
  if (typeof v === "string") return { name, type: AttributeType.STRING, s: new TextEncoder().encode(v) };
  if (Array.isArray(v)) return { name, type: AttributeType.INTS, ints: v };
  if ("float" in v) return { name, type: AttributeType.FLOAT, f: v.float };
  return { name, type: AttributeType.FLOATS, floats: v.floats };
}
