// A fake Io for running CLI commands in-process: captures stdout and stderr, feeds stdin.
import { Readable } from "node:stream";
import type { Io } from "../../cli/io.js";

export interface FakeIo extends Io { out: string; err: string }

export function fakeIo(stdin = "", env: Record<string, string> = {}, cwd = process.cwd()): FakeIo {
  const io: FakeIo = {
    out: "",
    err: "",
    stdout: (t) => { io.out += t; },
    stderr: (t) => { io.err += t; },
    readStdin: async () => stdin,
    stdinStream: () => Readable.from([stdin]),
    env: (n) => env[n],
    cwd: () => cwd,
    colour: false,
    isTty: false,
  };
  return io;
}
