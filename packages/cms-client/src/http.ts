import type { z } from 'zod';
import type { CircuitBreaker } from './circuit-breaker';
import { CmsResponseError, CmsUnavailableError, CmsValidationError } from './errors';

// One function performs every request: timeout, auth header, Next cache hints, error classes and
// schema validation live here and nowhere else.

export interface HttpConfig {
  baseUrl: string;
  token?: string;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Seconds for Next's data cache; undefined leaves Next's default. */
  revalidateSeconds?: number;
  /** Previews must never be served from, or stored in, a shared cache. */
  noStore: boolean;
  /** Shortens the deadline while the CMS is known not to answer (circuit-breaker.ts). */
  breaker?: CircuitBreaker;
  /** Tells a hung CMS from a busy one before the full timeout (see `stillAlive`). */
  liveness?: LivenessConfig;
}

export interface LivenessConfig {
  /** After this long without an answer, ask the CMS's health endpoint. */
  afterMs: number;
  /** How long the health endpoint has to answer. */
  timeoutMs: number;
  /** Unpatched fetch for the health check (Next's patched fetch would cache it or mark pages dynamic). */
  fetch: typeof fetch;
}

/**
 * A frozen CMS accepts connections and never answers; a busy one answers slowly. Strapi's `/_health`
 * touches no database, so a server that cannot answer it within `timeoutMs` is hung (or gone), while a
 * busy one still does. Any HTTP status counts as alive.
 */
async function stillAlive(baseUrl: string, liveness: LivenessConfig): Promise<boolean> {
  try {
    await liveness.fetch(`${baseUrl}/_health`, {
      method: 'GET',
      cache: 'no-store',
      signal: AbortSignal.timeout(liveness.timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

/** RequestInit plus Next's extension. Other runtimes ignore the unknown `next` key. */
type NextRequestInit = RequestInit & { next?: { tags?: string[]; revalidate?: number } };

function describeCmsError(body: unknown): string | null {
  if (body && typeof body === 'object' && 'error' in body) {
    const error = (body as { error?: { message?: unknown } }).error;
    if (error && typeof error.message === 'string') return error.message;
  }
  return null;
}

/** Node's fetch hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message}: ${code}` : error.message;
}

export async function requestJson(config: HttpConfig, path: string, tags: string[]): Promise<unknown> {
  const url = `${config.baseUrl}${path}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (config.token) headers.Authorization = `Bearer ${config.token}`;

  const init: NextRequestInit = { method: 'GET', headers };
  if (config.noStore) {
    init.cache = 'no-store';
  } else {
    init.next = {
      tags,
      ...(config.revalidateSeconds !== undefined ? { revalidate: config.revalidateSeconds } : {}),
    };
  }

  const { ms: deadline, probe } = config.breaker?.deadline(config.timeoutMs) ?? {
    ms: config.timeoutMs,
    probe: false,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deadline);
  // With the full deadline, a CMS that also ignores its health check is given up on early.
  let hung = false;
  const liveness = config.liveness;
  const livenessTimer =
    liveness && deadline === config.timeoutMs && liveness.afterMs < deadline
      ? setTimeout(() => {
          void stillAlive(config.baseUrl, liveness).then((alive) => {
            if (alive || controller.signal.aborted) return;
            hung = true;
            controller.abort();
          });
        }, liveness.afterMs)
      : undefined;
  const started = Date.now();
  let status: number;
  let text: string;
  try {
    const response = await config.fetch(url, { ...init, signal: controller.signal });
    status = response.status;
    // Read the body under the same timer: a server that sends headers and then stalls is also down.
    text = await response.text();
    config.breaker?.success(probe);
  } catch (cause) {
    // Only the CMS's own silence or refusal, seen with the full deadline, opens a closed circuit: our
    // deadline or health check fired, or the connection failed (fetch's TypeError). A short-deadline
    // request started while the circuit was open proves nothing (it may fail just after a probe closed
    // the circuit), nor does an error from a layer in between (e.g. Next's data cache while its Redis is
    // going away). A probe that ended either way is over.
    const cmsFailed = controller.signal.aborted || cause instanceof TypeError;
    if (probe || (cmsFailed && deadline === config.timeoutMs)) config.breaker?.failure(probe);
    const reason = hung
      ? `no answer, nor from its health check, after ${Date.now() - started} ms (hung)`
      : controller.signal.aborted
        ? deadline < config.timeoutMs
          ? `no answer within ${deadline} ms while the CMS is known to be down (circuit open)`
          : `timed out after ${deadline} ms`
        : `network error (${describeNetworkError(cause)})`;
    throw new CmsUnavailableError(`CMS request ${path} failed: ${reason}`, { cause });
  } finally {
    clearTimeout(timer);
    clearTimeout(livenessTimer);
  }

  let body: unknown = undefined;
  let parseError: unknown = null;
  try {
    body = JSON.parse(text);
  } catch (error) {
    parseError = error;
  }

  if (status >= 500 || status === 429 || status === 408) {
    throw new CmsUnavailableError(`CMS request ${path} failed with HTTP ${status}`);
  }
  if (status < 200 || status >= 300) {
    const detail = describeCmsError(body);
    throw new CmsResponseError(
      status,
      `CMS request ${path} failed with HTTP ${status}${detail ? `: ${detail}` : ''}`,
    );
  }
  if (parseError !== null) {
    // A 200 that is not JSON comes from something in between (proxy error page, truncated body).
    throw new CmsUnavailableError(`CMS request ${path} returned a body that is not JSON`, {
      cause: parseError,
    });
  }
  return body;
}

export function parseWith<T extends z.ZodType>(schema: T, body: unknown, path: string): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const fieldPath = issue ? issue.path.map(String).join('.') : '';
  const reason = issue ? issue.message : 'invalid response';
  throw new CmsValidationError(
    fieldPath,
    `Unexpected CMS response for ${path.split('?')[0]}: ${fieldPath || '(root)'}: ${reason}`,
  );
}
