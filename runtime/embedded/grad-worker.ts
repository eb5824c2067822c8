// runtime/embedded/grad-worker.ts — a gradient worker thread (piscina): runs one training-graph pass
// over its share of the rows on its own onnxruntime session (one intra-op thread) and returns the
// sums and gradients.
import { workerData } from "node:worker_threads";
import { flatLayout, runPass, unflatten } from "./grad-pass.js";
import { graphInputs, sessionCache, type GradTask, type GradWorkerData } from "./grad-runner.js";
import { parameterSpecs } from "./policy-model.js";

const data = workerData as GradWorkerData;
const layout = flatLayout(parameterSpecs(data.config));
const sessions = sessionCache(data.config, data.ppoLoss, { device: "cpu", threads: 1 });

export default async function run(task: GradTask): ReturnType<typeof runPass> {
  const session = await sessions.get(task.kind);
  return runPass(session, layout, unflatten(layout, task.weights), task.pieces, task.invTemp, task.grads,
    graphInputs(task.kind, data.ppoLoss), data.limits);
}
