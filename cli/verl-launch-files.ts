// cli/verl-launch-files.ts — the text of the files `golongc emit --target verl` writes: overrides.txt
// (Hydra's text of each override), launch.sh (bash, each override its own quoted argument), CHANGES.md.
import { lookupVerlKey, RETIRED_VERL_KEYS, RETIRED_VERL_PREFIXES, VERL_ENTRY, type VerlOverride } from "../compiler/index.js";

const bare = (key: string) => key.replace(/^\+\+?/, "");

/** A number as Python (and so Hydra) writes it: floats keep `.0`, tiny ones go exponential (2e-6). */
function numberText(n: number, float: boolean): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "nan" : n > 0 ? "inf" : "-inf";
  if (n !== 0 && Math.abs(n) < 1e-4) return n.toExponential();
  const s = String(n);
  return float && Number.isInteger(n) && !/e/.test(s) ? `${s}.0` : s;
}

// Characters Hydra's override grammar reads as a plain (unquoted) string value.
const PLAIN = /^[A-Za-z0-9_\-./:${}+@%~*?]*$/;

function stringText(s: string): string {
  return PLAIN.test(s) ? s : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

function valueText(v: unknown, float: boolean): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return numberText(v, float);
  if (Array.isArray(v)) return `[${v.map((x) => valueText(x, false)).join(",")}]`;
  if (typeof v === "object") return `{${Object.entries(v).map(([k, x]) => `${k}:${valueText(x, false)}`).join(",")}}`;
  return stringText(String(v));
}

// Floats whose default in verl's yaml is written as an integer (`top_p: 1`), so the key table types them int.
const FLOATS_WITH_INT_DEFAULTS = new Set(["actor_rollout_ref.rollout.top_p"]);

/** One Hydra override, `key=value`, as the published GoLongRL overrides files write it. */
export function overrideLine(o: VerlOverride): string {
  const key = bare(o.key);
  const float = lookupVerlKey(key)?.type === "float" || FLOATS_WITH_INT_DEFAULTS.has(key);
  return `${o.key}=${valueText(o.value, float)}`;
}

/** overrides.txt: the entry point's arguments, then one override a line. */
export function overridesFile(overrides: readonly VerlOverride[]): string {
  return [...VERL_ENTRY, ...overrides.map(overrideLine)].join("\n") + "\n";
}

/** A word bash passes through unchanged: single-quoted unless it needs no quoting at all. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_\-./=:,+@%]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function launchScript(overrides: readonly VerlOverride[], recipe: string): string {
  const args = [...VERL_ENTRY, ...overrides.map(overrideLine)];
  return [
    "#!/usr/bin/env bash",
    `# verl launch written by \`golongc emit --target verl\` from ${recipe.replace(/\n/g, " ")}.`,
    "# Run it from verl's checkout; extra arguments are appended as further Hydra overrides.",
    "set -euo pipefail",
    "exec python3 \\",
    ...args.map((a) => `  ${shellQuote(a)} \\`),
    '  "$@"',
    "",
  ].join("\n");
}

/** CHANGES.md: each key of the published launches verl no longer reads, and what golong emitted. */
export function changesFile(overrides: readonly VerlOverride[], recipe: string): string {
  const lines = [
    "# Keys verl no longer reads",
    "",
    `The published GoLongRL launches pass keys the bundled verl no longer reads. This launch, emitted from`,
    `\`${recipe}\`, writes what verl reads today instead (docs/verl.md).`,
    "",
    "| published key | what verl reads today | emitted instead |",
    "|---|---|---|",
  ];
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  for (const r of RETIRED_VERL_KEYS) {
    const emitted = overrides.filter((o) =>
      (r.replacement !== undefined && bare(o.key) === r.replacement) ||
      (r.golongField !== undefined && o.from.split(/,\s*/).some((f) => f === r.golongField || r.golongField!.startsWith(f + ".") || f.startsWith(r.golongField + "."))));
    const instead = emitted.length > 0 ? emitted.map((o) => `\`${overrideLine(o)}\``).join("<br>") : "nothing";
    lines.push(`| \`${r.key}\` | ${cell(r.today)} | ${cell(instead)} |`);
  }
  for (const p of RETIRED_VERL_PREFIXES) {
    const emitted = overrides.filter((o) => bare(o.key).startsWith(p.replacement));
    const instead = emitted.length > 0 ? emitted.map((o) => `\`${overrideLine(o)}\``).join("<br>") : "nothing";
    lines.push(`| \`${p.prefix}*\` | \`${p.replacement}*\` (the subtree moved as a whole) | ${cell(instead)} |`);
  }
  return lines.join("\n") + "\n";
}
