// compiler/schema/field-types.ts — the kinds of value a block field takes, and the shape of a block's
// field table. One table (schema/blocks.ts) drives checking, defaults, `--set`, lowering and docs.

export type FieldType =
  | { readonly kind: "int"; readonly min?: number; readonly max?: number }
  | { readonly kind: "number"; readonly min?: number; readonly max?: number; readonly exclusiveMin?: boolean }
  /** A probability, alpha or ratio in [0, 1]: a number or a percentage (`60%`). */
  | { readonly kind: "fraction" }
  | { readonly kind: "bool" }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "text" }
  /** A quantity with a unit; the value is kept in the base unit (tokens, steps, milliseconds). */
  | { readonly kind: "quantity"; readonly unit: "tokens" | "steps" | "duration"; readonly min?: number }
  | { readonly kind: "list"; readonly of: FieldType }
  /** `[low, high]` */
  | { readonly kind: "pair"; readonly of: FieldType }
  /** The name of a source declared in the recipe. */
  | { readonly kind: "source_ref" }
  /** `nonzero_std(score)`: a group filter of dynamic sampling. */
  | { readonly kind: "group_filter" }
  /** Anything JSON-like: the verl block's values. */
  | { readonly kind: "any" };

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  /** Used when the field is left out; `undefined` with `required` means it must be written. */
  readonly default?: unknown;
  readonly required?: boolean;
  /** `off` is accepted and means null (no KL, no periodic eval, ...). */
  readonly offable?: boolean;
  /** One line for docs/recipes.md and hover. */
  readonly doc: string;
  /** The verl keys this field is emitted as (docs/verl.md). */
  readonly verl?: readonly string[];
}

export interface BlockSpec {
  readonly keyword: string;
  /** Allowed variants (`advantage tmn_grpo`); empty when the block takes none. */
  readonly variants: readonly string[];
  readonly variantRequired?: boolean;
  readonly fields: readonly FieldSpec[];
  readonly blocks?: readonly BlockSpec[];
  /** May appear more than once at top level (none do yet). */
  readonly repeatable?: boolean;
  readonly doc: string;
}

export function describeType(t: FieldType): string {
  switch (t.kind) {
    case "int": return "an integer";
    case "number": return "a number";
    case "fraction": return "a number in [0, 1]";
    case "bool": return "true or false";
    case "enum": return `one of ${t.values.join(", ")}`;
    case "text": return "a string";
    case "quantity": return t.unit === "duration" ? "a duration (500ms, 30s, 2 min)" : `a number of ${t.unit} (e.g. 16k ${t.unit})`;
    case "list": return `a list of ${describeType(t.of).replace(/^an? /, "")}s`;
    case "pair": return "a list [low, high]";
    case "source_ref": return "the name of a source";
    case "group_filter": return "a group filter such as nonzero_std(score)";
    case "any": return "a value";
  }
}
