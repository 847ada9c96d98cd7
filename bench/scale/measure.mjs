#!/usr/bin/env node
// Prints the table (REST latencies, start-up, sitemap slices, admin list) for one or more
// generated databases side by side. Each database is served by a fresh Strapi (serve-cms.mjs, default
// heap); requests are sequential, as in the issue. Timings are printed, never asserted.
//
//   node bench/scale/measure.mjs --database=sqlite:/tmp/bench-100.db --database=sqlite:/tmp/bench-100k.db
//   options: --requests=200 (per figure) --port=23337
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { BENCH_ADMIN } from './strapi-env.mjs';

const { values } = parseArgs({
  options: {
    database: { type: 'string', multiple: true },
    requests: { type: 'string', default: '200' },
    port: { type: 'string', default: '23337' },
  },
});
const requests = Number(values.requests);
const port = Number(values.port);
if (!values.database?.length) {
  console.error('measure: give at least one --database=sqlite:<file>|postgres://…');
  process.exit(2);
}
if (!Number.isInteger(requests) || requests < 1 || requests > 10_000) {
  console.error(`measure: --requests must be 1…10000, got "${values.requests}"`);
  process.exit(2);
}

const here = path.dirname(new URL(import.meta.url).pathname);
const base = `http://127.0.0.1:${port}`;

async function startCms(database) {
  const child = spawn(
    process.execPath,
    [path.join(here, 'serve-cms.mjs'), `--database=${database}`, `--port=${port}`],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: child.stdout });
  for await (const line of lines) {
    if (line.startsWith('{"ready"')) return { child, ...JSON.parse(line) };
  }
  throw new Error(`Strapi on ${database} exited before it was ready`);
}

async function stopCms(child) {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

const SUMMARY =
  'fields[0]=title&fields[1]=slug&fields[2]=excerpt&fields[3]=locale&fields[4]=firstPublishedAt&fields[5]=publishedAt' +
  '&fields[6]=updatedAt&fields[7]=readingTimeMinutes&populate[cover][fields][0]=url&populate[cover][fields][1]=alternativeText' +
  '&populate[cover][fields][2]=width&populate[cover][fields][3]=height&populate[category][fields][0]=name' +
  '&populate[category][fields][1]=slug&populate[author][fields][0]=name&populate[author][fields][1]=slug';
const NEWEST = 'sort[0]=firstPublishedAt:desc&sort[1]=documentId:desc';
const listing = (extra, page = 1) =>
  `/api/articles?${SUMMARY}${extra}&locale=en&${NEWEST}&pagination[page]=${page}&pagination[pageSize]=12`;
const ARTICLE_POPULATE =
  `${SUMMARY}&fields[8]=body&populate[tags][fields][0]=name&populate[tags][fields][1]=slug` +
  '&populate[seo][fields][0]=metaTitle&populate[localizations][fields][0]=slug&populate[localizations][fields][1]=locale';

async function get(url, headers = {}) {
  const started = performance.now();
  const res = await fetch(`${base}${url}`, { headers });
  const body = await res.text();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`GET ${url} → HTTP ${res.status}: ${body.slice(0, 200)}`);
  return { ms, json: JSON.parse(body) };
}

const percentile = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
async function timed(n, run) {
  const times = [];
  for (let i = 0; i < n; i++) times.push(await run(i));
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}
const fmt = ({ p50, p99 }) => `${Math.round(p50)} / ${Math.round(p99)} ms`;

async function measure(database) {
  // First start after generating: builds the indexes and the search index. Second start: normal.
  const first = await startCms(database);
  await stopCms(first.child);
  const cms = await startCms(database);
  const figures = {};
  try {
    const total = (await get(`/api/articles?fields[0]=slug&locale=en&pagination[pageSize]=1`)).json.meta
      .pagination.total;
    const all = (await get(`/api/articles?fields[0]=slug&pagination[pageSize]=1&locale=es`)).json.meta
      .pagination.total;
    figures['published articles (en + es)'] = (total + all).toLocaleString('en');
    figures['first start after loading (indexes, search index)'] = `${(first.loadMs / 1000).toFixed(1)} s`;
    figures['start-up, default heap'] = `${(cms.loadMs / 1000).toFixed(1)} s, ${cms.rssMb} MB RSS`;

    const category = (await get('/api/categories?fields[0]=slug&locale=en&pagination[pageSize]=1')).json
      .data[0].slug;
    const author = (await get('/api/authors?fields[0]=slug&pagination[pageSize]=1')).json.data[0].slug;
    const tag =
      (await get('/api/tags?fields[0]=slug&filters[slug][$eq]=sleep')).json.data[0]?.slug ?? 'sleep';
    const slugs = (
      await get(
        `/api/articles?fields[0]=slug&locale=en&${NEWEST}&pagination[pageSize]=100&pagination[page]=1`,
      )
    ).json.data.map((a) => a.slug);

    figures['home listing, p50 / p99'] = fmt(await timed(requests, async () => (await get(listing(''))).ms));
    figures['listing page 1000, p50 / p99'] = fmt(
      await timed(requests, async () => (await get(listing('', 1000))).ms),
    );
    figures['category listing, p50 / p99'] = fmt(
      await timed(requests, async () => (await get(listing(`&filters[category][slug][$eq]=${category}`))).ms),
    );
    figures['author listing, p50 / p99'] = fmt(
      await timed(requests, async () => (await get(listing(`&filters[author][slug][$eq]=${author}`))).ms),
    );
    figures['tag listing, p50 / p99'] = fmt(
      await timed(requests, async () => (await get(listing(`&filters[tags][slug][$eq]=${tag}`))).ms),
    );
    figures['count (category, pageSize 1), p50 / p99'] = fmt(
      await timed(
        requests,
        async () =>
          (
            await get(
              `/api/articles?fields[0]=slug&locale=en&filters[category][slug][$eq]=${category}&pagination[pageSize]=1`,
            )
          ).ms,
      ),
    );
    figures['search "sleep", p50 / p99'] = fmt(
      await timed(
        requests,
        async () => (await get(`/api/search?q=sleep&${SUMMARY}&locale=en&pagination[pageSize]=12`)).ms,
      ),
    );
    figures['search "sleep routine", p50 / p99'] = fmt(
      await timed(
        requests,
        async () =>
          (await get(`/api/search?q=sleep%20routine&${SUMMARY}&locale=en&pagination[pageSize]=12`)).ms,
      ),
    );
    figures['article by slug (lookup + article), p50 / p99'] = fmt(
      await timed(requests, async (i) => {
        const slug = slugs[i % slugs.length];
        const lookup = await get(
          `/api/articles?fields[0]=slug&filters[slug][$eq]=${slug}&locale=en&pagination[pageSize]=1`,
        );
        const page = await get(
          `/api/articles?${ARTICLE_POPULATE}&filters[documentId][$eq]=${lookup.json.data[0].documentId}&locale=en&pagination[pageSize]=1`,
        );
        return lookup.ms + page.ms;
      }),
    );

    const months = (await get('/api/sitemap/months')).json.data;
    const biggest = months.reduce((a, b) => (b.count > a.count ? b : a), months[0]);
    figures['sitemap months (the index), p50 / p99'] = fmt(
      await timed(Math.min(requests, 50), async () => (await get('/api/sitemap/months')).ms),
    );
    figures['sitemap sections, p50 / p99'] = fmt(
      await timed(Math.min(requests, 50), async () => (await get('/api/sitemap/sections')).ms),
    );
    figures[`sitemap file (largest month, ${biggest.count} URLs), p50 / p99`.replace(/\d+ URLs/, 'n URLs')] =
      fmt(
        await timed(
          Math.min(requests, 50),
          async () => (await get(`/api/sitemap/articles?locale=${biggest.locale}&month=${biggest.month}`)).ms,
        ),
      );

    const login = await fetch(`${base}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(BENCH_ADMIN),
    });
    const jwt = (await login.json()).data?.token;
    if (jwt) {
      const auth = { Authorization: `Bearer ${jwt}` };
      figures['admin list view, p50 / p99'] = fmt(
        await timed(
          Math.min(requests, 50),
          async () =>
            (
              await get(
                '/content-manager/collection-types/api::article.article?page=1&pageSize=10&sort=title:ASC&locale=en',
                auth,
              )
            ).ms,
        ),
      );
    } else {
      figures['admin list view, p50 / p99'] = `n/a (login: HTTP ${login.status})`;
    }
  } finally {
    await stopCms(cms.child);
  }
  return figures;
}

const columns = [];
for (const database of values.database) {
  console.error(`[measure] ${database} …`);
  columns.push({ database, figures: await measure(database) });
}
const rows = [...new Set(columns.flatMap((c) => Object.keys(c.figures)))];
const head = ['figure', ...columns.map((c) => path.basename(c.database))];
console.log(
  `\n${new Date().toISOString()} · load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} · ${os.cpus().length} cores · ${requests} sequential requests per figure\n`,
);
console.log(`| ${head.join(' | ')} |`);
console.log(`|${head.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row} | ${columns.map((c) => c.figures[row] ?? '').join(' | ')} |`);
