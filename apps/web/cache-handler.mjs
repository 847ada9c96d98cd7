// The shared Next.js cache of the scaled shape: pages, route answers and CMS fetches live in Redis, so any
// number of web instances serve the same pages, and a tag revalidated by one instance (the one the CMS
// webhook reached) is revalidated for all. next.config.ts installs this handler only when REDIS_URL is set;
// `npm start` keeps Next's own cache on disk.
//
// Built on @fortedigital/nextjs-cache-handler (a maintained Next 15/16 handler): its Redis handler first,
// then a local in-memory LRU. Reads go to Redis; when Redis cannot be reached the client is "not ready",
// the Redis handler throws at once and reads fall through to the local copy, so pages keep being served
// (no 5xx, no waiting on a dead socket). The client reconnects by itself when Redis is back.
//
// Two additions around it:
// - the tags of every entry this request reads or writes are recorded for the `xkey` response header
//   (server/surrogate-keys.mjs);
// - after a tag revalidation has been applied to Redis, the cache front is soft-purged by the same keys
//   (server/front-purge.mjs). Doing it here, after Redis has dropped the entries, orders the two: a purge
//   that reached Varnish first would let it fetch and keep the old page again.
//
// Note: this handler drops the tagged entries on revalidateTag (it does not implement the 'max' profile's
// "serve stale once"): the next request renders fresh. Serving stale while that happens is the front's job
// (Varnish grace); without a front, readers wait for one render.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import diskCacheHandler from './server/disk-cache-handler.cjs';
import { frontPurgeSettings, purgeFront } from './server/front-purge.mjs';
import {
  markSharedCacheUnavailable,
  recordEntryTags,
  recordTags,
  splitTagsHeader,
} from './server/surrogate-keys.mjs';

const SHARED_KEY = Symbol.for('newsroom.shared-cache');
/** A Redis command that takes longer than this fails, and the read falls back to the local copy. */
const REDIS_TIMEOUT_MS = 1000;
/** Next loads this module on the first request: that request may wait this long for the first connection. */
const FIRST_CONNECT_WAIT_MS = 500;
/**
 * Lifetime in Redis of what any URL can produce in unbounded numbers (a 404 page, an empty CMS answer; the
 * same test as the disk cache's, server/disk-cache-handler.cjs): shared like everything else, so a publish
 * replaces a 404 on every instance, but gone after about a minute, so random URLs cannot fill Redis.
 */
const PER_URL_MISS_SECONDS = 60;
const { isPerUrlMiss } = diskCacheHandler;

function sharedCache() {
  if (globalThis[SHARED_KEY]) return globalThis[SHARED_KEY];
  const building = process.env.NEXT_PHASE === 'phase-production-build';
  const client = createClient({
    url: process.env.REDIS_URL,
    // Fail commands at once while disconnected instead of queueing them until Redis returns.
    disableOfflineQueue: true,
    pingInterval: 5000,
    socket: {
      connectTimeout: 2000,
      // Keep trying for as long as the process lives, at most every 2 s.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
  });
  /** Tags revalidated while Redis was unreachable: applied to Redis (and purged again) once it is back. */
  const pending = new Set();
  let reported = false;
  const redis = createRedisHandler({ client, keyPrefix: 'newsroom:', timeoutMs: REDIS_TIMEOUT_MS });
  client.on('error', (error) => {
    if (!reported) console.warn(`shared cache (Redis) unavailable, serving local copies: ${error.message}`);
    reported = true;
  });
  client.on('ready', () => {
    if (reported) console.info('shared cache (Redis) connected again');
    reported = false;
    if (pending.size === 0) return;
    const tags = [...pending];
    pending.clear();
    void Promise.all(tags.map((tag) => redis.revalidateTag(tag)))
      .then(() => purgeFront(tags, frontPurgeSettings()))
      .catch((error) => console.error('replaying revalidations after a Redis outage failed:', error));
  });
  let firstConnect = Promise.resolve();
  if (!building) {
    // Not awaited: the site starts (and serves from the local copy) even when Redis is down.
    client.connect().catch((error) => console.warn(`shared cache (Redis) connect failed: ${error.message}`));
    firstConnect = new Promise((resolve) => {
      client.once('ready', resolve);
      setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref();
    });
  }
  const state = { client, pending, firstConnect, handlers: [redis, createLruHandler()] };
  globalThis[SHARED_KEY] = state;
  return state;
}

CacheHandler.onCreation(() => ({ handlers: sharedCache().handlers }));

const isPageOrRoute = (kind) => kind === 'APP_PAGE' || kind === 'APP_ROUTE';

export default class SharedCacheHandler extends CacheHandler {
  async get(cacheKey, ctx) {
    const { client, firstConnect } = sharedCache();
    await firstConnect;
    if (!client.isReady) markSharedCacheUnavailable();
    const entry = await super.get(cacheKey, ctx);
    if (ctx?.kind === 'FETCH') recordTags(ctx.tags);
    else if (isPageOrRoute(entry?.value?.kind))
      recordEntryTags(cacheKey, splitTagsHeader(entry.value.headers?.['x-next-cache-tags']));
    return entry;
  }

  async set(cacheKey, value, ctx) {
    if (value?.kind === 'FETCH') recordTags(ctx?.tags);
    else if (isPageOrRoute(value?.kind))
      recordEntryTags(cacheKey, splitTagsHeader(value.headers?.['x-next-cache-tags']));
    if (isPerUrlMiss(value)) {
      // The handler derives an entry's lifetime from the page's revalidate time, or a fetch's own.
      const short = { revalidate: PER_URL_MISS_SECONDS };
      return value.kind === 'FETCH'
        ? super.set(cacheKey, { ...value, ...short }, ctx)
        : super.set(cacheKey, value, { ...ctx, cacheControl: { ...ctx?.cacheControl, ...short } });
    }
    return super.set(cacheKey, value, ctx);
  }

  async revalidateTag(tag, durations) {
    const tags = typeof tag === 'string' ? [tag] : [...tag];
    const started = Date.now();
    // One tag at a time in the base class (a scan of Redis's tag map each); the tags are independent.
    await Promise.all(tags.map((one) => super.revalidateTag(one, durations)));
    console.info(`shared cache: revalidated ${tags.length} tags in ${Date.now() - started} ms`);
    const { client, pending } = sharedCache();
    if (!client.isReady) for (const one of tags) pending.add(one);
    await purgeFront(tags, frontPurgeSettings());
  }
}
