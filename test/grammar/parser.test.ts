// The chevrotain grammar itself: the shared instance skips chevrotain's validations for a faster cold
// start, so this test runs them (ambiguous alternatives, left recursion, unreachable rules).
import { expect, test } from "vitest";
import { GolongParser, golongParser } from "../../grammar/parser.js";

test("the grammar passes chevrotain's validations", () => {
  expect(() => new GolongParser(true)).not.toThrow();
});

test("one parser instance is shared", () => {
  expect(golongParser()).toBe(golongParser());
});
