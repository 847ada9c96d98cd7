#!/usr/bin/env node
// Times `npm run import:wordpress` on a synthetic export into a throw-away SQLite database (the CMS
// need not run; nothing of yours is touched), and measures the importer's peak memory.
//
//   node bench/wordpress-import.mjs                       # 5,000 posts (generated), full import
//   node bench/wordpress-import.mjs --posts 500           # smaller
//   node bench/wordpress-import.mjs --file export.xml     # your own export
//   node bench/wordpress-import.mjs --reader-only --file big.xml   # the streaming first pass alone
//
// Goals (issue 11): 5,000 posts in ≤ 10 minutes on 2 cores; ≤ 300 MB RSS on a 500 MB export. The
// machine's load average is printed before and after: other work on the machine slows the import.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const cmsDir = join(root, 'apps', 'cms');
const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '5000' },
    file: { type: 'string' },
    'reader-only': { type: 'boolean', default: false },
  },
});

const work = mkdtempSync(join(tmpdir(), 'wp-import-bench-'));
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
try {
  let file = values.file;
  if (!file) {
    file = join(work, 'export.xml');
    execFileSync(
      process.execPath,
      [join(root, 'bench', 'wordpress-export.mjs'), '--posts', values.posts, '--out', file],
      {
        stdio: 'inherit',
      },
    );
  }
  const mb = (statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(`load average before: ${load()}`);

  if (values['reader-only']) {
    const dist = join(cmsDir, 'dist', 'src', 'importers', 'wordpress', 'wxr', 'index.js');
    if (!existsSync(dist))
      throw new Error('compile the CMS first (pnpm --filter cms build, or run an import once)');
    const require = createRequire(join(cmsDir, 'package.json'));
    const { scanExport } = require(dist);
    const started = Date.now();
    const index = await scanExport(file);
    const seconds = (Date.now() - started) / 1000;
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(
      `streaming first pass: ${mb} MB, ${index.posts.size} posts in ${seconds.toFixed(1)} s ` +
        `(${(Number(mb) / seconds).toFixed(1)} MB/s), peak RSS ${peak.toFixed(0)} MB`,
    );
  } else {
    const secret = () => randomBytes(24).toString('base64');
    const env = {
      ...process.env,
      ENV_PATH: join(work, 'no.env'),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: join(work, 'cms.db'),
      PUBLIC_DIR: join(work, 'public'),
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(),
      WEB_REVALIDATE_URL: '',
      NODE_ENV: 'development',
    };
    const started = Date.now();
    const child = spawn(process.execPath, [join(cmsDir, 'scripts', 'import-wordpress.mjs'), file], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let peakKb = 0;
    const sample = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (rss) peakKb = Math.max(peakKb, Number(rss));
      } catch {
        // exited
      }
    }, 250);
    let report = '';
    child.stdout.on('data', (chunk) => (report += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    clearInterval(sample);
    const seconds = (Date.now() - started) / 1000;
    console.log(report.trim().split('\n').slice(0, 10).join('\n'));
    const created = Number(/^posts\s+(\d+)/m.exec(report)?.[1] ?? 0);
    console.log(
      `import of ${mb} MB: exit ${code}, ${created} posts in ${seconds.toFixed(0)} s ` +
        `(${(created / seconds).toFixed(1)} posts/s, includes Strapi's start), importer peak RSS ${(peakKb / 1024).toFixed(0)} MB`,
    );
  }
  console.log(`load average after: ${load()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
