#!/usr/bin/env node
// Runs every benchmark in bench/ one after another (each prints its own figures). Builds first so
// the benchmarks measure the current sources. `npm run bench` calls this; `npm run bench -- NAME`
// runs only the benchmarks whose file name contains NAME.
import { readdirSync } from "node:fs";
import { execa } from "execa";

const here = new URL(".", import.meta.url).pathname;
const filter = process.argv[2] ?? "";
await execa("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: new URL("..", import.meta.url).pathname, stdio: "inherit" });
const files = readdirSync(here).filter((f) => f.endsWith(".mjs") && f !== "run-all.mjs" && f.includes(filter)).sort();
let failed = 0;
for (const f of files) {
  process.stdout.write(`\n== bench/${f}\n`);
  const r = await execa("node", [here + f], { stdio: "inherit", reject: false });
  if (r.exitCode !== 0) { failed++; process.stdout.write(`bench/${f} exited ${r.exitCode}\n`); }
}
process.exitCode = failed ? 1 : 0;
