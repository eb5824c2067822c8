// `golongc emit RECIPE --target verl`, in-process: the folder it writes holds the published GoLongRL
// launches' overrides (less the keys verl no longer reads), a launch.sh that passes exactly those
// arguments, and nothing at all when the recipe has errors or the folder is taken.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { execa } from "execa";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "../../cli/main.js";
import { findRetiredKey, verlOverrides, VERL_ENTRY } from "../../compiler/index.js";
import { compileExample } from "../compiler/helpers.js";
import { fakeIo } from "../helpers/fake-io.js";

const ENV: Record<string, string> = {
  LLM: "/models/Qwen3-4B", TRAIN_FILE: "/data/train.parquet", TEST_FILE: "/data/test.parquet",
  WORK_DIR: "/work/launch", TIMESTAMP: "20260101-000000",
};
const root = mkdtempSync(join(tmpdir(), "golong-emit-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const example = (name: string) => resolve("examples", name);
const bare = (k: string) => k.replace(/^\+\+?/, "");

/** The published overrides file with its ${VAR} placeholders replaced by ENV. */
function published(file: string): string[] {
  return readFileSync(`test/data/reference/${file}`, "utf8").trim().split("\n")
    .map((l) => l.replace(/\$\{(\w+)\}/g, (_, v: string) => ENV[v]));
}

/** launch.sh run by bash with a python3 that prints its arguments NUL-separated. */
async function launchArgs(dir: string, extra: string[] = []): Promise<string[]> {
  const bin = join(root, "fake-bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, "python3"), "#!/usr/bin/env bash\nprintf '%s\\0' \"$@\"\n");
  chmodSync(join(bin, "python3"), 0o755);
  const r = await execa("bash", [join(dir, "launch.sh"), ...extra], { env: { PATH: `${bin}:${process.env.PATH}` } });
  return r.stdout.split("\0").slice(0, -1);
}

const launches: [string, string][] = [
  ["golongrl-4b-tmn.golong", "qwen3-4B-tmn-reweight.overrides.txt"],
  ["golongrl-4b-grpo.golong", "qwen3-4B-grpo.overrides.txt"],
  ["golongrl-30b-grpo.golong", "qwen3-30B-A3B-grpo.overrides.txt"],
];

describe.each(launches)("golongc emit %s --target verl", (name, reference) => {
  const dir = join(root, name.replace(/\.golong$/, ""));
  const emitted = (async () => {
    const io = fakeIo("", ENV, root);
    const code = await runCli(["emit", example(name), "--target", "verl", "-o", dir], io);
    return { code, io };
  })();
  const lines = async () => { await emitted; return readFileSync(join(dir, "overrides.txt"), "utf8").trimEnd().split("\n"); };

  test("exits 0 and prints the folder on stdout", async () => {
    const { code, io } = await emitted;
    expect(io.err).toBe("");
    expect(code).toBe(0);
    expect(io.out).toBe(dir + "\n");
    expect(readdirSync(dir).sort()).toEqual(["CHANGES.md", "launch.sh", "overrides.txt"]);
    expect(readdirSync(root).filter((f) => f.includes(".tmp-") || f.includes(".old-"))).toEqual([]);
  });

  test("overrides.txt is the entry point, then each override verlOverrides gives, in order", async () => {
    const got = await lines();
    const graph = compileExample(name, [], ENV).graph!;
    expect(got.slice(0, 3)).toEqual([...VERL_ENTRY]);
    expect(got.slice(3).map((l) => l.slice(0, l.indexOf("=")))).toEqual(verlOverrides(graph).map((o) => o.key));
  });

  test("it holds every line of the published launch except the keys verl no longer reads", async () => {
    const got = new Set(await lines());
    const want = published(reference);
    expect(want.slice(0, 3)).toEqual((await lines()).slice(0, 3));
    const missing = want.slice(3).filter((l) => !findRetiredKey(bare(l.slice(0, l.indexOf("=")))) && !got.has(l));
    expect(missing).toEqual([]);
    const retired = [...got].filter((l) => findRetiredKey(bare(l.slice(0, l.indexOf("=")))));
    expect(retired).toEqual([]);
  });

  test("launch.sh is executable, valid bash, and passes exactly those arguments (then its own)", async () => {
    await emitted;
    const script = join(dir, "launch.sh");
    expect(statSync(script).mode & 0o111).toBe(0o111);
    expect((await execa("bash", ["-n", script], { reject: false })).exitCode).toBe(0);
    const want = await lines();
    expect(await launchArgs(dir)).toEqual(want);
    expect(await launchArgs(dir, ["trainer.total_training_steps=3", "a b"])).toEqual([...want, "trainer.total_training_steps=3", "a b"]);
  });

  test("a value with spaces or quotes is one argument, quoted for Hydra", async () => {
    const out = join(root, `${name}-odd`);
    const io = fakeIo("", { ...ENV, WORK_DIR: "/it's a dir" }, root);
    expect(await runCli(["emit", example(name), "--target", "verl", "-o", out], io)).toBe(0);
    const args = await launchArgs(out);
    expect(args).toEqual(readFileSync(join(out, "overrides.txt"), "utf8").trimEnd().split("\n"));
    expect(args).toContain("trainer.default_local_dir='/it\\'s a dir/ckpts/GoLongRL/" + (args.find((a) => a.startsWith("trainer.experiment_name="))!.split("=")[1]) + "/'");
  });

  test("CHANGES.md names each retired key the published launch passes, with what replaced it", async () => {
    await emitted;
    const changes = readFileSync(join(dir, "CHANGES.md"), "utf8");
    for (const l of published(reference).slice(3)) {
      const key = bare(l.slice(0, l.indexOf("=")));
      const r = findRetiredKey(key);
      if (!r) continue;
      const row = changes.split("\n").find((c) => c.startsWith(`| \`${r.key === key && !key.startsWith("reward_model.reward_kwargs.") ? key : "reward_model.reward_kwargs.*"}\``));
      expect(row, key).toBeDefined();
      if (r.replacement && !key.startsWith("reward_model.reward_kwargs.")) expect(row).toContain(`\`${r.replacement}=`);
    }
  });
});

describe("golongc emit: refusals", () => {
  test("a recipe with errors writes nothing and exits 1", async () => {
    const dir = join(root, "bad-out");
    const io = fakeIo("", ENV, root);
    const code = await runCli(["emit", resolve("test/diagnostics/cases/gl0101-unexpected-character.golong"), "--target", "verl", "-o", dir], io);
    expect(code).toBe(1);
    expect(io.out).toBe("");
    expect(io.err).toContain("GL0101");
    expect(readdirSync(root).filter((f) => f.startsWith("bad-out") || f.startsWith(".bad-out"))).toEqual([]);
  });

  test("an unset env() is an input error, and nothing is written", async () => {
    const dir = join(root, "no-env");
    const env = { ...ENV } as Record<string, string>;
    delete env.LLM;
    const io2 = fakeIo("", env, root);
    expect(await runCli(["emit", example("golongrl-4b-grpo.golong"), "--target", "verl", "-o", dir], io2)).toBe(1);
    expect(io2.err).toContain("LLM");
    expect(readdirSync(root).some((f) => f.includes("no-env"))).toBe(false);
  });

  test("an existing non-empty folder is left untouched (exit 2) unless --force", async () => {
    const dir = join(root, "taken");
    mkdirSync(dir);
    writeFileSync(join(dir, "mine.txt"), "keep me");
    const io = fakeIo("", ENV, root);
    expect(await runCli(["emit", example("golongrl-4b-grpo.golong"), "--target", "verl", "-o", dir], io)).toBe(2);
    expect(io.err).toContain("--force");
    expect(readdirSync(dir)).toEqual(["mine.txt"]);
    expect(readFileSync(join(dir, "mine.txt"), "utf8")).toBe("keep me");

    const forced = fakeIo("", ENV, root);
    expect(await runCli(["emit", example("golongrl-4b-grpo.golong"), "--target", "verl", "-o", dir, "--force"], forced)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["CHANGES.md", "launch.sh", "overrides.txt"]);
    expect(readdirSync(root).filter((f) => f.startsWith(".taken"))).toEqual([]);
  });

  test("the default folder is emit/<recipe>-verl under the working directory; an empty one is reused", async () => {
    const cwd = mkdtempSync(join(root, "cwd-"));
    mkdirSync(join(cwd, "emit", "golongrl-4b-grpo-verl"), { recursive: true });
    const io = fakeIo("", ENV, cwd);
    expect(await runCli(["emit", example("golongrl-4b-grpo.golong"), "--target", "verl"], io)).toBe(0);
    expect(io.out).toBe(join(cwd, "emit", "golongrl-4b-grpo-verl") + "\n");
    expect(readdirSync(join(cwd, "emit"))).toEqual(["golongrl-4b-grpo-verl"]);
  });

  test("usage mistakes exit 2; --help has an example", async () => {
    const missingTarget = fakeIo("", ENV, root);
    expect(await runCli(["emit", example("golongrl-4b-grpo.golong")], missingTarget)).toBe(2);
    expect(missingTarget.err).toContain("--target verl");
    const otherTarget = fakeIo("", ENV, root);
    expect(await runCli(["emit", example("golongrl-4b-grpo.golong"), "--target", "local"], otherTarget)).toBe(2);
    const noRecipe = fakeIo("", ENV, root);
    expect(await runCli(["emit", "--target", "verl"], noRecipe)).toBe(2);
    const help = fakeIo("", ENV, root);
    expect(await runCli(["emit", "--help"], help)).toBe(0);
    expect(help.out).toContain("golongc emit examples/");
  });

  test("golongc run --target verl points at the emit command, which works as given", async () => {
    const recipe = example("golongrl-4b-grpo.golong");
    const run = fakeIo("", ENV, root);
    expect(await runCli(["run", recipe, "--target", "verl"], run)).toBe(2);
    const suggested = /`golongc (emit [^`]+)`/.exec(run.err)?.[1];
    expect(suggested).toBe(`emit ${recipe} --target verl`);
    const cwd = mkdtempSync(join(root, "suggested-"));
    const io = fakeIo("", ENV, cwd);
    expect(await runCli([...suggested!.split(" "), "-o", join(cwd, "out")], io)).toBe(0);
  });
});
