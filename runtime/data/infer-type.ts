// runtime/data/infer-type.ts — the narrowest record type every sample fits, for files without a
// recipe (`golongc data inspect`, `convert`): mixed kinds widen to `json`, a field missing or null
// somewhere is optional, and lists of {role, content} with chat roles are `messages`.
import type { TypeSchema } from "../../compiler/ir.js";

const ROLES = new Set(["system", "user", "assistant"]);
const MAX_DEPTH = 32;

function isMessages(v: unknown[]): boolean {
  return v.every((m) => m !== null && typeof m === "object" && !Array.isArray(m)
    && ROLES.has((m as Record<string, unknown>).role as string) && typeof (m as Record<string, unknown>).content === "string"
    && Object.keys(m).every((k) => k === "role" || k === "content"));
}

type Kind = "text" | "number" | "bool" | "list" | "record";

function kindOf(v: unknown): Kind | "json" {
  if (typeof v === "string") return "text";
  if (typeof v === "number" || typeof v === "bigint") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "list";
  if (v !== null && typeof v === "object") return "record";
  return "json";
}

/** The type of a value seen at one place in every sample (`undefined`/`null`: absent there). */
export function inferType(values: readonly unknown[], depth = 0): TypeSchema {
  const present = values.filter((v) => v !== null && v !== undefined);
  const optional = present.length < values.length;
  const wrap = (t: TypeSchema): TypeSchema => (optional ? { kind: "optional", of: t } : t);
  if (present.length === 0 || depth > MAX_DEPTH) return wrap({ kind: "json" });
  const kinds = new Set(present.map(kindOf));
  if (kinds.size > 1 || kinds.has("json")) return wrap({ kind: "json" });
  const [kind] = kinds as Set<Kind>;
  switch (kind) {
    case "text": case "number": case "bool": return wrap({ kind });
    case "list": {
      const lists = present as unknown[][];
      const nonEmpty = lists.filter((l) => l.length > 0);
      if (nonEmpty.length > 0 && nonEmpty.every(isMessages)) return wrap({ kind: "messages" });
      const elements = lists.flat();
      if (elements.length === 0) return wrap({ kind: "list", of: { kind: "json" } });
      return wrap({ kind: "list", of: inferType(elements, depth + 1) });
    }
    case "record": {
      const objects = present as Record<string, unknown>[];
      const keys: string[] = [];
      const seen = new Set<string>();
      for (const o of objects) for (const k of Object.keys(o)) if (!seen.has(k)) { seen.add(k); keys.push(k); }
      if (keys.length === 0) return wrap({ kind: "json" });
      const fields: Record<string, TypeSchema> = {};
      for (const k of keys) fields[k] = inferType(objects.map((o) => o[k]), depth + 1);
      return wrap({ kind: "record", fields });
    }
  }
}
