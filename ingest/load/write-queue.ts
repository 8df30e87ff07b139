// Runs write transactions a few at a time while the caller prepares the next batch: Neo4j commits one
// transaction while it builds another, and the reader/extractor stays at most one batch ahead.
import PQueue from 'p-queue';

/** Write transactions in flight: LOAD_CONCURRENCY from the environment, else 2 (the machine's cores). */
export function defaultConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LOAD_CONCURRENCY;
  if (raw === undefined || raw === '') return 2;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`LOAD_CONCURRENCY: invalid value "${raw}". Expecting an integer from 1 to 64.`);
  return n;
}

export class WriteQueue {
  private readonly queue: PQueue;
  private failure: { error: unknown } | undefined;

  constructor(concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new Error(`WriteQueue: invalid concurrency ${String(concurrency)}. Expecting a positive integer.`);
    }
    this.queue = new PQueue({ concurrency });
  }

  /** Queues `task`; resolves once it has started (a slot was free). Throws the first failure of an earlier task. */
  async submit(task: () => Promise<void>): Promise<void> {
    this.throwIfFailed();
    this.queue.add(task).catch((error: unknown) => {
      this.failure ??= { error };
    });
    await this.queue.onSizeLessThan(1);
    this.throwIfFailed();
  }

  /** Waits for every queued task; throws the first failure. */
  async finish(): Promise<void> {
    await this.queue.onIdle();
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
