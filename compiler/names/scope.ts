// compiler/names/scope.ts — the declarations of each module by kind, duplicates reported once
// (GL0202), and lookups across imports: a module's own names first, then its imports' (a name two
// imports both declare must be qualified: `golongrl.GoLongRecord`).
import type { BlockDecl, Field, GateDecl, ModelDecl, SourceDecl, TaskDecl, TasksDecl, TypeDecl, Ident, Span } from "../../grammar/index.js";
import type { DiagnosticBag } from "../../diagnostics/index.js";
import type { Loaded, Module } from "../modules/load-modules.js";

export interface ModuleScope {
  readonly module: Module;
  readonly types: Map<string, TypeDecl>;
  readonly sources: Map<string, SourceDecl>;
  readonly tasks: Map<string, TaskDecl>;
  readonly taskSets: TasksDecl[];
  /** `gate NAME { when: ... }` definitions. */
  readonly gateDefs: Map<string, GateDecl>;
  /** Every `gate ...` line, in order (the main module's are the recipe's gates). */
  readonly gateUses: GateDecl[];
  readonly lets: Map<string, Field>;
  readonly blocks: Map<string, BlockDecl>;
  model?: ModelDecl;
  /** Imported modules by the name they are known by here. */
  readonly imports: Map<string, ModuleScope>;
}

export interface Program {
  readonly main: ModuleScope;
  readonly scopes: ReadonlyMap<string, ModuleScope>;
}

export function collectScopes(loaded: Loaded): Program {
  const scopes = new Map<string, ModuleScope>();
  for (const m of loaded.modules) scopes.set(m.path, collect(m));
  for (const m of loaded.modules) {
    const s = scopes.get(m.path)!;
    for (const i of m.imports) s.imports.set(i.name, scopes.get(i.path)!);
  }
  return { main: scopes.get(loaded.main.path)!, scopes };
}

function collect(module: Module): ModuleScope {
  const s: ModuleScope = {
    module, types: new Map(), sources: new Map(), tasks: new Map(), taskSets: [], gateDefs: new Map(),
    gateUses: [], lets: new Map(), blocks: new Map(), imports: new Map(),
  };
  const bag = module.bag;
  const seen = new Map<string, { what: string; span: Span }>();
  const define = (name: Ident, what: string): boolean => {
    const prev = seen.get(name.name);
    if (prev) {
      duplicate(bag, name.name, name.span, prev.span, what, prev.what);
      return false;
    }
    seen.set(name.name, { what, span: name.span });
    return true;
  };
  for (const d of module.ast.items) {
    switch (d.kind) {
      case "recipe_name": case "import": break;
      case "model":
        if (s.model) duplicate(bag, "model", d.span, s.model.span, "model", "model");
        else if (define(d.name, "model")) s.model = d;
        break;
      case "source": if (define(d.name, "source")) s.sources.set(d.name.name, d); break;
      case "type": if (define(d.name, "type")) s.types.set(d.name.name, d); break;
      case "task": if (define(d.name, "task")) s.tasks.set(d.name.name, d); break;
      case "tasks": s.taskSets.push(d); break;
      case "gate":
        if (d.body && d.name.parts.length === 1) {
          if (define(d.name.parts[0], "gate")) s.gateDefs.set(d.name.parts[0].name, d);
        }
        s.gateUses.push(d);
        break;
      case "block": {
        const kw = d.keyword.name;
        if (kw === "let") {
          for (const m of d.body.members) {
            if (m.kind !== "field") {
              bag.error("GL0209", m.keyword.span, { message: "a `let` block holds only `name: value` fields", label: "a block is not allowed here", help: "write `name: value`" });
              continue;
            }
            if (m.key.parts.length !== 1) {
              bag.error("GL0210", m.key.span, { message: `\`${m.key.text}\` is not a name`, label: "a `let` name has no dots", help: "use a plain name such as `ndcg_tasks`" });
              continue;
            }
            if (define({ kind: "ident", span: m.key.span, name: m.key.text }, "value")) s.lets.set(m.key.text, m);
          }
          break;
        }
        const prev = s.blocks.get(kw);
        if (prev) duplicate(bag, kw, d.keyword.span, prev.keyword.span, `${kw} block`, `${kw} block`);
        else s.blocks.set(kw, d);
        break;
      }
      default: break;
    }
  }
  return s;
}

function duplicate(bag: DiagnosticBag, name: string, span: Span, firstSpan: Span, what: string, firstWhat: string): void {
  bag.error("GL0202", span, {
    message: `\`${name}\` is defined more than once`,
    label: `${what} \`${name}\` defined again here`,
    related: [{ span: firstSpan, label: `first defined here as a ${firstWhat}` }],
    help: `rename one of them or remove the duplicate`,
  });
}

/** A name looked up in a module and, failing that, in its imports (unqualified). */
export function lookupWithImports<T>(scope: ModuleScope, pick: (s: ModuleScope) => Map<string, T>, name: string): { value: T; scope: ModuleScope } | undefined {
  const own = pick(scope).get(name);
  if (own !== undefined) return { value: own, scope };
  for (const imported of scope.imports.values()) {
    const v = pick(imported).get(name);
    if (v !== undefined) return { value: v, scope: imported };
  }
  return undefined;
}

/** Every name of a kind visible from a scope (for "did you mean"). */
export function visibleNames<T>(scope: ModuleScope, pick: (s: ModuleScope) => Map<string, T>): string[] {
  const names = [...pick(scope).keys()];
  for (const [alias, imported] of scope.imports) for (const k of pick(imported).keys()) names.push(k, `${alias}.${k}`);
  return names;
}
