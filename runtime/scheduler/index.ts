// runtime/scheduler/index.ts — bounded queues, resource slots and pipeline stages the step dataflow runs on.
export { BoundedQueue, QueueClosedError } from "./queue.js";
export { ResourcePool, type ResourceRequest } from "./resources.js";
export { stage, chunks, collect, type StageOptions } from "./stage.js";
export { seedFor, Rng } from "./seeds.js";
