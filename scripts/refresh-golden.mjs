#!/usr/bin/env node
// Copies what the tests need from ../shared into test/data/, so a fresh clone runs its parity tests
// without ../shared: the reference implementation's golden cases (test/data/golden/) and the
// published launches and verl configs (test/data/reference/). Never edit the copies by hand: run
// `npm run golden:refresh [SHARED_DIR]` when the shared set changes. (compiler/verl's key table is
// derived from the same verl configs by `npm run verl:keys`.)
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const shared = process.argv[2] ?? new URL("../../shared", import.meta.url).pathname;
const data = new URL("../test/data/", import.meta.url).pathname;
if (!existsSync(shared)) {
  console.error(`refresh-golden: ${shared} does not exist (pass the shared folder as the first argument)`);
  process.exit(2);
}
const copies = [
  { from: "golden", to: "golden", keep: /\.(jsonl|md)$/ },
  { from: "reference/golongrl", to: "reference", keep: /\.overrides\.txt$/ },
  { from: "reference/verl", to: "reference/verl", keep: /\.yaml$/ },
];
for (const { from, to, keep } of copies) {
  const src = join(shared, from);
  const dst = join(data, to);
  mkdirSync(dst, { recursive: true });
  for (const name of readdirSync(src).filter((n) => keep.test(n)).sort()) {
    copyFileSync(join(src, name), join(dst, name));
    console.log(`copied ${from}/${name} -> test/data/${to}/${name}`);
  }
}
