// stdlib/types.ts — the value types the language knows, and the signature of a standard-library
// function. The compiler type-checks reward expressions against these signatures; the runtime calls
// `impl`. One registry (stdlib/functions.ts) serves both, so the two can never disagree.

export type ValueType =
  | { readonly kind: "text" }
  | { readonly kind: "number" }
  | { readonly kind: "bool" }
  | { readonly kind: "json" }                       // any JSON value (ground-truth objects, rows)
  | { readonly kind: "messages" }                   // chat messages [{role, content}]
  | { readonly kind: "list"; readonly of: ValueType }
  | { readonly kind: "optional"; readonly of: ValueType }
  | { readonly kind: "record"; readonly name?: string; readonly fields: Readonly<Record<string, ValueType>> };

export const T = {
  text: { kind: "text" } as ValueType,
  number: { kind: "number" } as ValueType,
  bool: { kind: "bool" } as ValueType,
  json: { kind: "json" } as ValueType,
  messages: { kind: "messages" } as ValueType,
  list: (of: ValueType): ValueType => ({ kind: "list", of }),
  optional: (of: ValueType): ValueType => ({ kind: "optional", of }),
} as const;

export function showType(t: ValueType): string {
  switch (t.kind) {
    case "list": return `list<${showType(t.of)}>`;
    case "optional": return `optional<${showType(t.of)}>`;
    case "record": return t.name ?? `{ ${Object.entries(t.fields).map(([k, v]) => `${k}: ${showType(v)}`).join(", ")} }`;
    default: return t.kind;
  }
}

export interface Param {
  readonly name: string;
  readonly type: ValueType;
  /** Optional parameters may be passed by name (`language: truth.summary`) or left out. */
  readonly optional?: boolean;
}

export interface StdFunction {
  readonly name: string;
  /** metric: returns a score; extractor: turns a response into an answer; helper: anything else. */
  readonly role: "metric" | "extractor" | "helper";
  readonly params: readonly Param[];
  readonly returns: ValueType;
  /** One sentence for docs, hover and "did you mean". */
  readonly doc: string;
  /** Arguments arrive in parameter order; a left-out optional one is `undefined`. Never throws on
   *  any input of the declared types (a verifier's failure is a score of 0). */
  readonly impl: (...args: any[]) => unknown;
}
