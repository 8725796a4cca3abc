/** What one server lets devices do; the tests pass smaller figures to reach them quickly. */
export interface Limits {
  /** A frame larger than this is answered `tooLarge` and not read. */
  maxFrameBytes: number;
  /** A frame larger than this closes the connection (WebSocket close code 1009) without being read into memory. */
  maxPayloadBytes: number;
  /** Each connection may send `burst` frames at once, refilled at `perSecond`. */
  burst: number;
  perSecond: number;
  /** A connection that goes on sending after this many refusals for speed is closed. */
  maxRateRefusals: number;
  /** Failed joins and resumes allowed from one address per minute (codes cannot be guessed by trying). */
  failuresPerMinute: number;
  /** Bytes waiting to be sent to one device before it is cut off. */
  maxBufferedBytes: number;
  /** Devices connected to one class, and to the whole server. */
  devicesPerClass: number;
  devices: number;
  /** Classes one server will create. */
  classes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFrameBytes: 8 * 1024,
  maxPayloadBytes: 64 * 1024,
  burst: 20,
  perSecond: 5,
  maxRateRefusals: 200,
  failuresPerMinute: 20,
  maxBufferedBytes: 1024 * 1024,
  devicesPerClass: 80,
  devices: 5000,
  classes: 10_000,
};

/** A token bucket: `take` says whether one more frame may pass at time `now` (ms). */
export class Bucket {
  private tokens: number;
  private at: number;
  constructor(private readonly capacity: number, private readonly perSecond: number, now: number) {
    this.tokens = capacity;
    this.at = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Failures counted per address over a sliding minute. */
export class FailureCounter {
  private readonly seen = new Map<string, number[]>();
  constructor(private readonly perMinute: number) {}

  /** Whether this address may try again now. */
  allowed(address: string, now: number): boolean {
    return this.recent(address, now).length < this.perMinute;
  }

  record(address: string, now: number): void {
    this.seen.set(address, [...this.recent(address, now), now]);
  }

  private recent(address: string, now: number): number[] {
    const list = (this.seen.get(address) ?? []).filter((t) => now - t < 60_000);
    if (list.length) this.seen.set(address, list);
    else this.seen.delete(address);
    return list;
  }
}
