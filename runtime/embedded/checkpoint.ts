// runtime/embedded/checkpoint.ts — the embedded policy's checkpoint: `embedded.json` (config, names,
// shapes, optimizer step) and little-endian Float32 blobs `weights.bin`, `adam_m.bin`, `adam_v.bin`,
// each the parameters concatenated in spec order.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { AdamWState } from "./adamw.js";
import { parameterSpecs, type PolicyConfig, type Weights } from "./policy-model.js";

const Manifest = z.object({
  format: z.literal("golong-embedded-checkpoint"),
  version: z.literal(1),
  config: z.object({
    vocabSize: z.number().int().positive(), layers: z.number().int().positive(), width: z.number().int().positive(),
    heads: z.number().int().positive(), contextTokens: z.number().int().positive(), seed: z.number().int(),
    positions: z.enum(["learned", "rotary"]).optional(),
  }).strict(),
  params: z.array(z.object({ name: z.string(), shape: z.array(z.number().int().positive()) }).strict()),
  optimizerStep: z.number().int().nonnegative(),
  weightsVersion: z.number().int().nonnegative(),
  /** Whether `reference.bin` holds the KL loss's reference policy. */
  reference: z.boolean().optional(),
}).strict();

export interface Checkpoint {
  config: PolicyConfig; weights: Weights; optimizer: AdamWState; weightsVersion: number;
  /** The KL loss's reference policy, when the trainer keeps one. */
  reference?: Weights;
}

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function pack(cfg: PolicyConfig, w: Weights): Buffer {
  const specs = parameterSpecs(cfg);
  const total = specs.reduce((n, s) => n + w.get(s.name)!.length, 0);
  const out = new Float32Array(total);
  let off = 0;
  for (const s of specs) { out.set(w.get(s.name)!, off); off += w.get(s.name)!.length; }
  const buf = Buffer.from(out.buffer);
  if (!isLittleEndian) buf.swap32();
  return buf;
}

function unpack(cfg: PolicyConfig, buf: Buffer, file: string): Weights {
  const specs = parameterSpecs(cfg);
  const total = specs.reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
  if (buf.byteLength !== total * 4) throw new Error(`${file}: expected ${total * 4} bytes for ${total} Float32 values, found ${buf.byteLength}`);
  const copy = Buffer.from(buf);
  if (!isLittleEndian) copy.swap32();
  const all = new Float32Array(copy.buffer, copy.byteOffset, total);
  const w: Weights = new Map();
  let off = 0;
  for (const s of specs) {
    const n = s.shape.reduce((a, b) => a * b, 1);
    w.set(s.name, all.slice(off, off + n));
    off += n;
  }
  return w;
}

export async function saveCheckpoint(dir: string, ck: Checkpoint): Promise<void> {
  await mkdir(dir, { recursive: true });
  const manifest: z.infer<typeof Manifest> = {
    format: "golong-embedded-checkpoint", version: 1, config: { ...ck.config },
    params: parameterSpecs(ck.config).map((s) => ({ name: s.name, shape: s.shape })),
    optimizerStep: ck.optimizer.step, weightsVersion: ck.weightsVersion, reference: ck.reference !== undefined,
  };
  await writeFile(join(dir, "weights.bin"), pack(ck.config, ck.weights));
  await writeFile(join(dir, "adam_m.bin"), pack(ck.config, ck.optimizer.m));
  await writeFile(join(dir, "adam_v.bin"), pack(ck.config, ck.optimizer.v));
  if (ck.reference) await writeFile(join(dir, "reference.bin"), pack(ck.config, ck.reference));
  else await rm(join(dir, "reference.bin"), { force: true });
  // The manifest last: a directory with a manifest has all its blobs.
  await writeFile(join(dir, "embedded.json"), JSON.stringify(manifest, null, 2) + "\n");
}

export async function loadCheckpoint(dir: string, expected?: PolicyConfig): Promise<Checkpoint> {
  const file = join(dir, "embedded.json");
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new Error(`cannot read embedded checkpoint ${file}: ${(e as Error).message}`);
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: not a golong embedded checkpoint (${issue.path.join(".") || "root"}: ${issue.message})`);
  }
  const m = parsed.data;
  const config: PolicyConfig = m.config;
  if (expected) {
    for (const k of ["vocabSize", "layers", "width", "heads", "contextTokens"] as const) {
      if (expected[k] !== config[k]) throw new Error(`${file}: checkpoint has ${k} ${config[k]}, the recipe's model has ${expected[k]}`);
    }
    const pos = (c: PolicyConfig): string => c.positions ?? "learned";
    if (pos(expected) !== pos(config)) throw new Error(`${file}: checkpoint has positions ${pos(config)}, the recipe's model has ${pos(expected)}`);
  }
  const read = async (name: string): Promise<Weights> => unpack(config, await readFile(join(dir, name)), join(dir, name));
  return {
    config,
    weights: await read("weights.bin"),
    optimizer: { step: m.optimizerStep, m: await read("adam_m.bin"), v: await read("adam_v.bin") },
    weightsVersion: m.weightsVersion,
    ...(m.reference ? { reference: await read("reference.bin") } : {}),
  };
}
