// compiler/compile.ts — the whole pipeline, top to bottom: parse the recipe and its imports, apply
// `--set` overrides, resolve names, check every declaration and block, then lower to the IR. The
// graph is returned only when there is no error; diagnostics are always returned, sorted.
import { parseRecipe } from "../grammar/index.js";
import { DiagnosticBag, type Diagnostic } from "./diagnostics/index.js";
import type { Graph } from "./ir.js";
import type { Host } from "./host.js";
import { loadModules } from "./modules/load-modules.js";
import { collectScopes } from "./names/scope.js";
import { applyOverrides } from "./overrides.js";
import { findBlock, TOP_BLOCKS } from "./schema/blocks.js";
import { createSourceFile, type SourceFile } from "./source.js";
import { resolveDecl } from "./types/type-exprs.js";
import { typeRecordExpr } from "./types/record-exprs.js";
import { checkBlock, type BlockValues, type FieldContext } from "./checks/block-fields.js";
import { checkGates, checkModel, checkSources, checkTasks, type CheckedSource, type CheckedTask } from "./checks/declarations.js";
import { isAssignable, show } from "./types/value-types.js";
import { checkCrossFields } from "./checks/cross-field.js";
import { checkVerlBlock } from "./checks/verl-block.js";
import { lowerGraph } from "./lower/lower-graph.js";
import { closestMany, orList } from "./diagnostics/index.js";

export interface Compiled {
  /** Present only when the recipe has no error. */
  readonly graph?: Graph;
  /** Sorted by file, then position. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every file a diagnostic may point into (the recipe, its imports, `<--set>`): what the renderer needs. */
  readonly files: ReadonlyMap<string, SourceFile>;
}

export function compile(file: SourceFile, host: Host, overrides: readonly string[] = []): Compiled {
  const bag = new DiagnosticBag(file);
  const parsed = parseRecipe(file, bag);
  const applied = applyOverrides(parsed, overrides, bag);
  const bagOf = (n: object) => applied.origin.get(n);
  const loaded = loadModules(file, host, bag, applied.ast);
  const program = collectScopes(loaded);
  const main = program.main;

  // Every type and `let` of every module is checked once, used or not.
  for (const scope of program.scopes.values()) {
    for (const t of scope.types.values()) resolveDecl(t, scope);
    for (const l of scope.lets.values()) if (isConstantLet(l.value)) typeRecordExpr(l.value, scope, {});
    if (scope !== main) {
      const onlyInRecipe = (span: { start: number; end: number }, what: string) =>
        scope.module.bag.error("GL0209", span, { message: `an imported module cannot hold ${what}`, label: "only in the recipe", help: "modules declare types, let values, tasks and gates" });
      for (const b of scope.blocks.values()) onlyInRecipe(b.keyword.span, `a \`${b.keyword.name}\` block`);
      if (scope.model) onlyInRecipe(scope.model.name.span, "a model");
      for (const src of scope.sources.values()) onlyInRecipe(src.name.span, "a source");
      for (const t of scope.taskSets) onlyInRecipe(t.preset.span, "a `tasks` line");
      for (const g of scope.gateUses) if (!g.body) onlyInRecipe(g.name.span, "a gate without a definition");
    }
  }

  const sourcesDecl = [...main.sources.keys()];
  const ctx: FieldContext = { host, bag, bagOf, sourceNames: sourcesDecl };
  const model = checkModel(main, ctx);
  const sources = checkSources(main, ctx);
  const blocks = new Map<string, BlockValues>();
  for (const [kw, decl] of main.blocks) {
    if (kw === "verl") continue;
    const spec = findBlock(kw);
    const b = bagOf(decl) ?? bag;
    if (!spec) {
      const near = closestMany(kw, [...TOP_BLOCKS.map((x) => x.keyword), "verl", "let", "model"]);
      b.error("GL0209", decl.keyword.span, {
        message: `unknown block \`${kw}\``,
        label: "not a block golong knows",
        help: near.length ? `did you mean ${orList(near)}?` : "docs/recipes.md lists the blocks",
      });
      continue;
    }
    const variant = decl.variant?.name;
    if (spec.variants.length === 0 && variant !== undefined) {
      b.error("GL0209", decl.variant!.span, { message: `\`${kw}\` takes no variant`, label: `\`${variant}\` not expected`, help: `write \`${kw} { ... }\`` });
    } else if (spec.variants.length > 0 && (variant === undefined ? spec.variantRequired : !spec.variants.includes(variant))) {
      const near = variant ? closestMany(variant, spec.variants) : [];
      b.error("GL0209", decl.variant?.span ?? decl.keyword.span, {
        message: variant ? `unknown ${kw} \`${variant}\`` : `\`${kw}\` needs a variant`,
        label: `expected ${orList(spec.variants)}`,
        help: near.length ? `did you mean ${orList(near)}?` : `write \`${kw} ${spec.variants[0]} { ... }\``,
      });
    }
    blocks.set(kw, checkBlock(decl, spec, ctx));
  }
  for (const spec of TOP_BLOCKS) if (!blocks.has(spec.keyword)) blocks.set(spec.keyword, checkBlock(undefined, spec, ctx));
  const verl = checkVerlBlock(main.blocks.get("verl"), host, bag, bagOf);
  const tasks = checkTasks(program, sources);
  const gates = checkGates(program);
  checkEvalSource(blocks.get("eval")!, sources, tasks);
  const anchor = applied.ast.name?.span ?? { start: 0, end: Math.min(file.text.length, 1) };
  const settings = { blocks, model, bag, anchor };
  checkCrossFields(settings, tasks);

  let graph: Graph | undefined;
  if (!bag.hasErrors() && model) {
    graph = lowerGraph({ recipe: applied.ast.name?.name ?? loaded.main.name, file, model, sources, tasks, gates, settings, verl });
  }
  return { graph, diagnostics: unique(bag.sorted()), files: bag.files };
}

/** Eval scores the held-out source with the training tasks: its records must have what they read. */
function checkEvalSource(evalB: BlockValues, sources: readonly CheckedSource[], tasks: readonly CheckedTask[]): void {
  const on = evalB.fields.get("on");
  if (!on) return;
  const held = sources.find((s) => s.name === on.value);
  if (!held || held.recordType.kind === "error") return;
  for (const trainName of new Set(tasks.map((t) => t.spec.source))) {
    const train = sources.find((s) => s.name === trainName);
    if (!train || train.recordType.kind === "error" || isAssignable(held.recordType, train.recordType)) continue;
    on.bag.error("GL0301", on.span, {
      message: `eval source \`${held.name}\` has records of another type than the tasks read`,
      label: `${show(held.recordType)} is not ${show(train.recordType)}`,
      help: `give \`${held.name}\` the record type of \`${train.name}\``,
    });
    return;
  }
}

/** A `let` value is checked where it is used: a mistake in one used by nine tasks is shown once. */
function unique(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.file}:${d.primary.span.start}:${d.primary.span.end}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads the recipe through the host; an unreadable file is one diagnostic-free failure the caller reports. */
export function compileFile(path: string, host: Host, overrides: readonly string[] = []): Compiled | { readonly error: string } {
  const text = host.readText(path);
  if (text === undefined) return { error: `cannot read ${path}` };
  return compile(createSourceFile(path, text), host, overrides);
}

/** Compiles recipe text (tests, the language server, the golden runner). */
export function checkRecipeText(path: string, text: string, host: Host, overrides: readonly string[] = []): Compiled {
  return compile(createSourceFile(path, text), host, overrides);
}

/** A let whose value reads no record (a list, a string) is checked where it is declared; one that
 *  reads a record (`truth: reward_model.ground_truth`) is checked where it is used. */
function isConstantLet(e: import("../grammar/index.js").Expr): boolean {
  return e.kind === "list" || e.kind === "string" || e.kind === "number" || e.kind === "bool";
}


