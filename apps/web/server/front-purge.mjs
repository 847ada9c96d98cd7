// Purges the cache front (Varnish, docker/varnish/default.vcl) by surrogate key once Next's shared cache
// has dropped the same tags. A soft purge: Varnish keeps the old copy in grace and serves it while one
// background fetch gets the new page, so readers never meet a wave of misses after a publish.
//
// The front accepts PURGE only from its ACL (loopback, the compose network) and with the shared secret in
// `X-Purge-Secret`; it answers `200` with the number of objects it marked stale.
import { surrogateKeys } from './surrogate-keys.mjs';

const TIMEOUT_MS = 2000;
const ATTEMPTS = 3;

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one soft purge for `tags`. Never throws: a front that cannot be reached is logged (its TTL bounds
 * how stale it can get), and the publish itself has already succeeded in Next's cache.
 * Resolves to the number of objects the front marked stale, or undefined when the purge failed.
 */
export async function purgeFront(tags, { url, secret, fetchImpl = globalThis.fetch, log = console } = {}) {
  const keys = surrogateKeys(tags);
  if (!url || !secret || keys.length === 0) return 0;
  let lastProblem = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      const response = await fetchImpl(url, {
        method: 'PURGE',
        headers: { 'xkey-purge': keys.join(' '), 'x-purge-secret': secret },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.ok) {
        const purged = Number.parseInt(response.headers.get('x-purged') ?? '', 10) || 0;
        log.info?.(`cache front: soft-purged ${purged} objects for keys [${keys.join(' ')}]`);
        return purged;
      }
      lastProblem = `HTTP ${response.status} ${text.slice(0, 200)}`;
      // A refusal (403: wrong secret or address) will not change on retry.
      if (response.status >= 400 && response.status < 500) break;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    if (attempt < ATTEMPTS) await delay(100 * attempt);
  }
  log.error(`cache front purge of [${keys.join(' ')}] failed: ${lastProblem}`);
  return undefined;
}

/** The purge settings of this process (validated by lib/env.ts when the server started). */
export function frontPurgeSettings(source = process.env) {
  const url = source.FRONT_PURGE_URL?.trim();
  const secret = source.FRONT_PURGE_SECRET?.trim();
  return url && secret ? { url, secret } : undefined;
}
