// The cache front against a static file server, side by side in one run: nginx serving our article's HTML
// as a pre-compressed static file (gzip_static), the front (Varnish) serving the same page, and one web
// instance (Next, no front). Each round runs `wrk -t1 -c10 -d8s` with gzip against each in turn, so
// machine load hits all three alike. Goal: the front ≥ 0.8× nginx's requests/s. Figures are printed,
// not asserted. Needs `npm run start:front` running and Debian's nginx-light and wrk.
//   node bench/front-throughput.mjs [--front URL] [--site URL] [--cms URL] [--rounds 2] [--nginx-port 8089]
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { systemFromArgs } from './local-system.mjs';
import { requireWrk, wrk } from './wrk.mjs';

const {
  cms,
  site,
  front,
  rounds: roundsArg,
  'nginx-port': nginxPortArg,
} = systemFromArgs({
  front: { type: 'string', default: 'http://127.0.0.1:8080' },
  rounds: { type: 'string', default: '2' },
  'nginx-port': { type: 'string', default: '8089' },
});
try {
  new URL(front);
} catch {
  console.error(`--front must be an absolute URL, got "${front}"`);
  process.exit(2);
}
const rounds = Number(roundsArg);
const nginxPort = Number(nginxPortArg);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10) {
  console.error(`--rounds must be a whole number from 1 to 10, got "${roundsArg}"`);
  process.exit(2);
}
if (!Number.isInteger(nginxPort) || nginxPort < 1024 || nginxPort > 65535) {
  console.error(`--nginx-port must be a port number from 1024, got "${nginxPortArg}"`);
  process.exit(2);
}
await requireWrk();

const list = await (
  await fetch(`${cms}/api/articles?locale=en&sort[0]=publishedAt:desc&pagination[pageSize]=1&fields[0]=slug`)
).json();
const path = `/en/news/${list.data[0].slug}`;
// Twice: the second answer is the cached page.
await fetch(new URL(path, front));
const page = await fetch(new URL(path, front));
if (!page.ok) throw new Error(`${front}${path} answered ${page.status}`);
const html = Buffer.from(await page.arrayBuffer());

// nginx serves the very same bytes, kept compressed next to the file (gzip_static).
const dir = mkdtempSync(join(tmpdir(), 'newsroom-nginx-'));
chmodSync(dir, 0o755);
writeFileSync(join(dir, 'article.html'), html);
writeFileSync(join(dir, 'article.html.gz'), gzipSync(html, { level: 9 }));
writeFileSync(
  join(dir, 'nginx.conf'),
  `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes auto;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${nginxPort};
    root ${dir};
    gzip_static on;
    location = /article { default_type "text/html; charset=utf-8"; try_files /article.html =404; }
  }
}
`,
);
execFileSync('mkdir', ['-p', join(dir, 'tmp')]);
const nginx = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
const stopNginx = () => {
  nginx.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
};
process.on('exit', stopNginx);
const nginxUrl = `http://127.0.0.1:${nginxPort}/article`;
for (let i = 0; ; i += 1) {
  try {
    if ((await fetch(nginxUrl)).ok) break;
  } catch {
    if (i > 50) throw new Error('nginx did not start');
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const targets = {
  'nginx static (gzip_static)': nginxUrl,
  'front (Varnish)': new URL(path, front).toString(),
  'bare Next (one web instance)': new URL(path, site).toString(),
};
console.log(`article ${path}: ${html.length} bytes of HTML, ${gzipSync(html).length} gzipped`);
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
const results = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
for (let round = 1; round <= rounds; round += 1) {
  for (const [name, url] of Object.entries(targets)) {
    const result = await wrk(url, { threads: 1, connections: 10, durationS: 8 });
    results[name].push(result);
    console.log(
      `round ${round} ${name.padEnd(30)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s  ` +
        `p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  failures ${result.failures}`,
    );
  }
}
const best = (name) => Math.max(...results[name].map((r) => r.requestsPerSecond));
const nginxBest = best('nginx static (gzip_static)');
console.log('\nbest round of each (wrk -t1 -c10 -d8s, Accept-Encoding: gzip):');
for (const name of Object.keys(targets)) {
  const top = results[name].reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
  console.log(
    `  ${name.padEnd(30)} ${top.requestsPerSecond.toFixed(0).padStart(7)} req/s  ${(
      top.requestsPerSecond / nginxBest
    )
      .toFixed(2)
      .padStart(5)}× nginx  p50 ${top.p50.toFixed(2)} ms  p99 ${top.p99.toFixed(2)} ms`,
  );
}
const ratio = best('front (Varnish)') / nginxBest;
console.log(`goal: front ≥ 0.80× nginx static → ${ratio.toFixed(2)}× ${ratio >= 0.8 ? 'met' : 'NOT met'}`);
console.log(
  `load average after: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
process.exit(0);
