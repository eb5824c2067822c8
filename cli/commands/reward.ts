// cli/commands/reward.ts — `golongc reward --preset golongrl`: the training reward of one response per
// JSON line ({"id", "data_source", "solution_str", "ground_truth", "extra_info"}) → {"id", "reward"}.
import { z } from "zod";
import { golongrlReward, pyJsonLoads, RewardError } from "../../stdlib/index.js";
import { parseFlags } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../io.js";
import { LineError, runJsonLines } from "../jsonl.js";
import { parseInput } from "./score.js";

const PRESETS = ["golongrl"];

const RewardLine = z.object({
  data_source: z.string(),
  solution_str: z.string(),
  ground_truth: z.unknown(),
  extra_info: z.unknown().optional(),
});

/** A gold given as a `golden_label` JSON string is parsed with Python's rules anyway. */
function hasGoldenLabel(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>).golden_label === "string";
}

/** The multitable IoU keys rows by Python's str(), where 7.0 is not 7: a gold object given inline is
 *  re-read with Python's number semantics from the raw line. */
function pythonGroundTruth(line: string, parsed: unknown): unknown {
  try {
    const v = pyJsonLoads(line) as unknown as { entries: Map<string, unknown> };
    return v.entries.get("ground_truth");
  } catch {
    return parsed; // nesting too deep for Python's parser: the JSON.parse value is scored instead
  }
}

export const command: Command = {
  name: "reward",
  summary: "compute training rewards with a preset (JSON lines)",
  help: `golongc reward: the training reward of each sample under a preset (JSON lines)

usage: golongc reward --preset golongrl [--input FILE]

Reads JSON lines {"id", "data_source", "solution_str", "ground_truth", "extra_info"} from FILE (or
standard input) and prints {"id", "reward"} per line: the GoLongRL reference's training reward (the
think gate, then the data source's metric). A line the reference cannot score (unknown data source,
a remote-judge reward mode) gets {"line", "id", "error"}; the exit code is then 1.

example:
  echo '{"id":"r1","data_source":"EM","solution_str":"<think>x</think> 42","ground_truth":{"golden_label":"42"},"extra_info":{}}' \\
    | golongc reward --preset golongrl
  {"id":"r1","reward":1}
`,
  async run(argv, io) {
    const flags = parseFlags(argv, { input: { type: "string" }, preset: { type: "string" } }, false);
    if (!flags.ok) {
      io.stderr(`golongc reward: ${flags.message}\n`);
      return EXIT.usage;
    }
    const preset = flags.values.preset;
    if (preset === undefined || !PRESETS.includes(preset)) {
      io.stderr(`golongc reward: --preset is required (one of: ${PRESETS.join(", ")})\n`);
      return EXIT.usage;
    }
    return runJsonLines(flags.values.input, io, (record, _lineNo, line) => {
      const r = parseInput(RewardLine, record, "reward");
      const gt = r.data_source === "multitableqa_pretraining" && !hasGoldenLabel(r.ground_truth)
        ? pythonGroundTruth(line, r.ground_truth)
        : r.ground_truth;
      try {
        return { id: record.id ?? null, reward: golongrlReward(r.data_source, r.solution_str, gt, r.extra_info ?? null) };
      } catch (e) {
        if (e instanceof RewardError) throw new LineError(e.message);
        throw e;
      }
    });
  },
};
