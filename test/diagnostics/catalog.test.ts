// The catalog of diagnostic codes: no duplicates, every code titled and explained, codes in their
// phase's range; buildCatalog itself rejects what it must.
import { describe, expect, test } from "vitest";
import { buildCatalog, catalog, defineCodes, lookupCode } from "../../diagnostics/index.js";

describe("the catalog", () => {
  test("has no problems (duplicates, missing titles or explanations, codes outside their phase)", () => {
    expect(catalog.problems).toEqual([]);
  });

  test("every code has a title and a one-paragraph explanation", () => {
    expect(catalog.codes.length).toBeGreaterThanOrEqual(12);
    for (const c of catalog.codes) {
      expect(c.code).toMatch(/^GL0[1-6]\d\d$/);
      expect(c.title.length).toBeGreaterThan(5);
      expect(c.explanation.length).toBeGreaterThan(80);
    }
  });

  test("looks codes up in any case", () => {
    expect(lookupCode("gl0101")?.title).toBe("unexpected character");
    expect(lookupCode("GL9999")).toBeUndefined();
  });
});

describe("buildCatalog", () => {
  const good = { title: "something is wrong", explanation: "A long enough explanation of what went wrong and how to fix it." };

  test("reports a code registered twice, across phases", () => {
    const c = buildCatalog([defineCodes("syntax", { GL0101: good }), defineCodes("names", { GL0101: good })]);
    expect(c.problems).toContain("GL0101: registered twice (syntax and names)");
    expect(c.problems).toContain("GL0101: registered in the names codes, which own GL02xx");
    expect(c.codes.length).toBe(1);
  });

  test("reports a code without explanation, a capitalised title and a malformed code", () => {
    const c = buildCatalog([
      defineCodes("names", { GL0201: { title: "x is unknown", explanation: "" } }),
      defineCodes("types", { GL0301: { title: "Bad type.", explanation: good.explanation } }),
      defineCodes("values", { GL44: good }),
    ]);
    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
  });
});
