// runtime/progress/index.ts — progress events and their terminal rendering.
export type { Phase, ProgressEvent, ProgressSink, RunSummary } from "./events.js";
export { createProgress, summaryText, bar, taskList, type ProgressOptions } from "./render.js";
