// Next's incremental cache (next.config.ts `cacheHandler`): the default file-system cache, except that
// answers any URL could produce in unbounded numbers are kept in memory only (Next's LRU, bounded by
// `cacheMaxMemorySize`), never written to disk:
// - a page that rendered a 404 (an unknown slug: html, rsc, meta and segment files per URL);
// - a CMS answer with no results (the lookup of that unknown slug in the data cache).
// A stream of random URLs therefore cannot fill the disk. Real pages and non-empty data are stored as
// before. Plain CommonJS because Next loads this file itself, at build and at start.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS file, loaded by Next itself
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

/** True for an empty Strapi list: `{"data":[],"meta":{…"total":0…}}`. */
function isEmptyCmsAnswer(value) {
  if (!value || value.kind !== 'FETCH' || !value.data || typeof value.data.body !== 'string') return false;
  try {
    const body = JSON.parse(Buffer.from(value.data.body, 'base64').toString('utf8'));
    return Array.isArray(body?.data) && body.data.length === 0;
  } catch {
    return false;
  }
}

function isPerUrlMiss(value) {
  if (!value) return false;
  if ((value.kind === 'APP_PAGE' || value.kind === 'PAGES') && value.status === 404) return true;
  return isEmptyCmsAnswer(value);
}

module.exports = class DiskCacheHandler extends FileSystemCache {
  set(key, data, ctx) {
    if (!isPerUrlMiss(data)) return super.set(key, data, ctx);
    // FileSystemCache checks flushToDisk synchronously, before its first await: turning it off around
    // the call keeps this entry in memory without affecting concurrent writes.
    const flush = this.flushToDisk;
    this.flushToDisk = false;
    try {
      return super.set(key, data, ctx);
    } finally {
      this.flushToDisk = flush;
    }
  }
};

module.exports.isPerUrlMiss = isPerUrlMiss;
