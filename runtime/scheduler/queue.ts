// runtime/scheduler/queue.ts — a bounded async queue between two nodes: `push` waits while the queue
// is full (backpressure), so memory stays bounded whatever the data size; `close` ends the stream and
// `fail` carries an upstream error to the consumer.

export class QueueClosedError extends Error {
  constructor() { super("push on a closed queue"); }
}

export class BoundedQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private readonly waitingPushers: Array<() => void> = [];
  private waitingPopper: (() => void) | null = null;
  private closed = false;
  private error: unknown = undefined;
  private failed = false;
  /** The most items ever held at once (what the bound guarantees; checked by tests and the bench). */
  highWater = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`queue capacity must be a positive integer, got ${capacity}`);
  }

  get size(): number { return this.items.length; }

  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.closed) {
      await new Promise<void>((resolve) => this.waitingPushers.push(resolve));
    }
    if (this.closed) throw this.failed ? this.error : new QueueClosedError();
    this.items.push(item);
    if (this.items.length > this.highWater) this.highWater = this.items.length;
    this.wakePopper();
  }

  /** No more items; the consumer drains what is queued and then ends. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.wakeAll();
  }

  /** Ends the stream with an error: the consumer rethrows it after nothing, pushers reject. */
  fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.error = error;
    this.items.length = 0;
    this.closed = true;
    this.wakeAll();
  }

  /** The next item, or `done` when the queue is closed and empty. */
  async pop(): Promise<IteratorResult<T, undefined>> {
    for (;;) {
      if (this.failed) throw this.error;
      if (this.items.length > 0) {
        const value = this.items.shift() as T;
        this.waitingPushers.shift()?.();
        return { done: false, value };
      }
      if (this.closed) return { done: true, value: undefined };
      await new Promise<void>((resolve) => { this.waitingPopper = resolve; });
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<T, undefined> {
    return { next: () => this.pop() };
  }

  private wakePopper(): void {
    const w = this.waitingPopper;
    this.waitingPopper = null;
    w?.();
  }

  private wakeAll(): void {
    this.wakePopper();
    for (const w of this.waitingPushers.splice(0)) w();
  }
}
