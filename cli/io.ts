// cli/io.ts — what a command may touch: streams, environment, working directory. Tests pass fakes.

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, internal: 70 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input as text (read fully); commands that stream use `stdinStream`. */
  readStdin(): Promise<string>;
  stdinStream(): NodeJS.ReadableStream;
  env(name: string): string | undefined;
  cwd(): string;
  /** True when stderr is a terminal and colour is allowed (NO_COLOR unset, or FORCE_COLOR set). */
  colour: boolean;
  isTty: boolean;
}

export function processIo(): Io {
  const env = process.env;
  const isTty = Boolean(process.stderr.isTTY);
  const colour = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"
    ? true
    : env.NO_COLOR !== undefined && env.NO_COLOR !== "" ? false : isTty;
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    stdinStream: () => process.stdin,
    env: (n) => env[n],
    cwd: () => process.cwd(),
    colour,
    isTty,
  };
}
