// compiler/types/type-exprs.ts — type expressions (`list<text>`, `T?`, `{ a: text }`, `GoLongRecord`,
// `golongrl.GoLongTruth`) resolved to value types in a module's scope.
import type * as A from "../../grammar/index.js";
import type { ValueType } from "../../stdlib/index.js";
import { closestMany, orList } from "../../diagnostics/index.js";
import { lookupWithImports, visibleNames, type ModuleScope } from "../names/scope.js";
import { ERROR, PRIMITIVES, type Ty } from "./value-types.js";

const resolving = new Set<A.TypeDecl>();
// Each declaration is resolved once per compilation (its diagnostics reported once), however often
// it is used. Keyed by the compilation's scope: imported ASTs are shared between compilations.
const resolvedIn = new WeakMap<ModuleScope, Map<A.TypeDecl, Ty>>();

export function resolveType(t: A.TypeExpr, scope: ModuleScope, name?: string): Ty {
  const bag = scope.module.bag;
  switch (t.kind) {
    case "error": return ERROR;
    case "optional_type": {
      const inner = resolveType(t.inner, scope);
      return inner.kind === "error" ? ERROR : { kind: "optional", of: inner };
    }
    case "record_type": {
      const fields: Record<string, ValueType> = {};
      let failed = false;
      for (const fd of t.fields) {
        if (Object.prototype.hasOwnProperty.call(fields, fd.name.name)) {
          bag.error("GL0202", fd.name.span, { message: `field \`${fd.name.name}\` is declared twice`, label: "declared again here", help: "remove one of them" });
          continue;
        }
        const ft = resolveType(fd.type, scope);
        if (ft.kind === "error") failed = true;
        else fields[fd.name.name] = ft;
      }
      if (failed) return ERROR;
      return name !== undefined ? { kind: "record", name, fields } : { kind: "record", fields };
    }
    case "type_ref": {
      const parts = t.name.parts.map((p) => p.name);
      const args = t.args.map((a) => resolveType(a, scope));
      if (args.some((a) => a.kind === "error")) return ERROR;
      if (parts.length === 1 && (parts[0] === "list" || parts[0] === "optional")) {
        if (args.length !== 1) {
          bag.error("GL0302", t.span, { message: `\`${parts[0]}\` takes one type argument`, label: `${args.length} given`, help: `write ${parts[0]}<text>` });
          return ERROR;
        }
        return { kind: parts[0], of: args[0] as ValueType };
      }
      if (parts.length === 1 && PRIMITIVES.has(parts[0])) return PRIMITIVES.get(parts[0])!;
      let found: { value: A.TypeDecl; scope: ModuleScope } | undefined;
      if (parts.length === 1) found = lookupWithImports(scope, (s) => s.types, parts[0]);
      else if (parts.length === 2) {
        const mod = scope.imports.get(parts[0]);
        const decl = mod?.types.get(parts[1]);
        if (mod && decl) found = { value: decl, scope: mod };
      }
      if (!found) {
        const near = closestMany(parts.join("."), [...PRIMITIVES.keys(), "list", "optional", ...visibleNames(scope, (s) => s.types)]);
        bag.error("GL0204", t.name.span, {
          message: `unknown type \`${parts.join(".")}\``,
          label: "not a type",
          help: near.length ? `did you mean ${orList(near)}?` : "declare it with `type Name { field: type }` or import the module that has it",
        });
        return ERROR;
      }
      return resolveDecl(found.value, found.scope);
    }
  }
}

export function resolveDecl(decl: A.TypeDecl, scope: ModuleScope): Ty {
  let resolved = resolvedIn.get(scope);
  if (!resolved) resolvedIn.set(scope, (resolved = new Map()));
  const done = resolved.get(decl);
  if (done) return done;
  if (resolving.has(decl)) {
    scope.module.bag.error("GL0215", decl.name.span, { message: `type \`${decl.name.name}\` contains itself`, label: "recursive type", help: "records cannot nest themselves; use json for open-ended data" });
    return ERROR;
  }
  resolving.add(decl);
  try {
    const t = resolveType(decl.type, scope, decl.name.name);
    resolved.set(decl, t);
    return t;
  } finally {
    resolving.delete(decl);
  }
}
