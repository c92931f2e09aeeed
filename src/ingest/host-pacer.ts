// Politeness: at most one request per host per `delayMs`, so a feed of fifty items from one site
// does not hit it fifty times a second. Hosts are independent.
import type { FetchClock } from './fetch-clock.js';

export class HostPacer {
  /** When each host may next be asked, in clock milliseconds. */
  private readonly next = new Map<string, number>();

  constructor(private readonly delayMs: number, private readonly clock: FetchClock) {}

  /** Waits until `host` may be asked again and books the following slot. */
  async wait(host: string): Promise<void> {
    const key = host.toLowerCase();
    const now = this.clock.now();
    const at = Math.max(now, this.next.get(key) ?? now);
    // Booked before sleeping: two callers for one host queue up instead of both going at `at`.
    this.next.set(key, at + this.delayMs);
    if (at > now) await this.clock.sleep(at - now);
  }
}
