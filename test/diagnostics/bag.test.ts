// The diagnostic bag: errors and warnings accumulate, the catalog title is the default message, one
// bag serves several files, and sorted() orders by file then position.
import { expect, test } from "vitest";
import { DiagnosticBag, closest, closestMany, orList, createSourceFile, lineColOf } from "../../diagnostics/index.js";

test("errors and warnings accumulate; the message defaults to the catalog title", () => {
  const bag = new DiagnosticBag(createSourceFile("a.golong", "abc"));
  expect(bag.hasErrors()).toBe(false);
  bag.warning("GL0101", { start: 0, end: 1 });
  expect(bag.hasErrors()).toBe(false);
  const d = bag.error("GL0106", { start: 1, end: 2 }, { label: "x", help: "h", notes: [] });
  expect(d).toEqual({ code: "GL0106", severity: "error", message: "unknown unit", file: "a.golong", primary: { span: { start: 1, end: 2 }, label: "x" }, related: [], help: "h" });
  expect([bag.errorCount, bag.warningCount, bag.hasErrors()]).toEqual([1, 1, true]);
});

test("forFile shares one list; sorted() orders by file (as met), then offset, then code", () => {
  const a = createSourceFile("a.golong", "0123456789");
  const b = createSourceFile("b.golong", "0123456789");
  const bag = new DiagnosticBag(a);
  const inB = bag.forFile(b);
  inB.error("GL0107", { start: 1, end: 2 });
  bag.error("GL0108", { start: 5, end: 6 });
  bag.error("GL0107", { start: 5, end: 6 });
  bag.error("GL0101", { start: 2, end: 3 });
  expect(bag.sorted().map((d) => `${d.file}:${d.primary.span.start}:${d.code}`)).toEqual([
    "a.golong:2:GL0101", "a.golong:5:GL0107", "a.golong:5:GL0108", "b.golong:1:GL0107",
  ]);
  expect(inB.errorCount).toBe(4);
  expect([...bag.files.keys()]).toEqual(["a.golong", "b.golong"]);
  expect(bag.all().map((d) => d.code)).toEqual(["GL0107", "GL0108", "GL0107", "GL0101"]);
});

test("line and column: CR, LF and CRLF breaks; code points; offsets past the end are clamped", () => {
  const f = createSourceFile("c", "a\rb\r\nc\nd😀e");
  expect(f.lineStarts).toEqual([0, 2, 5, 7]);
  expect(lineColOf(f, 3)).toEqual({ line: 2, column: 2 });
  expect(lineColOf(f, 10)).toEqual({ line: 4, column: 3 });
  expect(lineColOf(f, 999)).toEqual({ line: 4, column: 4 });
  expect(lineColOf(f, NaN)).toEqual({ line: 1, column: 1 });
});

test("did you mean", () => {
  expect(closest("stpes", ["steps", "tokens", "epochs"])).toBe("steps");
  expect(closest("Tokens", ["tokens"])).toBe("tokens");
  expect(closest("zzzzzz", ["steps"])).toBeUndefined();
  expect(closestMany("rolout", ["rollout", "roll", "update"])).toEqual(["rollout"]);
  expect(closestMany("n_gpu", ["nodes", "gpu", "n_gpus"])).toEqual(["n_gpus", "gpu"]);
  expect(orList(["a", "b", "c"])).toBe("`a`, `b` or `c`");
});
