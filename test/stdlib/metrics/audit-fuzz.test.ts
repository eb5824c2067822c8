// test/stdlib/metrics/audit-fuzz.test.ts — random field shapes for every metric, extractor and data
// source: each line is answered (a value or an error line), never an internal error (exit 70).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.js";
import { goldenExtractors, goldenMetrics } from "../../../stdlib/index.js";
import { fakeIo } from "../../helpers/fake-io.js";

const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.constantFrom("</think>", "<think>", "[Answer]\na", "T1.1 Global Cohesive Retrieval", "Chinese", "math_verify", "model_judge",
    '{"data": [[1]]}', "<answer>{\"data\": 1}</answer>", "\\boxed{", "<relevant_doc_ids><|doc_1|>"));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("doc_ids", "summary", "golden_label", "data", "reward_mode", "ground_truth", "x"), tie("v"), { maxKeys: 4 })),
})).v;
const FIELDS = ["answers", "prediction", "is_zh", "model_output", "ground_truth", "sub_task", "language", "solution_str", "answer",
  "text", "response", "string", "data_source", "extra_info"];
const record = (kindField: string, kinds: string[]) =>
  fc.record({ kind: fc.constantFrom(...kinds), fields: fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 }) })
    .map(({ kind, fields }) => ({ id: "x", [kindField]: kind, ...fields }));

async function answersEveryLine(argv: string[], rows: Record<string, unknown>[]) {
  const io = fakeIo(rows.map((r) => JSON.stringify(r)).join("\n"));
  const code = await runCli(argv, io);
  expect([0, 1], io.err).toContain(code);
  expect(io.out.split("\n").filter(Boolean)).toHaveLength(rows.length);
}

describe("audit commands on random inputs", () => {
  it("score", async () => {
    await fc.assert(fc.asyncProperty(fc.array(record("metric", [...goldenMetrics.keys(), "nope"]), { minLength: 1, maxLength: 8 }),
      (rows) => answersEveryLine(["score"], rows)), { numRuns: 60 });
  }, 60_000);
  it("extract", async () => {
    await fc.assert(fc.asyncProperty(fc.array(record("extractor", [...goldenExtractors.keys()]), { minLength: 1, maxLength: 8 }),
      (rows) => answersEveryLine(["extract"], rows)), { numRuns: 60 });
  }, 60_000);
  it("reward", async () => {
    const sources = ["longbench_pro", "multitableqa_pretraining", "retrieval_calculate", "selection", "EM", "model_verify", "x_model_judge", "other"];
    await fc.assert(fc.asyncProperty(fc.array(record("data_source", sources), { minLength: 1, maxLength: 8 }),
      (rows) => answersEveryLine(["reward", "--preset", "golongrl"], rows)), { numRuns: 100 });
  }, 60_000);
});
