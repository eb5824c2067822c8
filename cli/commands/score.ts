// cli/commands/score.ts — `golongc score`: one metric case per JSON line ({"id", "metric", <inputs>}),
// scored by the reference-named metric, answered with {"id", "score"}. Also home of the input-field
// checking that `reward` and `extract` share.
import type { z } from "zod";
import { goldenMetrics, UnknownSubTask } from "../../stdlib/index.js";
import { parseFlags } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../io.js";
import { LineError, runJsonLines } from "../jsonl.js";

/** "field \"answers\": expected an array of strings, got a string"-style text for a zod failure. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => {
    const at = i.path.length ? `field "${i.path.join(".")}"` : "the line";
    if (i.code === "invalid_type") {
      return i.received === "undefined" ? `${at} is missing (expected ${i.expected})` : `${at}: expected ${i.expected}, got ${i.received}`;
    }
    return `${at}: ${i.message}`;
  }).join("; ");
}

/** The line's inputs checked against `schema`, or a LineError naming the field. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, record: Record<string, unknown>, what: string): z.infer<S> {
  const r = schema.safeParse(record);
  if (!r.success) throw new LineError(`${what}: ${describeIssues(r.error)}`);
  return r.data;
}

/** `field` as a string, or a LineError naming it. */
export function stringField(record: Record<string, unknown>, field: string, choices?: Iterable<string>): string {
  const v = record[field];
  if (v === undefined) throw new LineError(`field "${field}" is missing${choices ? ` (one of ${[...choices].join(", ")})` : ""}`);
  if (typeof v !== "string") throw new LineError(`field "${field}": expected a string, got ${JSON.stringify(v)}`);
  return v;
}

export const command: Command = {
  name: "score",
  summary: "score metric cases (JSON lines in, {id, score} out)",
  help: `golongc score: score metric cases with the reference-named metrics (JSON lines)

usage: golongc score [--input FILE]

Reads JSON lines {"id", "metric", <the metric's inputs>} from FILE (or standard input) and prints
{"id", "score"} per line, in order. Metrics and their input fields (the reference's names):
  accuracy, f1_score, subem, ndcg, pairwise_accuracy   answers: string[], prediction: string
  summary, summary_max_rouge_l                         answers, prediction, is_zh: bool
  longbench_pro      model_output, ground_truth: string[], sub_task, language
  iou                solution_str, answer: object
  retrieval_calculate  solution_str, ground_truth: {doc_ids, golden_label}
  multi_choice, em   solution_str, ground_truth: {golden_label}
  math_verify        solution_str, ground_truth: string | string[]
A line that cannot be scored gets {"line", "id", "error"} instead; the exit code is then 1.

example:
  echo '{"id":"a","metric":"em","solution_str":" 42 ","ground_truth":{"golden_label":"42"}}' | golongc score
  {"id":"a","score":1}
`,
  async run(argv, io) {
    const flags = parseFlags(argv, { input: { type: "string" } }, false);
    if (!flags.ok) {
      io.stderr(`golongc score: ${flags.message}\n`);
      return EXIT.usage;
    }
    return runJsonLines(flags.values.input, io, (record, _lineNo, line) => {
      const name = stringField(record, "metric", goldenMetrics.keys());
      const metric = goldenMetrics.get(name);
      if (!metric) throw new LineError(`unknown metric "${name}" (one of ${[...goldenMetrics.keys()].join(", ")})`);
      const input = parseInput(metric.input, record, name);
      try {
        return { id: record.id ?? null, score: metric.score(input, line) };
      } catch (e) {
        if (e instanceof UnknownSubTask) throw new LineError(e.message); // the reference raises too
        throw e;
      }
    });
  },
};
