#!/usr/bin/env node
// golongc's entry point: loads the compiled CLI from dist/ (built by `npm ci` through `prepare`).
import { existsSync } from "node:fs";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("golongc: the compiled CLI is missing (dist/cli/main.js); run `npm ci` or `npm run build` in the project root\n");
  process.exit(70);
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
