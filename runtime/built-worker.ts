// runtime/built-worker.ts — finds a worker thread's compiled module: beside the calling module when
// that runs from dist/, else in the golong package's dist/ (when the caller runs from source, as
// under the tests). Worker threads load JavaScript, so the source tree alone cannot serve one.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export type BuiltWorker =
  | { found: true; file: string }
  /** `expected`: where the built file should be, when the package was found. */
  | { found: false; expected?: string };

/** `callerUrl`: the caller's `import.meta.url`; `rel`: the worker's path inside dist/, e.g.
 *  `runtime/verify/worker.js` (its file name is also looked for beside the caller). */
export function findBuiltWorker(callerUrl: string, rel: string): BuiltWorker {
  const here = dirname(fileURLToPath(callerUrl));
  const beside = join(here, rel.split("/").at(-1)!);
  if (existsSync(beside)) return { found: true, file: beside };
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "golong") {
      const built = join(dir, "dist", ...rel.split("/"));
      return existsSync(built) ? { found: true, file: built } : { found: false, expected: built };
    }
  }
  return { found: false };
}
