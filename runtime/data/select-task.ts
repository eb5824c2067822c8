// runtime/data/select-task.ts — which task takes a record: the first task over its source whose
// `where` holds (a task with no `where` takes every record of its source).
import type { TaskSpec } from "../../compiler/ir.js";
import { evaluateExpr, toBool, type FunctionLookup } from "../verify/index.js";

export function selectTask(tasks: readonly TaskSpec[], source: string, record: Readonly<Record<string, unknown>>, lookup: FunctionLookup): TaskSpec | undefined {
  for (const task of tasks) {
    if (task.source !== source) continue;
    if (task.where === null || toBool(evaluateExpr(task.where, { record }, lookup), `task ${task.name}'s where`)) return task;
  }
  return undefined;
}
