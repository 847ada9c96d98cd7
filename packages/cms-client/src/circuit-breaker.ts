/**
 * Remembers that the CMS is not answering, so readers do not each wait a full timeout for it.
 *
 * Closed: requests get the normal deadline. After `threshold` consecutive timeouts or network errors
 * the circuit opens for `cooldownMs`: requests then get a deadline of `openDeadlineMs` (tens of ms)
 * instead of being refused outright, because under Next a fetch whose answer is in the data cache
 * never touches the CMS and must still succeed; only a fetch that really goes to the hung CMS fails,
 * and fails fast. After the cooldown one request at a time is given the full deadline again (half
 * open); its success closes the circuit, its failure re-opens it.
 *
 * Why not opossum or cockatiel: both refuse calls while open (that would also refuse what Next's
 * data cache can answer), opossum depends on Node's `events`, and cockatiel 4 needs Node 22. This is
 * the state machine and nothing else; it runs in Node and in browsers (no timers of its own).
 */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default 1: a CMS that timed out is not answering. */
  threshold?: number;
  /** How long the circuit stays open before one request is tried with the full deadline. */
  cooldownMs?: number;
  /** Deadline while open: enough for a cache answer, far too short to wait for a hung server. */
  openDeadlineMs?: number;
  now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;
  private probing = false;
  private readonly threshold: number;
  private readonly cooldownMs: number;
  readonly openDeadlineMs: number;
  private readonly now: () => number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.threshold = options.threshold ?? 1;
    this.cooldownMs = options.cooldownMs ?? 3000;
    this.openDeadlineMs = options.openDeadlineMs ?? 25;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.failures < this.threshold) return 'closed';
    return this.now() < this.openUntil ? 'open' : 'half-open';
  }

  /**
   * The deadline for the next request, given the normal one. In half-open state the first caller gets
   * the full deadline (the probe) and the others the short one until the probe has finished.
   */
  deadline(normalMs: number): { ms: number; probe: boolean } {
    const state = this.state;
    if (state === 'closed') return { ms: normalMs, probe: false };
    if (state === 'half-open' && !this.probing) {
      this.probing = true;
      return { ms: normalMs, probe: true };
    }
    return { ms: Math.min(normalMs, this.openDeadlineMs), probe: false };
  }

  /**
   * A request succeeded (any HTTP status). Only a full-deadline request closes an open circuit: a
   * quick success while open may have come from a cache without reaching the CMS.
   */
  success(probe = false): void {
    if (probe) this.probing = false;
    else if (this.state !== 'closed') return;
    this.failures = 0;
    this.openUntil = 0;
  }

  /**
   * A timeout or a network error. While open, failures of short-deadline requests prove nothing new and
   * must not push the cooldown further (under steady traffic the circuit would never try again): only
   * the probe's failure re-opens it.
   */
  failure(probe = false): void {
    if (probe) this.probing = false;
    else if (this.state !== 'closed') return;
    this.failures += 1;
    if (this.failures >= this.threshold) this.openUntil = this.now() + this.cooldownMs;
  }
}
