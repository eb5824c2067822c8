// runtime/data/select-task.ts — which task takes a record: the first task over its source whose
// `where` holds (a task with no `where` takes every record of its source).
import type { TaskSpec } from "../../compiler/ir.js";
import { evaluateExpr, ExprError, toBool, type FunctionLookup } from "../verify/index.js";
import { DataError, formatBadRecord } from "./errors.js";
import type { SourceRecord } from "./source.js";

/** `at` (the SourceRecord) puts its file and row into the error when a `where` cannot be evaluated
 *  on this record (a DataError, like any other problem with a record). */
export function selectTask(
  tasks: readonly TaskSpec[], source: string, record: Readonly<Record<string, unknown>>, lookup: FunctionLookup,
  at?: Pick<SourceRecord, "file" | "row" | "rowKind">,
): TaskSpec | undefined {
  for (const task of tasks) {
    if (task.source !== source) continue;
    if (task.where === null) return task;
    let holds: boolean;
    try {
      holds = toBool(evaluateExpr(task.where, { record }, lookup), `task ${task.name}'s where`);
    } catch (e) {
      const what = `task ${task.name}'s where: ${(e as Error).message}`;
      throw new DataError(at ? formatBadRecord(at.file, at.rowKind, at.row, undefined, what) : what, at ? { file: at.file, row: at.row } : { file: source });
    }
    if (holds) return task;
  }
  return undefined;
}

/** The label a record's sample is normalised by (TMN) and grouped by in metrics: the task's
 *  `labelExpr` evaluated on the record when it has one (GoLongRL: `task_label(reward_mode)`), else
 *  the task's label. */
export function taskLabel(task: TaskSpec, record: Readonly<Record<string, unknown>>, lookup: FunctionLookup): string {
  if (!task.labelExpr) return task.label;
  const v = evaluateExpr(task.labelExpr, { record }, lookup);
  if (typeof v !== "string" || v === "") throw new ExprError(`task ${task.name}'s label expression gave ${typeof v === "string" ? "an empty text" : v === null || v === undefined ? "nothing" : typeof v}, not a label`);
  return v;
}
