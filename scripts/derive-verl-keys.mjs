#!/usr/bin/env node
// Derives compiler/verl/verl-keys.generated.json from verl's own config files (reference/verl/*.yaml):
// for each config name every dotted key with its default value's type, the dapo configs merged over
// the ppo configs they extend (their `defaults:` list). Run with `npm run verl:keys [CONFIG_DIR [OUT]]`.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

const VERL_COMMIT = "c34dba310edd0b89a408c0afe533e05ed392551a";
const from = process.argv[2] ?? new URL("../../shared/reference/verl", import.meta.url).pathname;
const out = process.argv[3] ?? new URL("../compiler/verl/verl-keys.generated.json", import.meta.url).pathname;

// ---- a YAML reader for the subset verl's generated configs use -----------------------------------
// Block mappings, block sequences of scalars, empty flow collections, quoted and plain scalars,
// comments. Anything else is reported with its line, so a new construct cannot slip by unread.

function stripComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === "'" || c === '"') quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

// YAML keeps `2.0` a float although JavaScript has one number type: the key's type must say so.
class Float { constructor(value) { this.value = value; } }
const isMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Float);

function scalar(text, where) {
  const t = text.trim();
  if (t === "" || t === "null" || t === "~" || t === "Null" || t === "NULL") return null;
  if (/^(true|True|TRUE)$/.test(t)) return true;
  if (/^(false|False|FALSE)$/.test(t)) return false;
  if (/^[-+]?\d+$/.test(t)) return Number(t);
  if (/^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(t)) return new Float(Number(t));
  if (/^[-+]?\.inf$/i.test(t)) return new Float(t.startsWith("-") ? -Infinity : Infinity);
  if (t === "{}") return {};
  if (t === "[]") return [];
  if (t.startsWith("'") && t.endsWith("'") && t.length >= 2) return t.slice(1, -1).replace(/''/g, "'");
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) return JSON.parse(t);
  if (t.startsWith("[") && t.endsWith("]")) return t.slice(1, -1).split(",").map((s) => scalar(s, where));
  if (t.startsWith("{") || t.startsWith("[") || t.startsWith("|") || t.startsWith(">") || t.startsWith("&") || t.startsWith("*"))
    throw new Error(`${where}: YAML construct not supported by this reader: ${t}`);
  return t;
}

function parseYaml(text, file) {
  const lines = [];
  text.split("\n").forEach((raw, i) => {
    const body = stripComment(raw).replace(/\s+$/, "");
    if (body.trim() === "") return;
    const indent = body.length - body.trimStart().length;
    lines.push({ indent, text: body.trimStart(), where: `${file}:${i + 1}` });
  });
  let pos = 0;
  function block(indent) {
    const first = lines[pos];
    if (first.text.startsWith("- ") || first.text === "-") {
      const list = [];
      while (pos < lines.length && lines[pos].indent === indent && lines[pos].text.startsWith("-")) {
        const item = lines[pos].text.slice(1).trim();
        if (/^[\w.-]+:(\s|$)/.test(item)) throw new Error(`${lines[pos].where}: sequences of mappings are not supported`);
        list.push(scalar(item, lines[pos].where));
        pos++;
      }
      return list;
    }
    const map = {};
    while (pos < lines.length && lines[pos].indent === indent) {
      const { text: t, where } = lines[pos];
      const m = /^("[^"]*"|'[^']*'|[^:]+?):(?:\s+(.*))?$/.exec(t);
      if (!m) throw new Error(`${where}: expected 'key: value', found ${t}`);
      const key = m[1].replace(/^["']|["']$/g, "");
      pos++;
      if (m[2] !== undefined && m[2] !== "") {
        // A plain scalar may continue on more-indented lines (folded with one space).
        let value = m[2];
        while (pos < lines.length && lines[pos].indent > indent) value += " " + lines[pos++].text;
        map[key] = scalar(value, where);
        continue;
      }
      const next = lines[pos];
      if (next && next.indent > indent) map[key] = block(next.indent);
      else if (next && next.indent === indent && next.text.startsWith("-")) map[key] = block(indent);
      else map[key] = null;
    }
    if (pos < lines.length && lines[pos].indent > indent) throw new Error(`${lines[pos].where}: unexpected indentation`);
    return map;
  }
  const doc = lines.length ? block(lines[0].indent) : {};
  if (pos < lines.length) throw new Error(`${lines[pos].where}: unexpected content`);
  return doc;
}

// ---- flatten and merge -----------------------------------------------------------------------------

function typeOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  if (typeof v === "boolean") return "bool";
  if (v instanceof Float) return "float";
  if (typeof v === "number") return "int";
  if (typeof v === "object") return "dict";
  if (v === "???") return "missing";
  if (/^\$\{.*\}$/.test(v)) return "interpolation";
  return "string";
}

/** Leaves and empty mappings become keys; a non-empty mapping only contributes its children. */
function flatten(node, prefix, into) {
  for (const [k, v] of Object.entries(node)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isMap(v) && Object.keys(v).length > 0) flatten(v, key, into);
    else into[key] = { type: typeOf(v), default: plain(v) };
  }
  return into;
}

function plain(v) {
  if (v instanceof Float) return Number.isFinite(v.value) ? v.value : String(v.value);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

function deepMerge(base, over) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isMap(v) && isMap(b) ? deepMerge(b, v) : v;
  }
  return out;
}

if (!existsSync(from)) {
  console.error(`derive-verl-keys: ${from} does not exist (pass verl's config folder as the first argument)`);
  process.exit(2);
}
const files = {
  ppo_trainer: "_generated_ppo_trainer.yaml",
  ppo_megatron_trainer: "_generated_ppo_megatron_trainer.yaml",
  dapo_trainer: "dapo_trainer.yaml",
  dapo_megatron_trainer: "dapo_megatron_trainer.yaml",
};
const docs = Object.fromEntries(Object.entries(files).map(([name, f]) => [name, parseYaml(readFileSync(join(from, f), "utf8"), f)]));

function resolve(name, seen = []) {
  if (seen.includes(name)) throw new Error(`defaults cycle: ${[...seen, name].join(" -> ")}`);
  const doc = docs[name];
  if (!doc) throw new Error(`unknown config ${name}`);
  const { defaults, hydra, ...own } = doc;
  let merged = {};
  let selfMerged = false;
  for (const d of defaults ?? []) {
    if (d === "_self_") { merged = deepMerge(merged, own); selfMerged = true; }
    else merged = deepMerge(merged, resolve(d, [...seen, name]).tree);
  }
  if (!selfMerged) merged = deepMerge(merged, own);
  return { tree: merged, extends: (defaults ?? []).filter((d) => d !== "_self_") };
}

const configs = {};
for (const name of Object.keys(files)) {
  const { tree, extends: ext } = resolve(name);
  const keys = flatten(tree, "", {});
  configs[name] = { file: files[name], extends: ext, keys: Object.fromEntries(Object.entries(keys).sort(([a], [b]) => a.localeCompare(b))) };
}

const doc = {
  $comment: [
    "Generated by scripts/derive-verl-keys.mjs from verl's config files (reference/verl/*.yaml) as",
    `bundled with GoLongRL at commit ${VERL_COMMIT}. Do not edit: \`npm run verl:keys\` regenerates it.`,
  ],
  verlCommit: VERL_COMMIT,
  configs,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(doc, null, 1) + "\n");
for (const [name, c] of Object.entries(configs)) console.log(`${name}: ${Object.keys(c.keys).length} keys`);
