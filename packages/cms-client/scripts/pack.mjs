// Builds the package for use outside this monorepo and packs it with `npm pack`:
//
//   npm run pack --prefix packages/cms-client     → packages/cms-client/build/newsroom-cms-client-<v>.tgz
//
// The workspace consumes src/ (TypeScript, through transpilePackages); an installed package needs
// JavaScript. tsc writes ES modules and .d.ts files to build/esm/, the relative imports get the `.js`
// extension Node's ES module loader requires, and a package.json whose exports point at build/esm
// is written into build/package/ with the README, where `npm pack` runs. Prints the tarball's path.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, 'build');
const esm = join(build, 'esm');
const staging = join(build, 'package');
rmSync(build, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

// './client' → './client.js' in the JavaScript and the declarations (every import is of a file).
for (const name of readdirSync(esm)) {
  if (!/\.(?:js|d\.ts)$/.test(name)) continue;
  const file = join(esm, name);
  const text = readFileSync(file, 'utf8').replace(
    /(\bfrom\s+|\bimport\s*\(\s*)(['"])(\.\.?\/[^'"]+?)(?<!\.js)\2/g,
    (_match, keyword, quote, path) => `${keyword}${quote}${path}.js${quote}`,
  );
  writeFileSync(file, text);
}

const source = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = {
  name: source.name,
  version: source.version,
  description: source.description,
  type: 'module',
  main: './esm/index.js',
  types: './esm/index.d.ts',
  exports: { '.': { types: './esm/index.d.ts', import: './esm/index.js' } },
  files: ['esm', 'README.md'],
  engines: { node: '>=20.19' },
  sideEffects: false,
  dependencies: source.dependencies,
};
mkdirSync(staging, { recursive: true });
cpSync(esm, join(staging, 'esm'), { recursive: true });
cpSync(join(root, 'README.md'), join(staging, 'README.md'));
writeFileSync(join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', build], { cwd: staging })
  .toString()
  .trim()
  .split('\n')
  .at(-1);
console.log(join(build, tarball));
