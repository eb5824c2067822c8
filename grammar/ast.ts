// grammar/ast.ts — the untyped AST the parser produces and the checker reads: readonly plain objects
// in unions discriminated by `kind`, every node with a `span` of source offsets (STYLE.md §3).
// A part the parser could not read is an `ErrorNode` (already reported: stay silent about it).
import type { Span } from "../diagnostics/index.js";

export type { Span };

/** A name as written: ASCII letters, digits, `_` (keywords too where a field key or a dotted part
 *  is expected). */
export interface Ident {
  readonly kind: "ident";
  readonly span: Span;
  readonly name: string;
}

/** A dotted name `a.b.c` (one part or more): a value (`score`, `truth.doc_ids`, `sglang`, `off`), or
 *  a reference in a declaration (`golongrl.all`, `std.golongrl`). */
export interface Name {
  readonly kind: "name";
  readonly span: Span;
  readonly parts: readonly Ident[];
}

/** A part that did not parse; its diagnostic is already in the bag. */
export interface ErrorNode {
  readonly kind: "error";
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------------
// The file

export interface Recipe {
  readonly kind: "recipe";
  readonly span: Span;
  /** `SourceFile.path` of the file parsed. */
  readonly path: string;
  /** From the first `recipe NAME` declaration, if any (duplicates stay in `items`). */
  readonly name?: Ident;
  /** Every declaration that parsed, in source order. */
  readonly items: readonly Decl[];
  /** Spans of line and block comments (for a formatter and the language server). */
  readonly comments: readonly Span[];
}

export type Decl =
  | RecipeNameDecl
  | ImportDecl
  | ModelDecl
  | SourceDecl
  | TypeDecl
  | TaskDecl
  | TasksDecl
  | GateDecl
  | BlockDecl;

/** `recipe golongrl_4b_tmn` */
export interface RecipeNameDecl {
  readonly kind: "recipe_name";
  readonly span: Span;
  readonly name: Ident;
}

/** `import std.golongrl` or `import "./tasks.golong"` */
export interface ImportDecl {
  readonly kind: "import";
  readonly span: Span;
  readonly target: ModuleImport | FileImport;
}
export interface ModuleImport {
  readonly kind: "module";
  readonly span: Span;
  readonly name: Name;
}
export interface FileImport {
  readonly kind: "file";
  readonly span: Span;
  /** The string's decoded value, e.g. `./tasks.golong` (relative to the importing file). */
  readonly path: string;
}

/** `model policy { path: env("LLM") }` or `model policy = embedded { layers: 2 }` */
export interface ModelDecl {
  readonly kind: "model";
  readonly span: Span;
  readonly name: Ident;
  /** `embedded` in `model policy = embedded { ... }`; absent for `model policy { ... }`. */
  readonly provider?: Ident;
  readonly body: Block;
}

/** `source train = parquet(env("TRAIN_FILE")) : GoLongRecord` */
export interface SourceDecl {
  readonly kind: "source";
  readonly span: Span;
  readonly name: Ident;
  /** Usually a call: `parquet(...)`, `jsonl(...)`, `synthetic(capabilities: all, ...)`. */
  readonly init: Expr;
  readonly recordType?: TypeExpr;
}

/** `type Truth { doc_ids: list<text>, summary: text? }` (a record) or `type Ids = list<text>` */
export interface TypeDecl {
  readonly kind: "type";
  readonly span: Span;
  readonly name: Ident;
  readonly type: TypeExpr;
}

/** `task ranking { from train where ...  reward ndcg(...) }` */
export interface TaskDecl {
  readonly kind: "task";
  readonly span: Span;
  readonly name: Ident;
  /** In source order; several `reward` clauses are the checker's to report. */
  readonly body: readonly TaskItem[];
  /** The braces and what is between them. */
  readonly bodySpan: Span;
}
export type TaskItem = FromClause | RewardClause | BlockItem;

/** `from train` or `from train where reward_mode in golongrl.ndcg_tasks` */
export interface FromClause {
  readonly kind: "from";
  readonly span: Span;
  readonly source: Name;
  readonly where?: Expr;
}

/** `reward ndcg(answer_lines(output), truth.doc_ids)` */
export interface RewardClause {
  readonly kind: "reward";
  readonly span: Span;
  readonly expr: Expr;
}

/** `tasks golongrl.all` or `tasks synthetic.all from train` */
export interface TasksDecl {
  readonly kind: "tasks";
  readonly span: Span;
  readonly preset: Name;
  readonly from?: FromClause;
}

/** `gate think_format` or `gate think_format { ... }` */
export interface GateDecl {
  readonly kind: "gate";
  readonly span: Span;
  readonly name: Name;
  readonly body?: Block;
}

/** A block of fields: `rollout { ... }`, `sampling dynamic { ... }`, `update ppo { ... }`, `verl { ... }`;
 *  also nested in another block (`cluster { actor { tp: 8 } }`). The parser accepts any keyword; the
 *  checker knows which blocks and variants exist. */
export interface BlockDecl {
  readonly kind: "block";
  readonly span: Span;
  /** `rollout`, `sampling`, `advantage`, `update`, `train`, `cluster`, `eval`, `warmup`, `verl`, `actor`, ... */
  readonly keyword: Ident;
  /** `dynamic` in `sampling dynamic { }`, `tmn_grpo` in `advantage tmn_grpo { }`. */
  readonly variant?: Ident;
  readonly body: Block;
}

/** `{ ... }`: fields and nested blocks, separated by commas or line breaks. */
export interface Block {
  readonly kind: "block_body";
  /** From `{` to `}` inclusive. */
  readonly span: Span;
  readonly members: readonly BlockItem[];
}
export type BlockItem = Field | BlockDecl;

/** `n: 16`, `actor_rollout_ref.rollout.gpu_memory_utilization: 0.6`, `"a.b.c": true` */
export interface Field {
  readonly kind: "field";
  readonly span: Span;
  readonly key: FieldKey;
  readonly value: Expr;
}
export interface FieldKey {
  readonly kind: "field_key";
  readonly span: Span;
  /** The whole key, dots included: `n`, `actor_rollout_ref.rollout.gpu_memory_utilization`. */
  readonly text: string;
  /** `text` split at dots. */
  readonly parts: readonly string[];
  /** Written as a string (`"a.b": 1`). */
  readonly quoted: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Types

export type TypeExpr = TypeRef | OptionalType | RecordType | ErrorNode;

/** `text`, `number`, `bool`, `json`, `messages`, `GoLongRecord`, `golongrl.Truth`; with arguments:
 *  `list<text>`, `optional<number>`. */
export interface TypeRef {
  readonly kind: "type_ref";
  readonly span: Span;
  readonly name: Name;
  readonly args: readonly TypeExpr[];
}
/** `T?`, the same as `optional<T>`. */
export interface OptionalType {
  readonly kind: "optional_type";
  readonly span: Span;
  readonly inner: TypeExpr;
}
/** `{ doc_ids: list<text>, summary: text }` */
export interface RecordType {
  readonly kind: "record_type";
  readonly span: Span;
  readonly fields: readonly TypeField[];
}
export interface TypeField {
  readonly kind: "type_field";
  readonly span: Span;
  readonly name: Ident;
  readonly type: TypeExpr;
}

// ---------------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | NumberLit
  | Quantity
  | StringLit
  | BoolLit
  | Name
  | MemberAccess
  | Call
  | ListLit
  | Range
  | Unary
  | Binary
  | ErrorNode;

/** `128`, `0.8`, `2e-6`, `-1`, `20k`. `value` applies a suffix as a decimal magnitude (k, K = 1,000;
 *  M = 1,000,000); a leading `-` is folded in. */
export interface NumberLit {
  readonly kind: "number";
  readonly span: Span;
  readonly value: number;
  /** As written, sign and suffix included: `-1`, `160k`. */
  readonly raw: string;
  readonly suffix?: "k" | "K" | "M";
}

export type Unit = "tokens" | "steps" | "epochs" | "ms" | "s" | "min" | "h" | "%";
export const UNITS: readonly Unit[] = ["tokens", "steps", "epochs", "ms", "s", "min", "h", "%"];

/** `160k tokens`, `5 steps`, `30s`, `500ms`, `2 min`, `60%`. `value` is in the unit: for tokens a k/K
 *  suffix is ×1024 and M ×1024² (`160k tokens` = 163,840, as the published launches use); for other
 *  units the suffix is decimal. `60%` has value 60 (the checker divides by 100). */
export interface Quantity {
  readonly kind: "quantity";
  readonly span: Span;
  readonly value: number;
  readonly unit: Unit;
  readonly amount: NumberLit;
  readonly unitSpan: Span;
}

/** `"..."`: `value` has the escapes decoded. */
export interface StringLit {
  readonly kind: "string";
  readonly span: Span;
  readonly value: string;
}

/** `true` / `false`. (`on` and `off` are names; the checker reads them as booleans where a field is one.) */
export interface BoolLit {
  readonly kind: "bool";
  readonly span: Span;
  readonly value: boolean;
}

/** `.name` after something other than a plain dotted name: `f(x).y`, `(a).b`. */
export interface MemberAccess {
  readonly kind: "member";
  readonly span: Span;
  readonly object: Expr;
  readonly property: Ident;
}

/** `ndcg(answer_lines(output), truth.doc_ids)`, `summary(output, language: truth.summary)`,
 *  `env("LLM")`, `parquet(...)`. */
export interface Call {
  readonly kind: "call";
  readonly span: Span;
  /** Usually a `Name`. */
  readonly callee: Expr;
  readonly args: readonly Arg[];
}
export interface Arg {
  readonly kind: "arg";
  readonly span: Span;
  /** Present for a named argument `language: truth.summary`. */
  readonly name?: Ident;
  readonly value: Expr;
}

/** `[0.2, 0.28]` */
export interface ListLit {
  readonly kind: "list";
  readonly span: Span;
  readonly items: readonly Expr[];
}

/** `1..8` (both ends included) */
export interface Range {
  readonly kind: "range";
  readonly span: Span;
  readonly from: Expr;
  readonly to: Expr;
}

/** `not x`, `-x` (a minus before a number literal is folded into the literal instead). */
export interface Unary {
  readonly kind: "unary";
  readonly span: Span;
  readonly op: "not" | "-";
  readonly operand: Expr;
}

export type BinaryOp = "or" | "and" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in" | "+" | "-" | "*" | "/";

/** Precedence, loosest first: `or`; `and`; `not`; comparisons and `in`/`not in` (non-associative);
 *  `..`; `+ -`; `* /`; unary minus; calls and `.`. */
export interface Binary {
  readonly kind: "binary";
  readonly span: Span;
  readonly op: BinaryOp;
  readonly opSpan: Span;
  readonly left: Expr;
  readonly right: Expr;
}

/** For exhaustive `switch`es over `kind`: a new kind breaks the build where it is unhandled. */
export function assertNever(x: never): never {
  throw new Error(`unhandled AST node: ${JSON.stringify(x)}`);
}

/** The parts of a plain dotted name (`golongrl.ndcg_tasks` -> ["golongrl", "ndcg_tasks"]), or undefined. */
export function nameParts(e: Expr): string[] | undefined {
  return e.kind === "name" ? e.parts.map((p) => p.name) : undefined;
}
