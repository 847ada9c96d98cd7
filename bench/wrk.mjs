// Runs wrk (a C load generator: a Node client tops out near 4,000 req/s here and would hide the difference
// between a cache and a static server) and reads its summary. Shared by the front benchmarks.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

const MS = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const toMs = (value, unit) => Number(value) * MS[unit];

/**
 * `wrk --latency` with gzip, for `durationS` seconds. Returns requests/s, latency percentiles (ms),
 * completed requests, and failures (socket errors + timeouts + non-2xx/3xx answers).
 */
export async function wrk(url, { threads = 1, connections = 10, durationS = 8, script, timeoutS = 10 } = {}) {
  const args = [
    `-t${threads}`,
    `-c${connections}`,
    `-d${durationS}s`,
    `--timeout`,
    `${timeoutS}s`,
    '--latency',
    '-H',
    'Accept-Encoding: gzip',
    ...(script ? ['-s', script] : []),
    url,
  ];
  const { stdout } = await run('wrk', args, { maxBuffer: 1 << 20 });
  const number = (re) => Number(re.exec(stdout)?.[1] ?? 0);
  const percentile = (p) => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)`, 'm').exec(stdout);
    return match ? toMs(match[1], match[2]) : NaN;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const socketErrors = errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const non2xx = number(/Non-2xx or 3xx responses: (\d+)/);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    p50: percentile(50),
    p99: percentile(99),
    failures: socketErrors + non2xx,
    raw: stdout,
  };
}

export function requireWrk() {
  return run('wrk', ['--version']).then(
    () => true,
    (error) => {
      // wrk prints its version and exits with 1; only a missing binary is a problem.
      if (error.code === 'ENOENT') {
        console.error('wrk is not installed (Debian: apt-get install -y wrk)');
        process.exit(2);
      }
      return true;
    },
  );
}
