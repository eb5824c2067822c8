// runtime/data/record-schema.ts — a source's declared record type (IR TypeSchema) as a zod schema,
// built once per source. Errors name the field path and the expected type the way users write it
// (`reward_model.ground_truth.doc_ids: expected list<text>, got number`).
import { z } from "zod";
import type { TypeSchema } from "../../compiler/ir.js";
import { showType } from "../../stdlib/types.js";

export interface FieldProblem { path: string; message: string }

/** A record type as users write it (`list<text>`): a TypeSchema is one of the language's value
 *  types, so the stdlib's one printer serves. */
export function showSchema(t: TypeSchema): string {
  return showType(t);
}

// zod's names for what it received, in the words golong's messages use.
const RECEIVED: Record<string, string> = {
  string: "text", number: "number", bigint: "number (int64)", boolean: "bool", array: "list", object: "record",
  null: "null", undefined: "nothing (field missing)", nan: "NaN", date: "date", function: "function",
};

/** What a value is, in the words of the error messages. */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  return RECEIVED[typeof v] ?? typeof v;
}

// Every node reports its own expected type: the message is right at any depth.
const expecting = (expected: string): z.ZodErrorMap => (issue, ctx) => {
  if (issue.code === z.ZodIssueCode.invalid_type) return { message: `expected ${expected}, got ${RECEIVED[issue.received] ?? issue.received}` };
  if (issue.code === z.ZodIssueCode.invalid_enum_value) return { message: `expected ${issue.options.map((o) => JSON.stringify(o)).join(" or ")}, got ${JSON.stringify(issue.received)}` };
  if (issue.code === z.ZodIssueCode.unrecognized_keys) return { message: `unexpected field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")} (the type ${expected} is closed)` };
  return { message: ctx.defaultError };
};

/** The zod schema of a record type. Parsing returns the record with int64 values (bigint, from
 *  parquet) as numbers; fields the type does not name are kept unless the record type is closed. */
export function recordZodSchema(t: TypeSchema): z.ZodTypeAny {
  const errorMap = expecting(showSchema(t));
  switch (t.kind) {
    case "text": return z.string({ errorMap });
    case "number": return z.preprocess((v) => (typeof v === "bigint" ? Number(v) : v), z.number({ errorMap }));
    case "bool": return z.boolean({ errorMap });
    case "json": return z.unknown().refine((v) => v !== undefined, { message: "expected json, got nothing (field missing)" });
    case "messages": {
      const message = z.object({
        role: z.enum(["system", "user", "assistant"], { errorMap: expecting(`"system", "user" or "assistant"`) }),
        content: z.string({ errorMap: expecting("text") }),
      }, { errorMap: expecting("a message {role, content}") }).passthrough();
      return z.array(message, { errorMap: expecting("messages (a list of {role, content})") });
    }
    case "optional": return recordZodSchema(t.of).nullish();
    case "list": return z.array(recordZodSchema(t.of), { errorMap });
    case "record": {
      const shape: Record<string, z.ZodTypeAny> = {};
      for (const [k, v] of Object.entries(t.fields)) shape[k] = recordZodSchema(v);
      const obj = z.object(shape, { errorMap });
      return t.open === false ? obj.strict() : obj.passthrough();
    }
  }
}

const showPath = (path: ReadonlyArray<string | number>) =>
  path.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), "") || "(record)";

export type Validated = { ok: true; record: Record<string, unknown> } | { ok: false; problem: FieldProblem };

/** A validator for one record type: compiled once, called per record. Reports the first problem. */
export function compileRecordSchema(t: TypeSchema): (value: unknown) => Validated {
  const schema = recordZodSchema(t);
  return (value) => {
    const r = schema.safeParse(value);
    if (r.success) return { ok: true, record: r.data as Record<string, unknown> };
    const issue = r.error.issues[0];
    return { ok: false, problem: { path: showPath(issue.path), message: issue.message } };
  };
}
