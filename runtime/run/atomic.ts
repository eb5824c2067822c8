// runtime/run/atomic.ts — files and directories that are either wholly there or not at all: write to
// a temporary name beside the target, fsync, rename over it, fsync the parent. A run killed at any
// instant leaves the previous version or the new one, never half of one.
import { mkdir, open, rename, rm, readdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";

async function fsyncPath(path: string, flags = "r"): Promise<void> {
  const fh = await open(path, flags);
  try {
    await fh.sync();
  } catch (e) {
    // Some file systems refuse fsync on a directory handle; the rename is still atomic there.
    if ((e as NodeJS.ErrnoException).code !== "EINVAL" && (e as NodeJS.ErrnoException).code !== "EISDIR") throw e;
  } finally {
    await fh.close();
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  const fh = await open(tmp, "w");
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  await fsyncPath(dirname(path));
}

/** Fsyncs every file under `dir` (recursively) and the directories themselves. */
export async function fsyncTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) await fsyncTree(p);
    else if (entry.isFile()) await fsyncPath(p);
  }
  await fsyncPath(dir);
}

/** Fills a fresh temporary directory with `fill`, fsyncs it, then renames it to `path` (replacing
 *  any older one). */
export async function writeDirAtomic(path: string, fill: (tmpDir: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await fill(tmp);
  await fsyncTree(tmp);
  const old = `${path}.old-${process.pid}`;
  const exists = await stat(path).then(() => true, () => false);
  if (exists) await rename(path, old);
  await rename(tmp, path);
  await fsyncPath(dirname(path));
  if (exists) await rm(old, { recursive: true, force: true });
}
