// runtime/scheduler/stage.ts — one node of a streaming pipeline: reads items from its input, runs up
// to `concurrency` of them at once (each holding the node's resources while it runs), and writes the
// results to a bounded output queue in input order, so a run's result never depends on timing.
import { BoundedQueue } from "./queue.js";
import type { ResourcePool, ResourceRequest } from "./resources.js";

export interface StageOptions {
  /** How many items may be in flight at once (>= 1). */
  concurrency: number;
  /** Output queue bound; the stage stops reading when it is full. */
  capacity: number;
  pool?: ResourcePool;
  resources?: ResourceRequest;
  signal?: AbortSignal;
  /** Called as each item finishes, in input order (progress). */
  onDone?: (index: number) => void;
}

export function stage<A, B>(input: AsyncIterable<A>, fn: (item: A, index: number) => Promise<B>, opts: StageOptions): BoundedQueue<B> {
  const out = new BoundedQueue<B>(opts.capacity);
  const concurrency = Math.max(1, Math.floor(opts.concurrency));
  void (async () => {
    const window: Promise<B>[] = [];
    let index = 0;
    let emitted = 0;
    const emitHead = async () => {
      const value = await (window.shift() as Promise<B>);
      await out.push(value);
      opts.onDone?.(emitted++);
    };
    try {
      for await (const item of input) {
        if (opts.signal?.aborted) throw opts.signal.reason ?? new Error("aborted");
        const i = index++;
        const run = () => fn(item, i);
        const p = opts.pool ? opts.pool.run(opts.resources ?? {}, run) : run();
        p.catch(() => undefined); // observed when it reaches the head; avoids an unhandled rejection meanwhile
        window.push(p);
        if (window.length >= concurrency) await emitHead();
      }
      while (window.length > 0) await emitHead();
      out.close();
    } catch (e) {
      out.fail(e);
      // Stop the upstream stage too: its pushes now reject instead of waiting for a reader forever.
      if (input instanceof BoundedQueue) input.fail(e);
      // Let in-flight work settle so nothing keeps running unobserved after the failure.
      await Promise.allSettled(window);
    }
  })();
  return out;
}

/** An async iterable over an array, in chunks of `size` (the last one may be shorter). */
export async function* chunks<T>(items: readonly T[], size: number): AsyncGenerator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Drains a queue into an array. */
export async function collect<T>(q: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const x of q) all.push(x);
  return all;
}
