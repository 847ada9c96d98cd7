import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private, throw-away PostgreSQL cluster for one stack: trust authentication on loopback, its socket
 * in its own directory, stopped and deleted by `stop()` (and, as a last resort, when the test process
 * exits). Same approach as apps/cms/tests/run-postgres.sh, in-process so a Jest file can own it.
 */
export interface PostgresCluster {
  host: string;
  port: number;
  user: string;
  database: string;
  stop(): Promise<void>;
}

const DATABASE = 'newsroom';
const USER = 'postgres';

/** The newest PostgreSQL server binaries on the machine, or PG_BIN. */
export function findPostgresBin(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const newest = versions.at(-1);
  if (!newest)
    throw new Error('PostgreSQL server binaries not found: install the postgresql package or set PG_BIN');
  return join(root, newest, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-e2e-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const port = await freePort();

  // initdb refuses to run as root: run the server as the postgres user, in a directory it owns.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, USER]).toString().trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const run = (tool: string, args: string[]) => {
    const [command, commandArgs] = asRoot
      ? ['runuser', ['-u', USER, '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
    if (result.status !== 0) {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
      throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}\n${log}`);
    }
  };

  run('initdb', ['-D', dataDir, '-U', USER, '--auth=trust', '--encoding=UTF8', '--locale=C']);
  // Durability settings off: a test cluster never outlives a crash, and it starts and writes faster.
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', 'start']);

  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A crashed or interrupted test file must not leave a server behind.
  process.once('exit', stopNow);

  try {
    run('createdb', ['-h', dir, '-p', String(port), '-U', USER, DATABASE]);
  } catch (error) {
    stopNow();
    throw error;
  }

  return {
    host: '127.0.0.1',
    port,
    user: USER,
    database: DATABASE,
    async stop() {
      process.removeListener('exit', stopNow);
      stopNow();
    },
  };
}
