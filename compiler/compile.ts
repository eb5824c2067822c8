// compiler/compile.ts — the whole pipeline, top to bottom: parse the recipe and its imports, apply
// `--set` overrides, resolve names, check every declaration and block, then lower to the IR. The
// graph is returned only when there is no error; diagnostics are always returned, sorted.
import { parseRecipe } from "../grammar/index.js";
import { DiagnosticBag, createSourceFile, type Diagnostic, type SourceFile } from "../diagnostics/index.js";
import type { Graph } from "./ir.js";
import type { Host } from "./host.js";
import { loadModules } from "./modules/load-modules.js";
import { collectScopes } from "./names/scope.js";
import { applyOverrides } from "./overrides.js";
import { checkModules } from "./names/module-rules.js";
import type { FieldContext } from "./checks/block-fields.js";
import { checkGates, checkModel, checkSources, checkTasks } from "./checks/declarations.js";
import { checkEvalSource, checkTopBlocks, checkUnusedSources } from "./checks/top-blocks.js";
import { checkCrossFields } from "./checks/cross-field.js";
import { checkVerlBlock } from "./checks/verl-block.js";
import { lowerGraph } from "./lower/lower-graph.js";

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

  checkModules(program);

  const sourcesDecl = [...main.sources.keys()];
  const ctx: FieldContext = { host, bag, bagOf, sourceNames: sourcesDecl };
  const model = checkModel(main, ctx);
  const sources = checkSources(main, ctx);
  const blocks = checkTopBlocks(main.blocks, ctx);
  const verl = checkVerlBlock(main.blocks.get("verl"), host, bag, bagOf);
  const tasks = checkTasks(program, sources);
  const gates = checkGates(program);
  checkEvalSource(blocks.get("eval")!, sources, tasks);
  checkUnusedSources(blocks.get("eval")!, sources, tasks, bag);
  const anchor = applied.ast.name?.span ?? { start: 0, end: Math.min(file.text.length, 1) };
  const settings = { blocks, model, bag, anchor };
  checkCrossFields(settings, tasks);

  let graph: Graph | undefined;
  if (!bag.hasErrors() && model) {
    graph = lowerGraph({ recipe: applied.ast.name?.name ?? loaded.main.name, file, model, sources, tasks, gates, settings, verl });
  }
  return { graph, diagnostics: unique(bag.sorted()), files: bag.files };
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
