// runtime/steps/cursor-stream.ts — the training prompts as one stream across epochs, with a cursor
// (epoch, offset) that the state file records, so a resumed run reads exactly the records an
// uninterrupted one would, no record twice and none lost.
import type { DataCursor, PromptSource, PromptStream, TaskRecord } from "./ports.js";

export class CursorStream {
  private stream: PromptStream | null = null;
  private pos: DataCursor;
  private ended = false;
  private peeked: TaskRecord | undefined = undefined;

  /** `epochs`: null for no limit (the run stops by step count). */
  constructor(private readonly source: PromptSource, start: DataCursor, private readonly epochs: number | null) {
    this.pos = { ...start };
    if (epochs !== null && start.epoch >= epochs) this.ended = true;
  }

  get cursor(): DataCursor { return { ...this.pos }; }
  /** True once every epoch's records have been taken. */
  get exhausted(): boolean { return this.ended; }

  /** Up to `n` records; fewer only when the last epoch ends. */
  async take(n: number): Promise<TaskRecord[]> {
    const out: TaskRecord[] = [];
    if (this.peeked !== undefined && n > 0) {
      out.push(this.peeked);
      this.peeked = undefined;
      this.pos.offset++;
    }
    while (out.length < n && !this.ended) {
      if (!this.stream) this.stream = await this.source.open(this.pos);
      const r = await this.stream.next();
      if (r !== undefined) {
        // The uid names the draw, not the record: the same record in another epoch is another group.
        out.push({ ...r, uid: `e${this.pos.epoch}-${this.pos.offset}` });
        this.pos.offset++;
        continue;
      }
      await this.stream.close();
      this.stream = null;
      if (this.pos.offset === 0) throw new Error(`source '${this.source.name}' has no records that any task takes`);
      this.pos = { epoch: this.pos.epoch + 1, offset: 0 };
      if (this.epochs !== null && this.pos.epoch >= this.epochs) this.ended = true;
    }
    return out;
  }

  /** True when another record can be taken (reads one ahead; the cursor does not move). */
  async hasMore(): Promise<boolean> {
    if (this.peeked !== undefined) return true;
    const saved = { ...this.pos };
    const [r] = await this.take(1);
    if (r === undefined) return false;
    // take() moved the cursor past r (maybe into a new epoch); hold r and step back.
    this.peeked = r;
    this.pos = saved.epoch === this.pos.epoch ? saved : { epoch: this.pos.epoch, offset: this.pos.offset - 1 };
    return true;
  }

  async close(): Promise<void> {
    await this.stream?.close();
    this.stream = null;
  }
}

/** Reads a whole (held-out) source once, in its epoch-0 order. */
export async function readAll(source: PromptSource, limit = Infinity): Promise<TaskRecord[]> {
  const s = await source.open({ epoch: 0, offset: 0 });
  const out: TaskRecord[] = [];
  try {
    for (let r = await s.next(); r !== undefined && out.length < limit; r = await s.next()) out.push(r);
  } finally {
    await s.close();
  }
  return out;
}
