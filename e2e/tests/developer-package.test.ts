import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForDemoContent } from '../support/cms-api';
import { repoRoot } from '../support/paths';
import { startStack, type Stack } from '../support/stack';

/**
 * @newsroom/cms-client outside this monorepo: `npm run pack` builds ES modules + .d.ts and packs them;
 * the tarball is installed with plain npm (no workspace, no pnpm) into a temporary project, whose
 * TypeScript and JavaScript use the README's example against the real CMS of this stack.
 */
let stack: Stack;
let project: string;
const clientDir = join(repoRoot, 'packages', 'cms-client');
const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
  project = mkdtempSync(join(tmpdir(), 'newsroom-client-'));
});
afterAll(async () => {
  rmSync(project, { recursive: true, force: true });
  await stack?.stop();
});

test('the packed client installs with npm into a new project and runs the README example against the CMS', () => {
  const started = Date.now();
  const tarball = execFileSync('npm', ['run', '--silent', 'pack'], { cwd: clientDir })
    .toString()
    .trim()
    .split('\n')
    .at(-1)!;
  expect(tarball).toMatch(/newsroom-cms-client-.+\.tgz$/);
  const listing = execFileSync('tar', ['-tzf', tarball]).toString();
  expect(listing).toContain('package/esm/index.js');
  expect(listing).toContain('package/esm/index.d.ts');
  expect(listing).not.toContain('package/src/');

  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'try-client', private: true, type: 'module' }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project });
  expect(existsSync(join(project, 'node_modules', '@newsroom', 'cms-client', 'esm', 'index.js'))).toBe(true);

  // The README's usage example, typed: the .d.ts files describe the API to a TypeScript project.
  const example = `import { createCmsClient, type Article } from '@newsroom/cms-client';

export const cms = createCmsClient({
  baseUrl: process.env.CMS_URL!,
  mediaBaseUrl: process.env.CMS_MEDIA_URL,
  revalidateSeconds: 3600,
});

const page = await cms.listArticles({ locale: 'es', category: 'services', page: 1, pageSize: 10 });
const first = page.items[0];
const article: Article | null = first ? await cms.getArticleBySlug('es', first.slug) : null;
console.log(JSON.stringify({ total: page.total, title: article?.title, blocks: article?.body.length }));
`;
  writeFileSync(join(project, 'example.ts'), example);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        lib: ['ES2023', 'DOM'],
        types: [],
      },
      files: ['example.ts', 'env.d.ts'],
    }),
  );
  writeFileSync(
    join(project, 'env.d.ts'),
    'declare const process: { env: Record<string, string | undefined> };\n',
  );
  execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, stdio: 'pipe' });

  // The same example as JavaScript, run by Node against the stack's CMS.
  writeFileSync(
    join(project, 'example.mjs'),
    example.replace(', type Article', '').replace(/: Article \| null|!(?=,)/g, ''),
  );
  const out = execFileSync(process.execPath, ['example.mjs'], {
    cwd: project,
    env: { ...process.env, CMS_URL: stack.cmsUrl },
  }).toString();
  const result = JSON.parse(out) as { total: number; title?: string; blocks?: number };
  expect(result.total).toBeGreaterThan(0);
  expect(result.title).toBeTruthy();
  expect(result.blocks).toBeGreaterThan(0);
  console.log(`client packed, installed with npm and run in ${Date.now() - started} ms`);
});
