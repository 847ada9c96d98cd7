// Old addresses (e.g. WordPress permalinks imported with `npm run import:wordpress`) answered with 308.
//
// The rules live in the CMS's `redirect` collection. This server never asks the CMS per reader: it
// keeps the resolved table in memory and refreshes it in the background from the site's own
// /api/redirects route, which reads the CMS through packages/cms-client into Next's data cache under
// the `redirects` tag — the tag the revalidation webhook refreshes when an editor or the importer
// changes a rule. A failed refresh keeps the last good table.

/** Plain-permalink query keys kept in rule sources (`/?p=12`); any other query string is ignored. */
export const PERMALINK_QUERY_KEYS = ['p', 'page_id', 'cat', 'tag', 'author', 'feed'];
export const REDIRECTS_ROUTE = '/api/redirects';
const MAX_HOPS = 10;

/**
 * "/2023/05/Caf%C3%A9/" → "/2023/05/Café": decoded, no empty or trailing segments, and the first
 * plain-permalink parameter kept ("/?p=12"). The importer stores rule sources in the same form.
 */
export function normalizeRedirectPath(pathname, search = '') {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // a malformed escape stays as written
  }
  path = `/${path.split('/').filter(Boolean).join('/')}`;
  const params = new URLSearchParams(search);
  for (const key of PERMALINK_QUERY_KEYS) {
    const value = params.get(key);
    if (value) return `${path}?${key}=${value}`;
  }
  return path;
}

/**
 * Rules → Map(source → final target). Chains are followed to their end (a → b → c gives a → c, so a
 * reader gets one redirect, not several); a rule that leads back into itself (a loop) or past
 * MAX_HOPS is dropped and named in `dropped`. Targets are site paths or absolute http(s) URLs.
 */
export function resolveRedirects(rules) {
  const direct = new Map();
  for (const { from, to } of rules) {
    if (typeof from !== 'string' || typeof to !== 'string' || !from.startsWith('/')) continue;
    const key = normalizeRedirectPath(...splitQuery(from));
    if (!direct.has(key)) direct.set(key, to);
  }
  const table = new Map();
  const dropped = [];
  for (const [from, first] of direct) {
    const seen = new Set([from]);
    let target = first;
    let ok = true;
    for (let hops = 0; ; hops++) {
      if (!target.startsWith('/') || target.startsWith('//')) break;
      const next = normalizeRedirectPath(...splitQuery(target));
      if (seen.has(next)) {
        ok = false;
        break;
      }
      const further = direct.get(next);
      if (further === undefined) break;
      if (hops >= MAX_HOPS) {
        ok = false;
        break;
      }
      seen.add(next);
      target = further;
    }
    if (ok) table.set(from, target);
    else dropped.push(from);
  }
  return { table, dropped };
}

function splitQuery(path) {
  const at = path.indexOf('?');
  return at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}

/**
 * The in-memory table with background refresh. `find(url)` is synchronous; `ready(ms)` lets the first
 * requests after start wait (briefly) for the first load.
 */
export function createRedirectTable({ load, refreshMs = 5000, log = console }) {
  let table = new Map();
  let loadedAt = 0;
  let loading = null;
  let first = null;
  let firstSettled = false;

  function refresh() {
    loading ??= load()
      .then((entries) => {
        table = new Map(entries);
      })
      .catch((error) => {
        log.error(
          `[redirects] could not refresh the redirect table: ${error instanceof Error ? error.message : error}`,
        );
      })
      .finally(() => {
        loadedAt = Date.now();
        loading = null;
      });
    return loading;
  }

  return {
    /** The target for a request URL ("/path?query"), or null. */
    find(url) {
      if (Date.now() - loadedAt > refreshMs) void refresh();
      if (table.size === 0) return null;
      const at = url.indexOf('?');
      const pathname = at < 0 ? url : url.slice(0, at);
      const search = at < 0 ? '' : url.slice(at);
      return (
        table.get(normalizeRedirectPath(pathname, search)) ??
        (search ? (table.get(normalizeRedirectPath(pathname)) ?? null) : null)
      );
    },
    /** Only the very first load is waited for (bounded): later refreshes never hold a request. */
    async ready(timeoutMs) {
      if (firstSettled) return;
      first ??= refresh().finally(() => (firstSettled = true));
      let timer;
      await Promise.race([first, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
    },
  };
}

/** Requests that never redirect: the app's own routes and assets. */
export function isCandidate(method, url) {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return !url.startsWith('/_next/') && !url.startsWith('/api/');
}

/**
 * 308 to the target, without the request's query string (tracking parameters, ?p=…). Browsers may keep
 * it five minutes; shared caches ten seconds (the table itself refreshes within seconds of a change),
 * and the cache front can purge it by the `redirects` surrogate key.
 */
export function sendRedirect(res, target) {
  res.statusCode = 308;
  res.setHeader('Location', target);
  res.setHeader('Cache-Control', 'public, max-age=300, s-maxage=10');
  res.setHeader('xkey', 'redirects');
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`Moved permanently to ${target}\n`);
}

/** Loads the table from this server's own cached route. */
export function loadFromRoute(selfOrigin) {
  return async () => {
    const response = await fetch(`${selfOrigin}${REDIRECTS_ROUTE}`, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`${REDIRECTS_ROUTE} answered ${response.status}`);
    const body = await response.json();
    if (!body || !Array.isArray(body.redirects))
      throw new Error(`${REDIRECTS_ROUTE} answered an unexpected body`);
    return body.redirects.filter(
      (pair) => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string',
    );
  };
}
