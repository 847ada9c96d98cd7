/**
 * @jest-environment node
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the handler is CommonJS, as Next loads it
const DiskCacheHandler = require('../../server/disk-cache-handler.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js');

const countFiles = (dir: string): number =>
  readdirSync(dir).reduce((total, name) => {
    const child = join(dir, name);
    return total + (statSync(child).isDirectory() ? countFiles(child) : 1);
  }, 0);

const page = (status: number) => ({
  kind: 'APP_PAGE',
  html: '<html></html>',
  rscData: Buffer.from('0:{}'),
  headers: {},
  status,
  postponed: undefined,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
});
const fetchEntry = (body: unknown) => ({
  kind: 'FETCH',
  data: {
    headers: {},
    body: Buffer.from(JSON.stringify(body)).toString('base64'),
    status: 200,
    url: 'http://cms/api/x',
  },
  revalidate: 3600,
  tags: [],
});

describe('the disk cache handler', () => {
  let dir: string;
  let cache: {
    set: (key: string, data: unknown, ctx: unknown) => Promise<void>;
    get: (key: string, ctx: unknown) => Promise<unknown>;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'next-cache-'));
    cache = new DiskCacheHandler({
      fs: nodeFs,
      serverDistDir: dir,
      flushToDisk: true,
      revalidatedTags: [],
      maxMemoryCacheSize: 1024 * 1024,
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const pageCtx = {
    kind: 'APP_PAGE',
    isRoutePPREnabled: false,
    isFallback: false,
    cacheControl: { revalidate: 3600, expire: undefined },
  };
  const fetchCtx = { kind: 'FETCH', fetchCache: true, tags: [], fetchUrl: 'http://cms/api/x' };

  it('writes real pages and non-empty CMS answers to disk', async () => {
    await cache.set('/en/news/a-story', page(200), pageCtx);
    await cache.set('f1', fetchEntry({ data: [{ id: 1 }], meta: {} }), fetchCtx);
    expect(countFiles(dir)).toBeGreaterThanOrEqual(4);
  });

  it.each(Array.from({ length: 5 }, (_, i) => `/en/news/unknown-${i}`))(
    'keeps the 404 of %s and its empty CMS answer in memory only',
    async (key) => {
      await cache.set(key, page(404), pageCtx);
      await cache.set(`fetch-${key}`, fetchEntry({ data: [], meta: { pagination: { total: 0 } } }), fetchCtx);
      expect(countFiles(dir)).toBe(0);
      expect(await cache.get(key, pageCtx)).toMatchObject({ value: { status: 404 } });
    },
  );
});
