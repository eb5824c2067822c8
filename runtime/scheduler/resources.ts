// runtime/scheduler/resources.ts — the resources a node needs before it may run: GPU slots and CPU
// workers, counted like semaphores. A node waits until all it asks for is free, takes it at once
// (no partial holding, so two nodes can never deadlock each other), and gives it back when done.

export interface ResourceRequest { gpus?: number; cpuWorkers?: number }

interface Waiter { gpus: number; cpuWorkers: number; resolve: () => void }

export class ResourcePool {
  private freeGpus: number;
  private freeCpu: number;
  private readonly waiters: Waiter[] = [];

  constructor(readonly gpus: number, readonly cpuWorkers: number) {
    this.freeGpus = gpus;
    this.freeCpu = cpuWorkers;
  }

  get available(): { gpus: number; cpuWorkers: number } {
    return { gpus: this.freeGpus, cpuWorkers: this.freeCpu };
  }

  /** Clamps a request to the pool's size, so a node asking for more than exists still runs (alone). */
  private clamp(req: ResourceRequest): { gpus: number; cpuWorkers: number } {
    return { gpus: Math.min(req.gpus ?? 0, this.gpus), cpuWorkers: Math.min(req.cpuWorkers ?? 0, this.cpuWorkers) };
  }

  async acquire(req: ResourceRequest): Promise<() => void> {
    const want = this.clamp(req);
    // FIFO: a request waits behind earlier waiters, so a large one is never starved by small ones.
    if (this.waiters.length > 0 || !this.fits(want)) {
      await new Promise<void>((resolve) => this.waiters.push({ ...want, resolve }));
    } else {
      this.take(want);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.freeGpus += want.gpus;
      this.freeCpu += want.cpuWorkers;
      this.grant();
    };
  }

  async run<T>(req: ResourceRequest, fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire(req);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  private fits(w: { gpus: number; cpuWorkers: number }): boolean {
    return w.gpus <= this.freeGpus && w.cpuWorkers <= this.freeCpu;
  }

  private take(w: { gpus: number; cpuWorkers: number }): void {
    this.freeGpus -= w.gpus;
    this.freeCpu -= w.cpuWorkers;
  }

  private grant(): void {
    while (this.waiters.length > 0 && this.fits(this.waiters[0])) {
      const w = this.waiters.shift() as Waiter;
      this.take(w);
      w.resolve();
    }
  }
}
