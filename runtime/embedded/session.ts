// runtime/embedded/session.ts — onnxruntime-node sessions for the embedded graphs: the device choice
// (CUDA when the recipe asks and this build has it, else CPU with a message saying why) and tensor
// helpers.
import * as ort from "onnxruntime-node";

export type Device = "cpu" | "cuda";

export interface SessionOptions {
  device: Device;
  /** Intra-op threads; 0 lets onnxruntime choose. */
  threads?: number;
  /** Called once with a line for the user, e.g. when CUDA was asked for and is not available. */
  onNotice?: (message: string) => void;
}

export interface PolicySession {
  readonly device: Device;
  run(feeds: Record<string, ort.Tensor>): Promise<Record<string, ort.Tensor>>;
  release(): Promise<void>;
}

export async function createSession(model: Uint8Array, opts: SessionOptions): Promise<PolicySession> {
  const base: ort.InferenceSession.SessionOptions = {
    graphOptimizationLevel: "all",
    intraOpNumThreads: opts.threads ?? 0,
    interOpNumThreads: 1,
    // Worker threads sleep between ops instead of spinning: on a shared or busy CPU, spinning burnt
    // about a third more CPU time for the same wall time (a warm-up step: 260 vs 176 CPU-ms at load 5).
    extra: { session: { intra_op: { allow_spinning: "0" } } },
  };
  let device: Device = "cpu";
  let session: ort.InferenceSession | undefined;
  if (opts.device === "cuda") {
    try {
      session = await ort.InferenceSession.create(model, { ...base, executionProviders: ["cuda"] });
      device = "cuda";
    } catch (e) {
      const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
      opts.onNotice?.(`embedded model: the recipe asks for device cuda, but this onnxruntime-node build cannot use it (${why}); running on cpu`);
    }
  }
  session ??= await ort.InferenceSession.create(model, { ...base, executionProviders: ["cpu"] });
  const s = session;
  return {
    device,
    run: async (feeds) => (await s.run(feeds)) as Record<string, ort.Tensor>,
    release: () => s.release(),
  };
}

export const floatTensor = (data: Float32Array, dims: readonly number[]): ort.Tensor => new ort.Tensor("float32", data, dims);
export const int64Tensor = (data: BigInt64Array, dims: readonly number[]): ort.Tensor => new ort.Tensor("int64", data, dims);

export function tensorData(t: ort.Tensor | undefined, name: string): Float32Array {
  if (!t) throw new Error(`embedded model: the session returned no ${name}`);
  return t.data as Float32Array;
}
