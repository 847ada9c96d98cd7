import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker';
import { CmsError } from './errors';
import type { HttpConfig } from './http';
import type { MapContext } from './mappers';
import type { PublicationStatus } from './query';

export interface CmsClientOptions {
  /** Strapi origin, e.g. http://127.0.0.1:1337. A trailing slash is fine. */
  baseUrl: string;
  /** Origin for relative /uploads URLs (a CDN or the public CMS address); defaults to baseUrl. */
  mediaBaseUrl?: string;
  /** API token; required for drafts. */
  token?: string;
  /** 'draft' reads unpublished versions (preview) and bypasses caches; needs a token. */
  status?: PublicationStatus;
  fetch?: typeof fetch;
  /** Passed as init.next.revalidate (ignored outside Next). */
  revalidateSeconds?: number;
  /** Default 8000: a busy CMS that still answers its health check is waited for this long. */
  timeoutMs?: number;
  /**
   * A CMS that has not answered after `afterMs` (default 1000) and whose `/_health` does not answer
   * within `timeoutMs` (default 1500) either is hung: the request fails then, not at the full timeout.
   * `false` turns the check off.
   */
  liveness?: { afterMs?: number; timeoutMs?: number } | false;
  /**
   * After a timeout or network error the client stops waiting for the CMS for a while (see
   * circuit-breaker.ts). Options give the client a breaker of its own; a CircuitBreaker instance is
   * shared with whoever else holds it (several clients of one CMS); `false` turns it off.
   */
  circuitBreaker?: CircuitBreakerOptions | CircuitBreaker | false;
}

/**
 * The longest a busy but live CMS is waited for. A hung one is given up on after about 2.5 s (the
 * liveness check), so a reader of a page that cannot be built gets the 503 page within about 3 s.
 */
export const DEFAULT_TIMEOUT_MS = 8000;
export const DEFAULT_LIVENESS = { afterMs: 1000, timeoutMs: 1500 };

export interface ResolvedOptions {
  status: PublicationStatus;
  http: HttpConfig;
  map: MapContext;
}

function checkOrigin(name: string, value: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new CmsError(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

/**
 * The fetch to use for the health check: Next's patched fetch would put it in the data cache or mark
 * the page being rendered as dynamic, so the original Next keeps (`_nextOriginalFetch`) is used.
 */
function unpatchedFetch(given: typeof fetch | undefined): typeof fetch {
  return (input, init) => {
    const current = given ?? globalThis.fetch;
    const original = (current as typeof fetch & { _nextOriginalFetch?: typeof fetch })._nextOriginalFetch;
    return (original ?? current)(input, init);
  };
}

/** By shape, not instanceof: a bundler may load this module more than once, each with its own class. */
function isBreaker(value: unknown): value is CircuitBreaker {
  return typeof (value as CircuitBreaker | undefined)?.deadline === 'function';
}

/** Misconfiguration fails when the client is created, with a message naming the option. */
export function resolveOptions(options: CmsClientOptions): ResolvedOptions {
  const baseUrl = checkOrigin('baseUrl', options.baseUrl);
  const status: PublicationStatus = options.status ?? 'published';
  if (status === 'draft' && !options.token) {
    // Without a token the CMS must refuse drafts; failing here makes the misconfiguration obvious.
    throw new CmsError('Reading drafts needs an API token: pass `token` together with status "draft"');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new CmsError('timeoutMs must be a positive number');
  }
  if (!options.fetch && typeof globalThis.fetch !== 'function') {
    throw new CmsError('No fetch implementation: pass `fetch`');
  }
  return {
    status,
    http: {
      baseUrl,
      token: options.token,
      // The global is looked up per call: Next instruments it, and this module may load before that.
      fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init),
      timeoutMs,
      revalidateSeconds: options.revalidateSeconds,
      noStore: status === 'draft',
      liveness:
        options.liveness === false
          ? undefined
          : { ...DEFAULT_LIVENESS, ...options.liveness, fetch: unpatchedFetch(options.fetch) },
      breaker:
        options.circuitBreaker === false
          ? undefined
          : isBreaker(options.circuitBreaker)
            ? options.circuitBreaker
            : new CircuitBreaker(options.circuitBreaker),
    },
    map: {
      mediaBaseUrl: options.mediaBaseUrl ? checkOrigin('mediaBaseUrl', options.mediaBaseUrl) : baseUrl,
      includeDrafts: status === 'draft',
    },
  };
}
