import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { repoRoot } from '../support/paths';

/**
 * The README's development commands work on a machine without a global pnpm (right after `npm start`,
 * which installs through `npx pnpm@<pinned>`): each npm command names a script that exists, scripts
 * that need pnpm call the pinned version through npx, and one of them really runs with pnpm removed
 * from PATH.
 */
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const rootPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  packageManager: string;
  scripts: Record<string, string>;
};
const pinned = rootPackage.packageManager.split('@')[1]!;

const developmentBlock = /## Development[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const commands = developmentBlock
  .split('\n')
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line.startsWith('npm ') || line.startsWith('npx '));

const scriptsOf = (dir: string) =>
  (
    JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    }
  ).scripts ?? {};

/**
 * A PATH on which there is no pnpm: the directories of PATH that hold none, plus a directory of links
 * to the tools a shell script needs from the ones that do (Debian puts pnpm in /usr/bin, next to node).
 */
function pathWithoutPnpm(): { path: string; cleanup: () => void } {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const tools = mkdtempSync(join(tmpdir(), 'newsroom-no-pnpm-'));
  symlinkSync(process.execPath, join(tools, 'node'));
  for (const tool of [
    'npm',
    'npx',
    'sh',
    'bash',
    'env',
    'dirname',
    'sed',
    'uname',
    'cat',
    'mkdir',
    'rm',
    'ls',
  ]) {
    const found = dirs.map((dir) => join(dir, tool)).find((file) => existsSync(file));
    if (found) symlinkSync(realpathSync(found), join(tools, tool));
  }
  const kept = dirs.filter((dir) => !existsSync(join(dir, 'pnpm')));
  return {
    path: [tools, ...kept].join(delimiter),
    cleanup: () => rmSync(tools, { recursive: true, force: true }),
  };
}

test('the README lists its development commands', () => {
  expect(commands.length).toBeGreaterThanOrEqual(6);
  expect(developmentBlock).not.toMatch(/^pnpm /m);
});

test.each(commands.filter((c) => c.startsWith('npm ')).map((c) => [c]))(
  '%s names a script that exists',
  (command) => {
    const words = command.split(/\s+/);
    const prefixAt = words.indexOf('--prefix');
    const dir = prefixAt >= 0 ? words[prefixAt + 1]! : '.';
    const script = words[1] === 'run' ? words[2]! : words[1]!;
    expect(Object.keys(scriptsOf(dir))).toContain(script);
  },
);

test.each(Object.entries(rootPackage.scripts))(
  'root script %s calls no global pnpm (only npx pnpm@<packageManager version>)',
  (_name, body) => {
    for (const use of body.match(/\S*pnpm\S*/g) ?? []) expect(use).toBe(`pnpm@${pinned}`);
  },
);

test('with no pnpm on PATH, a README command runs and the pinned pnpm is reachable through npx', () => {
  const { path, cleanup } = pathWithoutPnpm();
  const env = { ...process.env, PATH: path };
  try {
    expect(() => execFileSync('pnpm', ['--version'], { env, stdio: 'pipe' })).toThrow();
    const started = Date.now();
    expect(
      execFileSync('npx', ['-y', `pnpm@${pinned}`, '--version'], { cwd: repoRoot, env })
        .toString()
        .trim(),
    ).toBe(pinned);
    execFileSync('npm', ['run', 'typecheck', '--prefix', 'packages/cms-client'], {
      cwd: repoRoot,
      env,
      stdio: 'pipe',
    });
    console.log(`README commands without a global pnpm: ${Date.now() - started} ms`);
  } finally {
    cleanup();
  }
});
