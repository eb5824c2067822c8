// An independent solver for each capability, written from the task descriptions in docs/synthetic.md:
// it reads only the prompt text, and its answer must score 1. This checks that every record is
// answerable from its context alone and that the question and context agree.
import { describe, expect, test } from "vitest";
import { CAPABILITY_NAMES, generateSynthetic, scoreSynthetic, type SyntheticRecord } from "../../../stdlib/synthetic/index.js";

function solve(r: SyntheticRecord): string {
  const text = r.prompt[0].content;
  const lines = text.split("\n");
  const q = lines.pop()!;
  const arg = (re: RegExp) => re.exec(q)![1];
  const all = (re: RegExp) => lines.map((l) => re.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  switch (r.capability) {
    case "precise_retrieval": {
      const key = arg(/value of (\w+)\?/);
      return all(/^(\w+)=(\d+)$/).find((m) => m[1] === key)![2];
    }
    case "comprehension": {
      const [, object, owner] = /color of the (\w+) of (\w+)\?/.exec(q)!;
      const color = all(/^(\w+) has a (\w+) (\w+)\.$/).find((m) => m[1] === owner && m[3] === object)![2];
      return `answer is ${new RegExp(`([A-D])\\) ${color}\\b`).exec(q)![1]}`;
    }
    case "exhaustive_retrieval": {
      const [, color, object] = /with a (\w+) (\w+),/.exec(q)!;
      return all(/^(\w+): (\w+) (\w+)$/).filter((m) => m[2] === color && m[3] === object).map((m) => m[1]).join("\n");
    }
    case "numerical_reasoning": {
      const name = arg(/(\w+)\?$/);
      const mine = all(/^(\w+) \+(\d)$/).filter((m) => m[1] === name);
      return String(q.startsWith("Q: sum") ? mine.reduce((s, m) => s + Number(m[2]), 0) : mine.length);
    }
    case "structured_extraction": {
      const city = arg(/people in (\w+)$/);
      return JSON.stringify({ data: all(/^(\w+) is (\d+) and lives in (\w+)\.$/).filter((m) => m[3] === city).map((m) => [m[1], Number(m[2])]) });
    }
    case "structured_matching": {
      const code = new Map(all(/^(\w+) -> (\w+)$/).map((m) => [m[1], m[2]]));
      const color = new Map(all(/^(\w+) is (\w+)$/).map((m) => [m[1], m[2]]));
      return arg(/color for (.*), one per line/).split(", ").map((n) => color.get(code.get(n)!)!).join("\n");
    }
    case "ranking": {
      const k = Number(arg(/top (\d+) names/));
      return all(/^(\w+) scored (\d+)$/).sort((a, b) => Number(b[2]) - Number(a[2])).slice(0, k).map((m) => m[1]).join("\n");
    }
    case "ordering": {
      const day = new Map(all(/^day (\d+): (\w+) /).map((m) => [m[2], Number(m[1])]));
      return arg(/order (.*) by day/).split(", ").sort((a, b) => day.get(a)! - day.get(b)!).join("\n");
    }
    case "summarization": {
      const name = arg(/about (\w+)\.$/);
      return lines.filter((l) => l.startsWith(`${name} `)).join(" ");
    }
    default: throw new Error(r.capability);
  }
}

describe("synthetic records are answerable from their context", () => {
  test.each(["easy", "medium", "hard"] as const)("%s: an independent solver scores 1 on every capability", (difficulty) => {
    for (const contextTokens of [250, 700, 2000]) {
      const records = [...generateSynthetic({ capabilities: "all", contextTokens, count: 90, seed: contextTokens, difficulty })];
      expect(new Set(records.map((r) => r.capability)).size).toBe(CAPABILITY_NAMES.length);
      for (const r of records) expect(scoreSynthetic(r, solve(r)), `${r.capability} #${r.extra_info.index}`).toBeCloseTo(1, 12);
    }
  });

  test("the second list of a matching task colours exactly the codes of the first", () => {
    for (const r of generateSynthetic({ capabilities: ["structured_matching"], contextTokens: 600, count: 30, seed: 4, difficulty: "hard" })) {
      const lines = r.prompt[0].content.split("\n");
      const left = lines.map((l) => / -> (\w+)$/.exec(l)?.[1]).filter(Boolean).sort();
      const right = lines.map((l) => /^(\w+) is \w+$/.exec(l)?.[1]).filter(Boolean).sort();
      expect(right).toEqual(left);
    }
  });
});
