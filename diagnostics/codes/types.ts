// diagnostics/codes/types.ts — GL03xx: types (record fields, metric signatures, units, task
// shape). Reported by the checker (compiler/types, compiler/checks).
import { defineCodes } from "../catalog.js";

export const typeCodes = defineCodes("types", {
  GL0301: {
    title: "mismatched types",
    explanation:
      "A value does not have the type its place expects: a metric argument of the wrong type (`ndcg` takes the " +
      "prediction's lines, `list<text>`, so `ndcg(output, truth.doc_ids)` passes `text` where `list<text>` is " +
      "expected: use `answer_lines(output)`), or a block field given a string where a number is expected. The " +
      "label shows the type found; the help line shows what was expected.",
  },
  GL0302: {
    title: "wrong number of arguments",
    explanation:
      "A function is called with too few or too many arguments. Every required parameter must be passed, by " +
      "position or by name; optional parameters may be left out. The help line shows the signature.",
  },
  GL0303: {
    title: "wrong unit",
    explanation:
      "A field that measures something needs its unit, and the right one: lengths are in `tokens` (`16k tokens`, " +
      "where k is 1,024), cadences in `steps` (`5 steps`), time limits in `ms`, `s`, `min` or `h`. A bare number " +
      "or a different unit (`max_response: 30s`) is an error, so a value is never read in the wrong unit.",
  },
  GL0304: {
    title: "not a record",
    explanation:
      "A `.field` access is applied to a value that has no fields (a `text`, a `number`, a list), or a value " +
      "that is not a function is called. Only records (and `json` values, checked at run time) have fields.",
  },
  GL0305: {
    title: "condition is not a bool",
    explanation:
      "A task's `where`, a gate's `when` or an operand of `and`, `or` or `not` must be true or false. Compare " +
      "the value instead: `where reward_mode == \"EM\"` or `where reward_mode in golongrl.ndcg_tasks`.",
  },
  GL0306: {
    title: "reward is not a number",
    explanation:
      "A task's reward must be a number (a score, usually in [0, 1]). The expression given returns another " +
      "type, typically an extractor's output that was not passed to a metric: write `reward em(strip_think(output), " +
      "truth.golden_label)` rather than `reward strip_think(output)`.",
  },
  GL0307: {
    title: "task has no reward",
    explanation:
      "Every task needs exactly one `reward EXPR` line: the score its responses get. Add one, for example " +
      "`reward em(strip_think(output), truth.golden_label)`.",
  },
  GL0308: {
    title: "task has more than one reward",
    explanation:
      "A task has several `reward` lines. A task's responses are scored by one expression; to combine metrics, " +
      "write one expression, or split the records into two tasks with `where`.",
  },
  GL0309: {
    title: "task has no source",
    explanation:
      "A task in the recipe must say which records it takes: `from train` or `from train where ...`. (Tasks in " +
      "an imported module take their source from `tasks M.all from train`.)",
  },
  GL0310: {
    title: "expected an integer",
    explanation:
      "A count (responses per prompt, batch sizes, steps, parallelism) must be a whole number; `n: 7.5` has no " +
      "meaning. Write an integer.",
  },
  GL0311: {
    title: "not one of the allowed values",
    explanation:
      "A field takes one of a fixed set of names (`engine: sglang`, `truncation: left`, `loss_agg: token_mean`). " +
      "The value written is not one of them; the help line lists them and suggests the nearest.",
  },
  GL0312: {
    title: "`in` needs a list of constants",
    explanation:
      "The right side of `in` / `not in` must be a list of strings or numbers known when the recipe is compiled: " +
      "`[\"EM\", \"selection\"]` or a `let` list such as `golongrl.ndcg_tasks`. A record field or a function call " +
      "cannot be used there.",
  },
  GL0313: {
    title: "operation not supported in a record expression",
    explanation:
      "Arithmetic (`+ - * /`) and ranges are evaluated when the recipe is compiled, in block fields " +
      "(`max_tokens_per_gpu: (160k + 16k) / 8`), not per record. In a task's `where`, `reward` or `label`, use " +
      "comparisons, `in`, `and`/`or`/`not` and standard-library functions.",
  },
  GL0314: {
    title: "task label is not text",
    explanation:
      "A task's `label:` field names the group TMN-GRPO normalises advantages by and metrics are reported under; " +
      "it must be text: a string, or an expression of the record such as `task_label(reward_mode)`.",
  },
});
