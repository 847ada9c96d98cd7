/**
 * @jest-environment node
 */
import { TokenBucketLimiter } from '@/lib/rate-limit';

function limiter(capacity: number, refillPerSecond: number, maxClients?: number) {
  let now = 1_000_000;
  const bucket = new TokenBucketLimiter({ capacity, refillPerSecond, maxClients, now: () => now });
  return { bucket, advance: (ms: number) => (now += ms) };
}

describe('TokenBucketLimiter', () => {
  it('allows a burst up to the capacity, then refuses with the wait until the next token', () => {
    const { bucket } = limiter(3, 0.5);
    expect([1, 2, 3].map(() => bucket.take('a').allowed)).toEqual([true, true, true]);
    expect(bucket.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it('refills over time, never beyond the capacity', () => {
    const { bucket, advance } = limiter(2, 1);
    bucket.take('a');
    bucket.take('a');
    expect(bucket.take('a').allowed).toBe(false);
    advance(1000);
    expect(bucket.take('a')).toEqual({ allowed: true, remaining: 0 });
    advance(60_000);
    expect(bucket.take('a')).toEqual({ allowed: true, remaining: 1 });
  });

  it('counts each client on its own', () => {
    const { bucket } = limiter(1, 1);
    expect(bucket.take('a').allowed).toBe(true);
    expect(bucket.take('a').allowed).toBe(false);
    expect(bucket.take('b').allowed).toBe(true);
  });

  it('remembers a bounded number of clients, forgetting the least recently seen', () => {
    const { bucket } = limiter(1, 0.001, 2);
    bucket.take('a');
    bucket.take('b');
    bucket.take('a'); // a is now the most recent (and refused)
    bucket.take('c'); // b is forgotten
    expect(bucket.size).toBe(2);
    expect(bucket.take('b').allowed).toBe(true);
    expect(bucket.take('c').allowed).toBe(false);
  });

  it('rejects settings that would refuse everything', () => {
    expect(() => new TokenBucketLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
  });
});
