// diagnostics/codes/names.ts — GL02xx: name resolution (unknown names, duplicates, imports,
// blocks and fields). Reported by the checker (compiler/names, compiler/checks).
import { defineCodes } from "../catalog.js";

export const nameCodes = defineCodes("names", {
  GL0201: {
    title: "unknown name",
    explanation:
      "An expression uses a name that is not defined where it is used. In a task's `where`, `reward` or " +
      "`label`, a name is `output` (the response), `record` (the whole record), a field of the source's record " +
      "type, a `let` value of the recipe or of an imported module (`golongrl.ndcg_tasks`), or a module name. " +
      "Check the spelling; the help line lists the nearest names that exist.",
  },
  GL0202: {
    title: "defined more than once",
    explanation:
      "Two declarations of one file share a name (two sources called `train`, a task and a type with the same " +
      "name), a top-level block such as `rollout { }` appears twice, or a module is imported twice. Each name " +
      "must be unique in its file, and each block written once: merge the two blocks or rename one declaration.",
  },
  GL0203: {
    title: "unknown source",
    explanation:
      "A task's `from`, a `tasks ... from` line or `eval { on: ... }` names a source that the recipe does not " +
      "declare. Declare it with `source NAME = parquet(\"path\") : RecordType` or use one of the declared sources.",
  },
  GL0204: {
    title: "unknown type",
    explanation:
      "A type expression names a type that does not exist. The built-in types are `text`, `number`, `bool`, " +
      "`json`, `messages`, `list<T>` and `optional<T>` (or `T?`); record types are declared with " +
      "`type Name { field: type }` in the recipe or in an imported module (`import std.golongrl` brings " +
      "`GoLongRecord`).",
  },
  GL0205: {
    title: "unknown function",
    explanation:
      "A call names a function that is not in the standard library. Metrics (`ndcg`, `em`, `rouge_l`, ...), " +
      "extractors (`answer_lines`, `strip_think`, ...) and helpers are listed in docs/stdlib.md; the help line " +
      "suggests the nearest name.",
  },
  GL0206: {
    title: "unknown record field",
    explanation:
      "An expression reads a field that the record type does not have: `truth.doc_id` when the type declares " +
      "`doc_ids`. A task may only read fields declared in its source's record type, so a misspelt field is " +
      "caught before any data is read. Fix the spelling or add the field to the type.",
  },
  GL0207: {
    title: "unknown module",
    explanation:
      "An `import` names a module that cannot be found. The standard modules are `std.golongrl` and " +
      "`std.synthetic`; other recipes are imported by path relative to the importing file: " +
      "`import \"./tasks.golong\"`.",
  },
  GL0208: {
    title: "import cycle",
    explanation:
      "A file imports itself, directly or through other files (`a` imports `b`, which imports `a`). Modules are " +
      "checked dependencies first, so a cycle has no order. Move the shared declarations into a third file that " +
      "both import.",
  },
  GL0209: {
    title: "unknown block",
    explanation:
      "A top-level block keyword or a nested block is not one golong knows, or a block has an unknown variant " +
      "(`advantage ppo_grpo { }`). The blocks are model, rollout, sampling dynamic, advantage " +
      "grpo|tmn_grpo|qwenlong_grpo, update ppo, reward, train, eval, logging, cluster, warmup supervised, verl " +
      "and let; docs/recipes.md lists each with its fields.",
  },
  GL0210: {
    title: "unknown field",
    explanation:
      "A block has a field it does not define, often a misspelling (`temprature`) or a verl key written outside " +
      "the `verl { }` block. Every block's fields are listed in docs/recipes.md; the help line suggests the " +
      "nearest field of that block.",
  },
  GL0211: {
    title: "unknown task set",
    explanation:
      "`tasks M.X` names a module or a set that does not exist. `tasks golongrl.all from train` takes every task " +
      "of the imported module `golongrl`; `M.X` may also be a `let` list of task names of that module. Import " +
      "the module first (`import std.golongrl`).",
  },
  GL0212: {
    title: "unknown gate",
    explanation:
      "`gate NAME` names neither a gate defined with `gate NAME { when: ... }` (in the recipe or an imported " +
      "module) nor a standard-library predicate taking the response text and returning bool, such as " +
      "`think_format`.",
  },
  GL0213: {
    title: "field set more than once",
    explanation:
      "A block sets the same field twice (`n: 8, n: 16`). Only one value can hold; remove one. (To change a " +
      "field for one run, leave the file alone and pass `--set rollout.n=8`.)",
  },
  GL0214: {
    title: "missing required setting",
    explanation:
      "A block or a field that this recipe needs is not written and has no default: a training recipe needs a " +
      "`model`, a `rollout { }` block with `engine`, `n` and `max_response`, an `advantage` block, an `update ppo " +
      "{ }` block with `lr`, and a `train { }` block with `prompts_per_step` and `mini_batch`. docs/recipes.md " +
      "marks the required fields.",
  },
  GL0215: {
    title: "a value refers to itself",
    explanation:
      "A `let` value is defined in terms of itself, directly or through other `let` values (`a: b, b: a`). " +
      "Such a value has no meaning; define one of them without the other.",
  },
  GL0216: {
    title: "unknown named argument",
    explanation:
      "A call passes an argument by a name the function has no parameter for, or passes the same parameter " +
      "twice. The function's parameters are shown in the help line and in docs/stdlib.md.",
  },
});
