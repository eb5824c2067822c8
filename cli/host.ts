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

export function fsHost(io: Pick<Io, "env">): Host {
  const std = stdDir();
  return {
    readText(path) {
      try {
        return readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
    },
    env: (name) => io.env(name),
    resolveStd(module) {
      if (!std || !/^[a-z_][a-z0-9_]*$/.test(module)) return undefined;
      const p = `${std}${module}.golong`;
      return existsSync(p) ? p : undefined;
    },
  };
}
