// Lighthouse (mobile, the default config) against a running newsroom site, in Debian's Chromium.
//
//   node bench/lighthouse.mjs http://localhost:3000/en                 # home + its newest article
//   node bench/lighthouse.mjs URL [URL…] [--runs=3] [--json=out.json] [--js-budget=120]
//
// With a single URL that is a language's home page, the newest article linked from it is audited too.
// For each page it prints the four category scores, the main timings, the number of requests and the
// bytes of JavaScript loaded. With --runs=N each page is audited N times and the run with the median
// performance score is reported (simulated throttling still varies a little between runs).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function parseArgs(argv) {
  const urls = [];
  let runs = 1;
  let json;
  let jsBudgetKb;
  for (const arg of argv) {
    if (arg.startsWith('--runs=')) runs = Number(arg.slice(7));
    else if (arg.startsWith('--js-budget=')) jsBudgetKb = Number(arg.slice(12));
    else if (arg.startsWith('--json=')) json = arg.slice(7);
    else urls.push(arg);
  }
  if (
    urls.length === 0 ||
    !Number.isInteger(runs) ||
    runs < 1 ||
    (jsBudgetKb !== undefined && !(jsBudgetKb > 0))
  ) {
    console.error('usage: node bench/lighthouse.mjs URL [URL…] [--runs=N] [--json=file] [--js-budget=KB]');
    process.exit(2);
  }
  return { urls, runs, json, jsBudgetKb };
}

/** The newest article on a home page: the first link to /<locale>/news/… in its HTML. */
async function withNewestArticle(urls) {
  if (urls.length !== 1) return urls;
  const home = new URL(urls[0]);
  const locale = /^\/([a-z]{2})\/?$/.exec(home.pathname)?.[1];
  if (!locale) return urls;
  const html = await (await fetch(home)).text();
  const path = new RegExp(`href="(/${locale}/news/[^"#?]+)"`).exec(html)?.[1];
  return path ? [home.href, new URL(path, home).href] : urls;
}

/** Chromium with a throw-away profile and a DevTools port, and no traffic of its own. */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'newsroom-lighthouse-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${seen}`)));
  });
  return {
    port,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What one Lighthouse run says about a page. */
function summarize(lhr) {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  return {
    url: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])),
    metrics: {
      fcpMs: ms('first-contentful-paint'),
      lcpMs: ms('largest-contentful-paint'),
      tbtMs: ms('total-blocking-time'),
      cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      speedIndexMs: ms('speed-index'),
    },
    requests: requests.length,
    scriptRequests: scripts.length,
    jsTransferBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    jsResourceBytes: scripts.reduce((sum, r) => sum + (r.resourceSize ?? 0), 0),
    totalTransferBytes: Math.round(lhr.audits['total-byte-weight']?.numericValue ?? 0),
    failed: Object.values(lhr.categories)
      .flatMap((category) => category.auditRefs)
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .filter((ref, i, all) => all.findIndex((other) => other.id === ref.id) === i)
      .map((ref) => ref.id),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function print(result) {
  const { scores, metrics } = result;
  console.log(`\n${result.url}`);
  console.log(
    `  performance ${scores.performance} · accessibility ${scores.accessibility} · best practices ${scores['best-practices']} · SEO ${scores.seo}`,
  );
  console.log(
    `  FCP ${metrics.fcpMs} ms · LCP ${metrics.lcpMs} ms · TBT ${metrics.tbtMs} ms · CLS ${metrics.cls} · Speed Index ${metrics.speedIndexMs} ms`,
  );
  console.log(
    `  ${result.requests} requests (${result.scriptRequests} scripts) · JavaScript ${kb(result.jsTransferBytes)} transferred, ${kb(result.jsResourceBytes)} uncompressed · page ${kb(result.totalTransferBytes)} in total`,
  );
  if (result.failed.length > 0) console.log(`  audits below 100: ${result.failed.join(', ')}`);
}

const { urls: given, runs, json, jsBudgetKb } = parseArgs(process.argv.slice(2));
const urls = await withNewestArticle(given);
const chromium = await launchChromium();
const results = [];
try {
  for (const url of urls) {
    const attempts = [];
    for (let run = 0; run < runs; run++) {
      const outcome = await lighthouse(url, {
        port: chromium.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: CATEGORIES,
      });
      if (!outcome?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (outcome.lhr.runtimeError) throw new Error(`${url}: ${outcome.lhr.runtimeError.message}`);
      attempts.push(summarize(outcome.lhr));
    }
    attempts.sort((a, b) => a.scores.performance - b.scores.performance);
    const median = attempts[Math.floor(attempts.length / 2)];
    results.push({ ...median, runs, performanceRuns: attempts.map((a) => a.scores.performance) });
    print(median);
    if (runs > 1)
      console.log(`  performance over ${runs} runs: ${attempts.map((a) => a.scores.performance).join(', ')}`);
    // A figure, not a test: KB = 1,000 bytes of gzip JavaScript transferred.
    if (jsBudgetKb !== undefined) {
      const kb = median.jsTransferBytes / 1000;
      console.log(
        `  JavaScript ${kb.toFixed(1)} KB of a ${jsBudgetKb} KB budget: ${kb <= jsBudgetKb ? 'within' : 'OVER'}`,
      );
    }
  }
} finally {
  await chromium.close();
}
if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
