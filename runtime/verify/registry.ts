// runtime/verify/registry.ts — finds the standard-library functions a reward calls. The registry
// is a module (the stdlib's index by default; a test may name its own) exporting `functions` (a
// Map, a record or a list of StdFunction) or `lookupFunction(name)`.
import type { StdFunction } from "../../stdlib/types.js";
import type { FunctionLookup } from "./evaluate.js";

export function lookupFromModule(mod: Record<string, unknown>, where: string): FunctionLookup {
  if (typeof mod.lookupFunction === "function") return mod.lookupFunction as FunctionLookup;
  const fns = mod.functions ?? (mod.default as Record<string, unknown> | undefined)?.functions;
  if (fns instanceof Map) return (name) => fns.get(name) as StdFunction | undefined;
  if (Array.isArray(fns)) {
    const byName = new Map((fns as StdFunction[]).map((f) => [f.name, f]));
    return (name) => byName.get(name);
  }
  if (fns && typeof fns === "object") {
    const table = fns as Record<string, StdFunction>;
    return (name) => (Object.hasOwn(table, name) ? table[name] : undefined);
  }
  throw new Error(`${where} exports neither \`functions\` nor \`lookupFunction\``);
}

/** The default registry: the stdlib's index, next to this file's folder in dist/ or the sources. */
export const DEFAULT_REGISTRY = new URL("../../stdlib/index.js", import.meta.url).href;

export async function loadRegistry(moduleUrl: string = DEFAULT_REGISTRY): Promise<FunctionLookup> {
  const mod = (await import(moduleUrl)) as Record<string, unknown>;
  return lookupFromModule(mod, moduleUrl);
}
