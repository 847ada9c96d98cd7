// Surrogate keys for the cache front: every cacheable response names, in an `xkey` header, the cache tags
// it was built from (the Next fetch tags of packages/cms-client/src/cache-tags.ts), so that Varnish can
// purge exactly the pages a publish changed.
//
// Why not Next's own header: `next start` collects those tags in the internal `x-next-cache-tags` header of
// each cache entry but deletes it from the response unless it runs in "minimal mode" (the serverless
// platform mode, see next/dist/build/templates/app-page-runtime.js). So the tags are taken where they pass
// anyway, the cache handler of the scaled shape (cache-handler.mjs):
// - a page or route entry read from or written to the cache carries its collected tags;
// - a data-cache (fetch) read during a render or a dynamic route (feeds, sitemaps) carries the fetch's tags.
// Both are recorded in the per-request state that server.mjs opens for each request (AsyncLocalStorage),
// and turned into `xkey` when the response head is written.
//
// Without REDIS_URL there is no cache handler, hence no `xkey`: the default shape has no front to purge.

const REQUEST_STATE_KEY = Symbol.for('newsroom.request-state');
const PAGE_TAGS_KEY = Symbol.for('newsroom.page-tags');
/** Tags Next adds by itself for path revalidation (`_N_T_/en/layout` …): not content, not purged by us. */
const IMPLICIT_TAG_PREFIX = '_N_T_';
/** Lifetime any shared cache other than our purged front may keep a page (see sharedCacheControl). */
export const SHARED_MAX_AGE_SECONDS = 10;
export const SHARED_STALE_SECONDS = 30;
const PAGE_TAGS_LIMIT = 5000;

/**
 * Last known tags of each page, by pathname. Used when a request got its page from a render another
 * request started (Next shares one render between concurrent requests for a page, so only the first
 * one sees the cache read). Lives on a global: Next may load cache-handler.mjs as a separate module copy.
 */
function pageTags() {
  globalThis[PAGE_TAGS_KEY] ??= new Map();
  return globalThis[PAGE_TAGS_KEY];
}

function currentState() {
  return globalThis[REQUEST_STATE_KEY]?.getStore();
}

/** Tags worth a surrogate key: explicit, and safe inside a space-separated header value. */
export function surrogateKeys(tags) {
  const keys = new Set();
  for (const tag of tags ?? []) {
    if (typeof tag !== 'string' || tag === '' || tag.startsWith(IMPLICIT_TAG_PREFIX)) continue;
    if (/[\s,]/.test(tag)) continue;
    keys.add(tag);
  }
  return [...keys];
}

/** `x-next-cache-tags` is a comma-separated list. */
export function splitTagsHeader(value) {
  if (Array.isArray(value)) return value.flatMap(splitTagsHeader);
  return typeof value === 'string' ? value.split(',').filter(Boolean) : [];
}

/** The pathname a route-cache key stands for: `/_next-route-cache/app_page/<hash>/$/en/news/x` → `/en/news/x`. */
export function pathnameOfCacheKey(key) {
  if (typeof key !== 'string') return undefined;
  const at = key.indexOf('/$/');
  if (at === -1) return undefined;
  const pathname = key.slice(at + 2);
  return pathname === '/index' ? '/' : pathname;
}

/** Records tags the current request's response was built from. */
export function recordTags(tags) {
  const state = currentState();
  if (!state) return;
  state.cacheTags ??= new Set();
  for (const key of surrogateKeys(tags)) state.cacheTags.add(key);
}

/** Records the tags of a page or route cache entry (read or written). */
export function recordEntryTags(cacheKey, tags) {
  const keys = surrogateKeys(tags);
  recordTags(keys);
  const pathname = pathnameOfCacheKey(cacheKey);
  if (!pathname || keys.length === 0) return;
  const known = pageTags();
  known.delete(pathname);
  known.set(pathname, keys);
  if (known.size > PAGE_TAGS_LIMIT) known.delete(known.keys().next().value);
}

/**
 * The shared cache could not be used for this request (Redis down): the page may come from an instance's
 * local copy that missed a revalidation, so the front must not keep it long (no `xkey` → short TTL).
 */
export function markSharedCacheUnavailable() {
  const state = currentState();
  if (state) state.sharedCacheUnavailable = true;
}

const directive = (value, name) => new RegExp(`(?:^|,)\\s*${name}\\s*(?:=|,|$)`, 'i').test(value);

/**
 * What shared caches other than the front see. Next derives `s-maxage` from the pages' revalidate time
 * (an hour) and adds a year of stale-while-revalidate: a CDN would then serve a page for up to an hour
 * after a publish. Purges reach only our front, so any other shared cache gets seconds, not an hour.
 * Browsers get no max-age (as before): they always ask, and the front answers from its cache.
 */
export function sharedCacheControl(value) {
  if (typeof value !== 'string' || !directive(value, 's-maxage')) return value;
  return value
    .replace(/s-maxage\s*=\s*(\d+)/i, (_m, n) => `s-maxage=${Math.min(Number(n), SHARED_MAX_AGE_SECONDS)}`)
    .replace(
      /stale-while-revalidate\s*=\s*(\d+)/i,
      (_m, n) => `stale-while-revalidate=${Math.min(Number(n), SHARED_STALE_SECONDS)}`,
    );
}

/** True when a shared cache may store the response (per its Cache-Control). */
export function isSharedCacheable(cacheControl) {
  if (typeof cacheControl !== 'string') return false;
  if (directive(cacheControl, 'private') || directive(cacheControl, 'no-store')) return false;
  return directive(cacheControl, 's-maxage') || directive(cacheControl, 'public');
}

/**
 * Wraps `res.writeHead` for one request: drops Next's internal tags header, shortens the shared-cache
 * lifetime, and adds `xkey` to a cacheable response whose tags are known.
 */
export function exposeSurrogateKeys(req, res, state) {
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadWithKeys(...args) {
    this.removeHeader('x-next-cache-tags');
    const cacheControl = sharedCacheControl(this.getHeader('cache-control'));
    if (cacheControl !== undefined) this.setHeader('Cache-Control', cacheControl);
    let keys = state.cacheTags ? [...state.cacheTags] : [];
    if (keys.length === 0) {
      const pathname = new URL(req.url ?? '/', 'http://site.invalid').pathname;
      keys = pageTags().get(pathname) ?? [];
    }
    const status = args[0];
    if (
      keys.length > 0 &&
      !state.sharedCacheUnavailable &&
      (status === 200 || status === 404) &&
      isSharedCacheable(cacheControl)
    ) {
      this.setHeader('xkey', keys.join(' '));
    } else {
      this.removeHeader('xkey');
    }
    return writeHead.apply(this, args);
  };
}
