#!/usr/bin/env node
// Copies the reference implementation's golden cases from ../shared/golden into test/data/golden,
// so a fresh clone runs its parity tests without ../shared. Never edit the copies by hand: refresh
// them with `npm run golden:refresh` when the shared set changes.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const from = process.argv[2] ?? new URL("../../shared/golden", import.meta.url).pathname;
const to = new URL("../test/data/golden", import.meta.url).pathname;
if (!existsSync(from)) {
  console.error(`refresh-golden: ${from} does not exist (pass the golden folder as the first argument)`);
  process.exit(2);
}
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (!/\.(jsonl|md)$/.test(name)) continue;
  copyFileSync(join(from, name), join(to, name));
  console.log(`copied ${name}`);
}
