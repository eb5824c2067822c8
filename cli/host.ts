// cli/host.ts — the compiler's Host backed by the file system and the process environment: the one
// place recipes, imports and env() values are read from (the compiler itself touches neither).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Host } from "../compiler/index.js";
import type { Io } from "./io.js";

/** stdlib/std/ from the source tree (cli/host.ts) or the build (dist/cli/host.js). */
function stdDir(): string | undefined {
  for (const rel of ["../stdlib/std/", "../../stdlib/std/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}golongrl.golong`)) return dir;
  }
  return undefined;
}

// The standard modules ship with golongc and do not change while it runs: read each once.
const stdTexts = new Map<string, string>();

export function fsHost(io: Pick<Io, "env">): Host {
  const std = stdDir();
  return {
    readText(path) {
      if (std && path.startsWith(std)) {
        const cached = stdTexts.get(path);
        if (cached !== undefined) return cached;
      }
      try {
        const text = readFileSync(path, "utf8");
        if (std && path.startsWith(std)) stdTexts.set(path, text);
        return text;
      } catch {
        return undefined;
      }
    },
    env: (name) => io.env(name),
    resolveStd(module) {
      if (!std || !/^[a-z_][a-z0-9_]*$/.test(module)) return undefined;
      const p = `${std}${module}.golong`;
      return stdTexts.has(p) || existsSync(p) ? p : undefined;
    },
  };
}
