// compiler/host.ts — everything the compiler needs from the outside world, passed in (STYLE.md §8):
// the CLI gives one backed by the file system and the environment, tests give fakes.

export interface Host {
  /** The file's text, or undefined when it cannot be read. Paths are as the recipe resolves them. */
  readText(path: string): string | undefined;
  /** An environment variable, read at compile time by `env("X")`. */
  env(name: string): string | undefined;
  /** The path of a standard module (`std.golongrl` -> ".../stdlib/std/golongrl.golong"), or undefined. */
  resolveStd(module: string): string | undefined;
}

/** A host over in-memory files and variables (tests, the language server). */
export function memoryHost(files: Record<string, string>, env: Record<string, string> = {}, std: Record<string, string> = {}): Host {
  return {
    readText: (p) => (Object.prototype.hasOwnProperty.call(files, p) ? files[p] : undefined),
    env: (n) => (Object.prototype.hasOwnProperty.call(env, n) ? env[n] : undefined),
    resolveStd: (m) => (Object.prototype.hasOwnProperty.call(std, m) ? std[m] : undefined),
  };
}
