// Tokenizer: golong's byte-level tokenizer.json round-trips through the Hugging Face loader, special
// tokens keep their ids, chat templates render per family, bad files give clear errors.
import { mkdtemp, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { learnMerges, loadTokenizer, makeTokenizerJson, SPECIAL_TOKENS, tokenizerFromJson, TokenizerError } from "../../../runtime/tokenizer/index.js";

const byteTokenizer = () => tokenizerFromJson(makeTokenizerJson());

describe("golong byte-level tokenizer", () => {
  it("has the five special tokens at ids 0-4 and one id per byte", () => {
    const t = byteTokenizer();
    expect(SPECIAL_TOKENS.map((s) => t.tokenId(s))).toEqual([0, 1, 2, 3, 4]);
    expect(t.padId).toBe(0);
    expect(t.bosId).toBe(1);
    expect(t.eosId).toBe(2);
    expect(t.vocabSize).toBe(5 + 256);
  });

  it("encodes one token per UTF-8 byte, offset by the specials", () => {
    const t = byteTokenizer();
    expect(Array.from(t.encode("Az"))).toEqual([5 + 0x41, 5 + 0x7a]);
    const bytes = new TextEncoder().encode("你好 é");
    expect(Array.from(t.encode("你好 é"))).toEqual(Array.from(bytes, (b) => b + 5));
  });

  it("round-trips any text, including controls, emoji and Chinese", () => {
    const t = byteTokenizer();
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => {
      // Lone surrogates are not valid UTF-8; they cannot round-trip through any byte tokenizer.
      const text = s.replace(/[\uD800-\uDFFF]/g, "?");
      expect(t.decode(t.encode(text))).toBe(text);
    }), { numRuns: 300 });
  });

  it("turns special tokens written in text into their ids, and can skip them when decoding", () => {
    const t = byteTokenizer();
    const ids = Array.from(t.encode("<|user|>hi<eos>"));
    expect(ids).toEqual([3, 5 + 0x68, 5 + 0x69, 2]);
    expect(t.decode(ids)).toBe("<|user|>hi<eos>");
    expect(t.decode(ids, { skipSpecial: true })).toBe("hi");
  });

  it("renders golong's chat template, ending at the assistant turn", () => {
    const t = byteTokenizer();
    expect(t.chatTemplate).toBe("golong");
    const text = t.applyChatTemplate([
      { role: "system", content: "Be brief." },
      { role: "user", content: "2+2?" },
      { role: "assistant", content: "4" },
      { role: "user", content: "3+3?" },
    ]);
    expect(text).toBe("<bos><|user|>Be brief.\n\n2+2?<|assistant|>4<eos><|user|>3+3?<|assistant|>");
    const ids = t.encode(text);
    expect(ids[0]).toBe(1);
    expect(ids[ids.length - 1]).toBe(4);
  });

  it("extra special tokens and learnt merges make single tokens", () => {
    const merges = learnMerges(["the cat the hat the bat", "the end"], 3);
    expect(merges[0]).toEqual(["t", "h"]);
    const t = tokenizerFromJson(makeTokenizerJson({ extraSpecialTokens: ["<think>"], merges }));
    expect(t.tokenId("<think>")).toBe(5);
    const the = t.encode("the");
    expect(the.length).toBeLessThan(3);
    expect(t.decode(t.encode("<think>the cat</think>"))).toBe("<think>the cat</think>");
    expect(t.vocabSize).toBe(6 + 256 + merges.length);
  });

  it("rejects a merge whose halves are not tokens", () => {
    expect(() => makeTokenizerJson({ merges: [["ab", "c"]] })).toThrow(/not made yet/);
  });
});

describe("loadTokenizer", () => {
  it("loads tokenizer.json from a file or a directory, with tokenizer_config.json beside it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "golong-tok-"));
    await writeFile(join(dir, "tokenizer.json"), JSON.stringify(makeTokenizerJson()));
    const a = await loadTokenizer(join(dir, "tokenizer.json"));
    const b = await loadTokenizer(dir);
    expect(Array.from(a.encode("hello"))).toEqual(Array.from(b.encode("hello")));
    await writeFile(join(dir, "tokenizer_config.json"), JSON.stringify({ eos_token: "<|assistant|>", pad_token: { content: "<eos>" } }));
    const c = await loadTokenizer(dir);
    expect(c.eosId).toBe(4);
    expect(c.padId).toBe(2);
  });

  it("recognises ChatML vocabularies and renders their template", async () => {
    const json = makeTokenizerJson({ extraSpecialTokens: ["<|im_start|>", "<|im_end|>"] });
    const t = tokenizerFromJson(json, { eos_token: "<|im_end|>" });
    expect(t.chatTemplate).toBe("chatml");
    expect(t.eosId).toBe(t.tokenId("<|im_end|>"));
    expect(t.applyChatTemplate([{ role: "user", content: "hi" }])).toBe("<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n");
  });

  it("reports a missing file, bad JSON and a non-tokenizer clearly", async () => {
    const dir = await mkdtemp(join(tmpdir(), "golong-tok-"));
    await expect(loadTokenizer(join(dir, "nope.json"))).rejects.toThrow(/cannot read tokenizer .*nope\.json: ENOENT/);
    await writeFile(join(dir, "bad.json"), "{ not json");
    await expect(loadTokenizer(join(dir, "bad.json"))).rejects.toThrow(/bad\.json: not valid JSON/);
    await writeFile(join(dir, "other.json"), JSON.stringify({ hello: 1 }));
    await expect(loadTokenizer(join(dir, "other.json"))).rejects.toBeInstanceOf(TokenizerError);
    await mkdir(join(dir, "sub"));
    await writeFile(join(dir, "sub", "tokenizer.json"), JSON.stringify(makeTokenizerJson()));
    await writeFile(join(dir, "sub", "tokenizer_config.json"), "{ broken");
    await expect(loadTokenizer(join(dir, "sub"))).rejects.toThrow(/tokenizer_config\.json/);
  });
});
