// compiler/types/value-types.ts — the checker's types: the stdlib's ValueType plus `error` (a failed
// expression: already reported, silences its dependents, STYLE.md §6), and assignability.
import { showType, type ValueType } from "../../stdlib/index.js";
import type { TypeSchema } from "../ir.js";

export type Ty = ValueType | { readonly kind: "error" };
export const ERROR: Ty = { kind: "error" };
export const TEXT: Ty = { kind: "text" };
export const NUMBER: Ty = { kind: "number" };
export const BOOL: Ty = { kind: "bool" };
export const JSON_T: Ty = { kind: "json" };

export const PRIMITIVES: ReadonlyMap<string, ValueType> = new Map<string, ValueType>([
  ["text", { kind: "text" }], ["number", { kind: "number" }], ["bool", { kind: "bool" }],
  ["json", { kind: "json" }], ["messages", { kind: "messages" }],
]);

export function show(t: Ty): string {
  return t.kind === "error" ? "{error}" : showType(t);
}

/** Can a value of type `from` be passed where `to` is expected? `json` is dynamic both ways (the
 *  runtime checks it); an optional value may be passed on (a verifier scores nothing as 0). */
export function isAssignable(from: Ty, to: Ty): boolean {
  if (from.kind === "error" || to.kind === "error") return true;
  if (to.kind === "json" || from.kind === "json") return true;
  if (from.kind === "optional") return isAssignable(from.of, to.kind === "optional" ? to.of : to);
  if (to.kind === "optional") return isAssignable(from, to.of);
  if (to.kind === "list") return from.kind === "list" && isAssignable(from.of, to.of);
  if (to.kind === "record") {
    if (from.kind !== "record") return false;
    return Object.entries(to.fields).every(([k, t]) => (k in from.fields ? isAssignable(from.fields[k], t) : t.kind === "optional"));
  }
  return from.kind === to.kind;
}

/** The declared record type as IR data, for the runtime's record validation. */
export function toSchema(t: ValueType): TypeSchema {
  switch (t.kind) {
    case "list": case "optional": return { kind: t.kind, of: toSchema(t.of) };
    case "record": {
      const fields: Record<string, TypeSchema> = {};
      for (const [k, v] of Object.entries(t.fields)) fields[k] = toSchema(v);
      return t.name !== undefined ? { kind: "record", name: t.name, fields } : { kind: "record", fields };
    }
    default: return { kind: t.kind };
  }
}
