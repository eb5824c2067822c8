// compiler/modules/load-modules.ts — reads a recipe and, through the Host, every module it imports
// (`import std.golongrl`, `import "./tasks.golong"`), parsing each once; reports missing modules and
// import cycles. The result lists modules dependencies first.
import { posix } from "node:path";
import { parseRecipe, type ImportDecl, type Recipe } from "../../grammar/index.js";
import { createSourceFile, type DiagnosticBag, type SourceFile } from "../../diagnostics/index.js";
import type { Host } from "../host.js";

export interface Module {
  /** Where it was read from (the key modules are known by). */
  readonly path: string;
  /** How other files refer to it: `golongrl` for std.golongrl, `tasks` for "./tasks.golong". */
  readonly name: string;
  readonly file: SourceFile;
  readonly ast: Recipe;
  readonly bag: DiagnosticBag;
  /** Resolved imports: the name it is known by here, and the module's path. */
  readonly imports: readonly { readonly name: string; readonly path: string; readonly decl: ImportDecl }[];
  readonly isMain: boolean;
}

export interface Loaded {
  readonly main: Module;
  /** Every module read, dependencies before their importers. */
  readonly modules: readonly Module[];
  readonly byPath: ReadonlyMap<string, Module>;
}

const moduleName = (path: string) => posix.basename(path).replace(/\.golong$/, "");

// Imported modules (the std ones above all) are parsed once per process: an AST is plain immutable
// data, so a file whose text is unchanged and that parsed without a diagnostic is reused.
const parsedImports = new Map<string, { text: string; ast: Recipe }>();
const PARSE_CACHE_SIZE = 64;

function parseImport(f: SourceFile, bag: DiagnosticBag): Recipe {
  const hit = parsedImports.get(f.path);
  if (hit && hit.text === f.text) return { ...hit.ast, path: f.path };
  const before = bag.all().length;
  const ast = parseRecipe(f, bag);
  if (bag.all().length === before) {
    if (parsedImports.size >= PARSE_CACHE_SIZE) parsedImports.delete(parsedImports.keys().next().value!);
    parsedImports.set(f.path, { text: f.text, ast });
  }
  return ast;
}

export function loadModules(file: SourceFile, host: Host, bag: DiagnosticBag, parsedMain?: Recipe): Loaded {
  const byPath = new Map<string, Module>();
  const order: Module[] = [];
  const visiting: string[] = [];

  function visit(f: SourceFile, fileBag: DiagnosticBag, isMain: boolean, ast?: Recipe): Module {
    const parsed = ast ?? (isMain ? parseRecipe(f, fileBag) : parseImport(f, fileBag));
    const imports: { name: string; path: string; decl: ImportDecl }[] = [];
    const module: Module = { path: f.path, name: moduleName(f.path), file: f, ast: parsed, bag: fileBag, imports, isMain };
    byPath.set(f.path, module);
    visiting.push(f.path);
    for (const decl of parsed.items) {
      if (decl.kind !== "import") continue;
      const resolved = resolveImport(decl, f, host, fileBag);
      if (!resolved) continue;
      if (visiting.includes(resolved.path)) {
        const cycle = [...visiting.slice(visiting.indexOf(resolved.path)), resolved.path].map((p) => moduleName(p));
        fileBag.error("GL0208", decl.target.span, {
          label: `${cycle.join(" -> ")}`,
          help: "move what both files need into a third file that imports neither",
        });
        continue;
      }
      let dep = byPath.get(resolved.path);
      if (!dep) {
        const text = host.readText(resolved.path);
        if (text === undefined) {
          fileBag.error("GL0207", decl.target.span, { message: `cannot read the imported file ${resolved.path}`, label: "imported here", help: "check the path: it is relative to the importing file" });
          continue;
        }
        const depFile = createSourceFile(resolved.path, text);
        dep = visit(depFile, bag.forFile(depFile), false);
      }
      if (imports.some((i) => i.name === resolved.name)) {
        fileBag.error("GL0202", decl.span, { message: `\`${resolved.name}\` is imported twice`, label: "imported again here", help: "remove one of the imports" });
        continue;
      }
      imports.push({ name: resolved.name, path: dep.path, decl });
    }
    visiting.pop();
    order.push(module);
    return module;
  }

  const main = visit(file, bag, true, parsedMain);
  return { main, modules: order, byPath };
}

function resolveImport(decl: ImportDecl, from: SourceFile, host: Host, bag: DiagnosticBag): { name: string; path: string } | undefined {
  const t = decl.target;
  if (t.kind === "file") {
    const path = posix.normalize(posix.join(posix.dirname(from.path), t.path));
    return { name: moduleName(path), path };
  }
  const parts = t.name.parts.map((p) => p.name);
  if (parts[0] !== "std" || parts.length !== 2) {
    bag.error("GL0207", t.span, {
      message: `unknown module \`${parts.join(".")}\``,
      label: "not a module",
      help: "standard modules are std.golongrl and std.synthetic; import a file with import \"./file.golong\"",
    });
    return undefined;
  }
  const path = host.resolveStd(parts[1]);
  if (path === undefined) {
    bag.error("GL0207", t.span, {
      message: `unknown module \`${parts.join(".")}\``,
      label: "no such standard module",
      help: "standard modules are std.golongrl and std.synthetic",
    });
    return undefined;
  }
  return { name: parts[1], path };
}
