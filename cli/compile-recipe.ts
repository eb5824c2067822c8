// cli/compile-recipe.ts — compiling the one recipe a command works on (`graph`, `run`): its
// diagnostics go to stderr as text, and the command gets the graph or the exit status.
import { compileFile, type Graph } from "../compiler/index.js";
import { renderText } from "../diagnostics/index.js";
import { EXIT, type Io } from "./io.js";
import { fsHost } from "./host.js";

/** The recipe's graph; or, when it has errors, exit 1; when the file cannot be read, what
 *  `unreadable` prints and returns (each command words that its own way). */
export function compileRecipe(path: string, sets: readonly string[], io: Io, unreadable: (error: string) => number): Graph | number {
  const out = compileFile(path, fsHost(io), sets);
  if ("error" in out) return unreadable(out.error);
  if (out.diagnostics.length > 0) io.stderr(renderText(out.diagnostics, out.files, { colour: io.colour }));
  if (!out.graph || out.diagnostics.some((d) => d.severity === "error")) return EXIT.inputErrors;
  return out.graph;
}
