// compiler/checks/verl-block.ts — the `verl { }` block: dotted keys checked against verl's own config
// (verl/keys.ts), Hydra's `+`/`++` rules, the keys verl no longer reads, and keys a golong field owns.
import type * as A from "../../grammar/index.js";
import { closestMany, orList, type DiagnosticBag } from "../../diagnostics/index.js";
import type { Host } from "../host.js";
import { verlKeyOwners } from "../schema/blocks.js";
import { findRetiredKey } from "../verl/retired-keys.js";
import { fitsVerlType, lookupVerlKey, parentOpenKey, verlKeys } from "../verl/keys.js";
import { constToJson, evalConst } from "./constants.js";

export type VerlValue = string | number | boolean | null | unknown[];

let owners: Map<string, string> | undefined;
let allKeys: string[] | undefined;

export function checkVerlBlock(decl: A.BlockDecl | undefined, host: Host, bag: DiagnosticBag, bagOf: (n: object) => DiagnosticBag | undefined): Record<string, VerlValue> {
  const out: Record<string, VerlValue> = {};
  if (!decl) return out;
  owners ??= verlKeyOwners();
  allKeys ??= Object.keys(verlKeys());
  const seen = new Map<string, A.Span>();
  for (const m of decl.body.members) {
    const fbag = bagOf(m) ?? bagOf(decl) ?? bag;
    if (m.kind === "block") {
      fbag.error("GL0209", m.keyword.span, { message: "the verl block holds dotted keys, not blocks", label: "a block", help: `write \`${m.keyword.name}.key: value\`` });
      continue;
    }
    const written = m.key.text;
    const plus = written.startsWith("++") ? "++" : written.startsWith("+") ? "+" : "";
    const key = written.slice(plus.length);
    const prev = seen.get(key);
    if (prev) {
      fbag.error("GL0213", m.key.span, { message: `verl key \`${key}\` is set more than once`, label: "set again here", related: [{ span: prev, label: "first set here" }], help: "remove one of them" });
      continue;
    }
    seen.set(key, m.key.span);
    const c = evalConst(m.value, { host, bag: fbag });
    if (c.kind === "error") continue;
    const value = constToJson(c);
    if (value === undefined) {
      fbag.error("GL0604", m.value.span, { message: `verl key \`${key}\` takes a plain value`, label: "not a value verl can read", help: "write a number, a string, true/false or a list" });
      continue;
    }
    const retired = findRetiredKey(key);
    const known = lookupVerlKey(key);
    if (retired) {
      const help = retired.golongField
        ? `set \`${retired.golongField}\` instead; golong emits what verl reads today`
        : retired.replacement ? `write \`${retired.replacement}\`` : "remove it: the setting has no effect";
      const legacy = known !== undefined;
      (legacy ? fbag.warning.bind(fbag) : fbag.error.bind(fbag))("GL0603", m.key.span, {
        message: `verl no longer reads \`${key}\``,
        label: `verl reads ${retired.today}`,
        help,
      });
      if (!legacy) continue;
    }
    const owner = owners.get(key);
    if (owner) {
      fbag.error("GL0605", m.key.span, { message: `\`${key}\` is set by the golong field \`${owner}\``, label: `this is ${owner}`, help: `set ${owner} instead and remove this key` });
      continue;
    }
    if (plus === "") {
      if (!known) {
        const open = parentOpenKey(key);
        const near = closestMany(key, allKeys, 2);
        fbag.error("GL0602", m.key.span, {
          message: `verl has no key \`${key}\``,
          label: "not in verl's config",
          help: near.length ? `did you mean ${orList(near)}?`
            : open ? `\`${open}\` is open: add the key with "+${key}"`
            : `write "+${key}" to add a key verl's config does not declare`,
        });
        continue;
      }
    } else if (plus === "+" && known && known.default !== null && known.type !== "missing") {
      fbag.error("GL0606", m.key.span, { message: `\`${key}\` already exists in verl's config`, label: `its default is ${JSON.stringify(known.default)}`, help: `write \`${key}\` without the +` });
      continue;
    }
    if (known && !fitsVerlType(known.type, value)) {
      fbag.error("GL0604", m.value.span, {
        message: `verl key \`${key}\` takes ${article(known.type)}`,
        label: `found ${Array.isArray(value) ? "a list" : typeof value}`,
        help: `its default is ${JSON.stringify(known.default)}`,
      });
      continue;
    }
    out[written] = value as VerlValue;
  }
  return out;
}

function article(t: string): string {
  return t === "int" ? "an integer" : t === "float" ? "a number" : t === "bool" ? "true or false" : t === "list" ? "a list" : t === "dict" ? "a mapping" : "a string";
}
