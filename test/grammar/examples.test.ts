// Every recipe and standard module in the tree parses with no syntax diagnostic: the examples users
// copy, stdlib/std/*.golong (what `import std.golongrl` reads) and DESIGN.md's sketches.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse, summarize } from "./parse-helpers.js";

const files = ["examples", "stdlib/std", "test/fuzz/seeds"].flatMap((dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".golong")).map((f) => `${dir}/${f}`) : []);

test("there are examples, modules and seeds to parse", () => {
  expect(files.filter((f) => f.startsWith("test/fuzz/seeds/")).length).toBe(2);
});

test.each(files)("%s parses clean", (path) => {
  const p = parse(readFileSync(path, "utf8"), path);
  expect(summarize(p)).toEqual([]);
  expect(p.recipe.items.length).toBeGreaterThan(0);
});
