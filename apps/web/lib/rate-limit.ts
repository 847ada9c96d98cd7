/**
 * A token bucket per client, in this process's memory. Each client starts with `capacity` tokens, each
 * request takes one, and tokens come back at `refillPerSecond`. Enough to stop one client from turning
 * the site into a search proxy that hammers the CMS; a multi-instance deployment would need a shared
 * store (each instance counts on its own).
 */
export interface RateLimitOptions {
  capacity: number;
  refillPerSecond: number;
  /** Most clients remembered; the least recently seen are forgotten first (a forgotten client is full). */
  maxClients?: number;
  now?: () => number;
}

export type RateLimitDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(options: RateLimitOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerSecond > 0))
      throw new RangeError('capacity must be ≥ 1 and refillPerSecond > 0');
    this.capacity = options.capacity;
    this.refillPerMs = options.refillPerSecond / 1000;
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  take(client: string): RateLimitDecision {
    const now = this.now();
    const previous = this.buckets.get(client);
    const tokens = previous
      ? Math.min(this.capacity, previous.tokens + (now - previous.updatedAt) * this.refillPerMs)
      : this.capacity;
    // Re-inserting keeps the Map in least-recently-seen order, so eviction takes the oldest first.
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, updatedAt: now });
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.refillPerMs / 1000)),
      };
    }
    this.buckets.set(client, { tokens: tokens - 1, updatedAt: now });
    while (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value as string;
      this.buckets.delete(oldest);
    }
    return { allowed: true, remaining: Math.floor(tokens - 1) };
  }

  /** Clients currently remembered (for tests and monitoring). */
  get size(): number {
    return this.buckets.size;
  }
}

/** Search: a burst of 60 (fast typing, paging, an office behind one address), then one a second. */
export const SEARCH_RATE_LIMIT: RateLimitOptions = { capacity: 60, refillPerSecond: 1 };

const SHARED_KEY = Symbol.for('newsroom.search-rate-limiter');

/**
 * One limiter per server process, shared by the search page (through proxy.ts) and the JSON route,
 * which Next may load as separate module instances: hence a global symbol instead of a module variable.
 */
export function searchRateLimiter(): TokenBucketLimiter {
  const store = globalThis as Record<symbol, TokenBucketLimiter | undefined>;
  store[SHARED_KEY] ??= new TokenBucketLimiter(SEARCH_RATE_LIMIT);
  return store[SHARED_KEY];
}
