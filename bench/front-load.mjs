// 200 concurrent readers for 30 s through the cache front on a mix of article, home and category pages,
// while 5 publishes happen (one every 5 s, through Strapi's API: each one revalidates Next's shared cache
// and soft-purges the front). Goal: 0 failed requests and p99 ≤ 200 ms. Figures are printed, not
// asserted. Needs `npm run start:front` running and Debian's wrk.
//   node bench/front-load.mjs [--front URL] [--cms URL] [--connections 200] [--seconds 30] [--publishes 5]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminCredentials, systemFromArgs, temporaryWriteToken } from './local-system.mjs';
import { requireWrk, wrk } from './wrk.mjs';

const options = systemFromArgs({
  front: { type: 'string', default: 'http://127.0.0.1:8080' },
  connections: { type: 'string', default: '200' },
  seconds: { type: 'string', default: '30' },
  publishes: { type: 'string', default: '5' },
});
const whole = (name, min, max) => {
  const n = Number(options[name]);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}, got "${options[name]}"`);
    process.exit(2);
  }
  return n;
};
const connections = whole('connections', 1, 10_000);
const seconds = whole('seconds', 5, 600);
const publishes = whole('publishes', 0, 100);
const { cms, front } = options;
try {
  new URL(front);
} catch {
  console.error(`--front must be an absolute URL, got "${front}"`);
  process.exit(2);
}
await requireWrk();

const list = await (
  await fetch(
    `${cms}/api/articles?locale=en&sort[0]=publishedAt:desc&pagination[pageSize]=20&fields[0]=slug&fields[1]=title` +
      '&populate[category][fields][0]=slug',
  )
).json();
const articles = list.data;
const categories = [...new Set(articles.map((a) => a.category?.slug).filter(Boolean))];
// Reader mix: half article pages, a quarter home pages, a quarter category pages.
const paths = [
  ...articles.slice(0, 10).map((a) => `/en/news/${a.slug}`),
  ...Array.from({ length: 5 }, () => '/en'),
  ...categories.slice(0, 5).map((slug) => `/en/category/${slug}`),
];
for (const path of new Set(paths)) await fetch(new URL(path, front)); // cached before the readers arrive

const dir = mkdtempSync(join(tmpdir(), 'newsroom-load-'));
const script = join(dir, 'mix.lua');
writeFileSync(
  script,
  `local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
request = function()
  return wrk.format("GET", paths[math.random(#paths)], { ["Accept-Encoding"] = "gzip" })
end
`,
);

// The newest article is edited `publishes` times during the run (restored afterwards).
const target = articles[0];
const { token, revoke } = await temporaryWriteToken(cms, adminCredentials());
const setTitle = async (title) => {
  const response = await fetch(`${cms}/api/articles/${target.documentId}?locale=en`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { title } }),
  });
  if (!response.ok) throw new Error(`PUT → HTTP ${response.status}`);
};

console.log(
  `${connections} readers for ${seconds} s through ${front} over ${new Set(paths).size} pages ` +
    `(${articles.slice(0, 10).length} articles, home, ${categories.slice(0, 5).length} categories), ` +
    `${publishes} publishes; ${cpus().length} cores, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
);
const started = Date.now();
const publishing = (async () => {
  const gap = (seconds * 1000) / (publishes + 1);
  for (let i = 1; i <= publishes; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, started + gap * i - Date.now()));
    await setTitle(`${target.title.slice(0, 140)} (load edit ${i})`);
    console.log(`publish ${i} at ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
})();
let result;
try {
  [result] = await Promise.all([
    wrk(`${front}/`, { threads: Math.min(2, cpus().length), connections, durationS: seconds, script }),
    publishing,
  ]);
} finally {
  await setTitle(target.title).catch(() => {});
  await revoke();
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `requests ${result.requests} (${result.requestsPerSecond.toFixed(0)}/s), failed ${result.failures}, ` +
    `latency p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms`,
);
console.log(
  `goal: 0 failures and p99 ≤ 200 ms → ${result.failures === 0 && result.p99 <= 200 ? 'met' : 'NOT met'}`,
);
console.log(
  `load average after: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
