// Politeness across machines: at most one request per host per `delayMs` for ALL workers
// sharing a Redis, not per process (ten workers must not hit one site ten times as often).
// A key per host is set with NX and a TTL of the delay; whoever sets it may fetch, the others
// wait for its TTL to run out.
import type { Redis } from 'ioredis';

export interface Pacer { wait(host: string): Promise<void> }

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class RedisHostPacer implements Pacer {
  constructor(private readonly redis: Redis, private readonly delayMs: number, private readonly prefix: string) {}

  async wait(host: string): Promise<void> {
    if (this.delayMs <= 0) return;
    const key = `${this.prefix}:pace:${host.toLowerCase()}`;
    for (;;) {
      if (await this.redis.set(key, '1', 'PX', this.delayMs, 'NX')) return;
      const ttl = await this.redis.pttl(key);
      await sleep(Math.max(10, ttl));
    }
  }
}

/** One process only (a PostgreSQL-backed queue has no shared Redis): the same rule per process. */
export class LocalHostPacer implements Pacer {
  private readonly next = new Map<string, number>();
  constructor(private readonly delayMs: number) {}

  async wait(host: string): Promise<void> {
    const key = host.toLowerCase();
    const now = Date.now();
    const at = Math.max(now, this.next.get(key) ?? now);
    this.next.set(key, at + this.delayMs);
    if (at > now) await sleep(at - now);
  }
}
