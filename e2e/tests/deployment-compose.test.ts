import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json';
import { parse } from 'yaml';
import { assertServerSecrets, readEnv } from '../../apps/cms/src/env';
import { parseEnv } from '../../apps/web/lib/env';
import { strapiSecrets } from '../support/config';
import { repoRoot } from '../support/paths';

/**
 * The production path (`docker compose up`) checked without a Docker engine: docker-compose.yml against
 * the Compose Specification's JSON schema, the environment it gives each service against the apps' own
 * validators, the wiring between the services, and the Dockerfiles against what the end-to-end harness
 * runs. (deployment-web-standalone.test.ts runs the web image's command itself.)
 */

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

// ── docker-compose.yml ────────────────────────────────────────────────────────────────────────────

interface Service {
  image?: string;
  networks?: Record<string, { ipv4_address?: string }>;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const composeText = read('docker-compose.yml');
const compose = parse(composeText, { merge: true }) as ComposeFile;

/** Compose's variable substitution: $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, $$. */
function interpolate(value: string, vars: Record<string, string | undefined>): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, name?: string, colon?: string, op?: string, arg?: string, bare?: string) => {
      if (match === '$$') return '$';
      const key = (name ?? bare)!;
      const current = vars[key];
      const missing = current === undefined || (colon === ':' && current === '');
      if (op === '-') return missing ? (arg ?? '') : current!;
      if (op === '?' && missing) throw new Error(`compose refuses to start: ${key}: ${arg}`);
      return current ?? '';
    },
  );
}

/** The whole file with every string substituted, as `docker compose config` would render it. */
function render(vars: Record<string, string | undefined>): ComposeFile {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return interpolate(node, vars);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    return node;
  };
  return walk(compose) as ComposeFile;
}

const secret = () => randomBytes(32).toString('base64url');

/** What an operator puts in .env for production: real values for everything required. */
const productionEnv = (): Record<string, string> => ({
  SITE_URL: 'https://news.harbourlane.example',
  CMS_PUBLIC_URL: 'https://cms.harbourlane.example',
  POSTGRES_PASSWORD: secret(),
  ...strapiSecrets(),
  REVALIDATE_SECRET: secret(),
  PREVIEW_SECRET: secret(),
  PREVIEW_API_TOKEN: secret(),
  FRONT_PURGE_SECRET: secret(),
});

const REQUIRED_SETTINGS = Object.keys(productionEnv());

/** Variable names an app's .env.example documents (KEY=… lines). */
const documentedIn = (path: string) =>
  new Set([...read(path).matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));

/** Names the given source files read from the environment (process.env.X, source.X in lib/env.ts). */
const readBy = (paths: string[]) =>
  new Set(
    paths.flatMap((path) =>
      [...read(path).matchAll(/(?:process\.env|source)\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!),
    ),
  );

// ── Dockerfiles ───────────────────────────────────────────────────────────────────────────────────

interface Instruction {
  op: string;
  args: string;
}

/** Instructions of a Dockerfile (continuation lines joined, comments dropped), split into stages. */
function dockerfileStages(path: string): Instruction[][] {
  const logical = read(path)
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Instruction[][] = [];
  for (const line of logical) {
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    const instruction = { op: op!.toUpperCase(), args: args!.trim() };
    if (instruction.op === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

const finalStage = (path: string) => dockerfileStages(path).at(-1)!;
const last = (stage: Instruction[], op: string) => stage.filter((i) => i.op === op).at(-1)?.args;
/** `ARG NAME=default` values declared before the first FROM (used by FROM lines). */
const globalArgs = (path: string) =>
  Object.fromEntries(
    [
      ...read(path)
        .split(/^FROM /m)[0]!
        .matchAll(/^ARG\s+([A-Z_]+)=(\S+)/gm),
    ].map((m) => [m[1]!, m[2]!]),
  );

const IMAGES = [
  { service: 'cms', dockerfile: 'apps/cms/Dockerfile', port: '1337', workdir: '/app/apps/cms' },
  { service: 'web', dockerfile: 'apps/web/Dockerfile', port: '3000', workdir: '/app/apps/web' },
] as const;

// ── Tests ─────────────────────────────────────────────────────────────────────────────────────────

describe('docker-compose.yml and the Compose Specification', () => {
  const schemaPath = join(dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $schema: string };
  const ajv = new Ajv({ allErrors: true, strict: false });
  // (Parsed with YAML merge keys on, as Compose does: the two site instances share one definition.)
  // The schema names draft-07 by its https address; Ajv knows that meta-schema by its http one.
  ajv.addMetaSchema({ ...draft07, $id: schema.$schema });
  const validate = ajv.compile(schema);

  it('is valid against the Compose Specification JSON schema', () => {
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    [
      'a misspelt service key',
      (c: ComposeFile) => ((c.services.web as Record<string, unknown>).enviroment = {}),
    ],
    [
      'a health check that is not a command',
      (c: ComposeFile) => (c.services.postgres!.healthcheck = { test: 5 } as never),
    ],
    ['a port that is an object', (c: ComposeFile) => (c.services.web!.ports = [{ bad: true } as never])],
  ])('the schema check would catch %s', (_label, breakIt) => {
    const broken = parse(composeText, { merge: true }) as ComposeFile;
    breakIt(broken);
    expect(validate(broken)).toBe(false);
  });

  it('declares the postgres, cms, web ×2, redis and varnish services, PostgreSQL with a health check on a named volume', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'cms',
      'postgres',
      'redis',
      'varnish',
      'web',
      'web-2',
    ]);
    const postgres = compose.services.postgres!;
    expect(postgres.image).toMatch(/^postgres:15/);
    expect(postgres.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(postgres.volumes).toContain('postgres-data:/var/lib/postgresql/data');
  });

  it('declares every named volume a service mounts', () => {
    const mounted = Object.values(compose.services)
      .flatMap((service) => service.volumes ?? [])
      .map((volume) => volume.split(':')[0]!)
      .filter((source) => !source.startsWith('.') && !source.startsWith('/'));
    expect(mounted.sort()).toEqual(['postgres-data', 'uploads']);
    for (const name of mounted) expect(Object.keys(compose.volumes ?? {})).toContain(name);
  });
});

describe('the environment compose gives each service', () => {
  const rendered = render(productionEnv());
  const cms = rendered.services.cms!.environment!;
  const web = rendered.services.web!.environment!;

  it('is accepted by the CMS validator, secrets included, in production', () => {
    expect(cms.NODE_ENV).toBe('production');
    const env = readEnv(cms);
    expect(() => assertServerSecrets(env)).not.toThrow();
    expect(env).toMatchObject({ DATABASE_CLIENT: 'postgres', PUBLIC_URL: 'https://cms.harbourlane.example' });
  });

  it('is accepted by the site validator, secrets included', () => {
    expect(web.NODE_ENV).toBe('production');
    expect(() => parseEnv(web, { requireSecrets: true })).not.toThrow();
  });

  it.each(REQUIRED_SETTINGS)('without %s, compose refuses to start and names it', (name) => {
    const env: Record<string, string | undefined> = productionEnv();
    delete env[name];
    expect(() => render(env)).toThrow(name);
    expect(() => render({ ...env, [name]: '' })).toThrow(name);
  });

  it('sets only variables the CMS documents in apps/cms/.env.example', () => {
    const documented = documentedIn('apps/cms/.env.example');
    expect(Object.keys(cms).filter((name) => !documented.has(name))).toEqual([]);
  });

  it('sets only variables the site documents or its server reads', () => {
    const known = new Set([
      ...documentedIn('apps/web/.env.example'),
      ...readBy(['apps/web/server.mjs', 'apps/web/lib/env.ts', 'docker/start-standalone.mjs']),
      // Read by Next.js itself.
      'NEXT_TELEMETRY_DISABLED',
    ]);
    expect(Object.keys(web).filter((name) => !known.has(name))).toEqual([]);
  });
});

describe('the wiring between the services', () => {
  const rendered = render(productionEnv());
  const { postgres, cms, web } = rendered.services as Record<'postgres' | 'cms' | 'web', Service>;
  const cmsEnv = cms.environment!;
  const webEnv = web.environment!;

  it("sends the CMS's revalidation webhook through the front to the site's /api/revalidate", () => {
    const url = new URL(cmsEnv.WEB_REVALIDATE_URL!);
    expect(url.hostname).toBe('varnish');
    expect(url.port).toBe('');
    expect(url.pathname).toBe('/api/revalidate');
    expect(existsSync(join(repoRoot, 'apps/web/app/api/revalidate/route.ts'))).toBe(true);
  });

  it('runs two identical site instances that share Redis and purge the front with its secret', () => {
    const web2 = rendered.services['web-2']!;
    expect(web2.environment).toEqual(webEnv);
    expect(web2.build).toEqual(web.build);
    expect(new URL(webEnv.REDIS_URL!).hostname).toBe('redis');
    expect(new URL(webEnv.FRONT_PURGE_URL!).hostname).toBe('varnish');
    expect(rendered.services.varnish!.environment!.FRONT_PURGE_SECRET).toBe(webEnv.FRONT_PURGE_SECRET);
    expect(webEnv.FRONT_PURGE_SECRET).toBeTruthy();
  });

  it("points the front's backends and purge ACL at exactly the two site instances", () => {
    const vcl = read('docker/varnish/compose-backends.vcl');
    const addresses = [web, rendered.services['web-2']!].map(
      (service) => service.networks!.default!.ipv4_address!,
    );
    const backends = [...vcl.matchAll(/\.host = "([^"]+)";\s*\.port = "(\d+)"/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    expect(backends).toEqual(addresses.map((address) => `${address}:${webEnv.PORT}`));
    const acl = /acl purgers \{([^}]*)\}/.exec(vcl)![1]!;
    expect([...acl.matchAll(/"([^"]+)"/g)].map((m) => m[1])).toEqual(addresses);
    expect(read('docker/varnish/Dockerfile')).toContain(
      'COPY docker/varnish/compose-backends.vcl /etc/varnish/front-backends.vcl',
    );
  });

  it("points the site's server-side CMS reads at the cms service", () => {
    const url = new URL(webEnv.CMS_URL!);
    expect([url.hostname, url.port]).toEqual(['cms', cmsEnv.PORT]);
  });

  it.each(['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'PREVIEW_API_TOKEN'])(
    'gives both apps the same %s',
    (name) => {
      expect(cmsEnv[name]).toBeTruthy();
      expect(webEnv[name]).toBe(cmsEnv[name]);
    },
  );

  it('uses one public address for each app: preview → SITE_URL, media → the CMS public URL', () => {
    expect(cmsEnv.WEB_PREVIEW_URL).toBe(webEnv.SITE_URL);
    expect(webEnv.CMS_MEDIA_URL).toBe(cmsEnv.PUBLIC_URL);
    // The image host is fixed when the site is built: the build argument must match the runtime value.
    expect(web.build?.args).toEqual({ CMS_MEDIA_URL: webEnv.CMS_MEDIA_URL, SITE_URL: webEnv.SITE_URL });
  });

  it("connects the CMS to the postgres service's database", () => {
    const pg = postgres.environment!;
    expect(cmsEnv).toMatchObject({
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: 'postgres',
      DATABASE_NAME: pg.POSTGRES_DB,
      DATABASE_USERNAME: pg.POSTGRES_USER,
      DATABASE_PASSWORD: pg.POSTGRES_PASSWORD,
    });
  });

  it('starts each service once what it needs is healthy', () => {
    expect(cms.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(web.depends_on).toEqual({ cms: { condition: 'service_healthy' } });
    expect(last(finalStage('apps/cms/Dockerfile'), 'HEALTHCHECK')).toContain('/_health');
  });

  it('keeps uploads on the named volume, where the CMS image writes them', () => {
    const target = cms.volumes!.find((volume) => volume.startsWith('uploads:'))!.split(':')[1];
    // PUBLIC_DIR defaults to "public", relative to the app folder (the image's working directory).
    expect(target).toBe(`${last(finalStage('apps/cms/Dockerfile'), 'WORKDIR')}/public/uploads`);
    expect(last(finalStage('apps/cms/Dockerfile'), 'VOLUME')).toBe(`["${target}"]`);
  });

  it.each(IMAGES)(
    'builds $service from $dockerfile and publishes the port it listens on',
    ({ service, dockerfile, port }) => {
      const definition = rendered.services[service]!;
      expect(definition.build).toMatchObject({ context: '.', dockerfile });
      expect(definition.environment!.PORT).toBe(port);
      expect(last(finalStage(dockerfile), 'EXPOSE')).toBe(port);
      expect(definition.ports!.map((mapping) => mapping.split(':').at(-1))).toEqual([port]);
    },
  );
});

describe('the Dockerfiles', () => {
  const rootPackage = JSON.parse(read('package.json')) as { packageManager: string };

  it.each(IMAGES)(
    '$dockerfile: multi-stage, slim Node 20 runtime, pinned pnpm, frozen lockfile',
    ({ dockerfile }) => {
      const stages = dockerfileStages(dockerfile);
      expect(stages.length).toBeGreaterThanOrEqual(2);
      const runtimeImage = interpolate(stages.at(-1)![0]!.args.split(/\s+/)[0]!, globalArgs(dockerfile));
      expect(runtimeImage).toBe('node:20-bookworm-slim');
      expect(read(dockerfile)).toContain(`npm install -g ${rootPackage.packageManager}`);
      expect(read(dockerfile)).toMatch(/pnpm install --frozen-lockfile .*--filter \w+/);
    },
  );

  it.each(IMAGES)('$dockerfile: runs as a non-root user, with a health check', ({ dockerfile }) => {
    const stage = finalStage(dockerfile);
    const user = last(stage, 'USER');
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    // USER comes before CMD: nothing the server runs is root's.
    expect(stage.findIndex((i) => i.op === 'USER')).toBeLessThan(stage.findIndex((i) => i.op === 'CMD'));
    expect(last(stage, 'HEALTHCHECK')).toMatch(/^--interval=\S+ .*CMD \[/);
  });

  it('the CMS image runs `strapi start` in apps/cms, as the end-to-end harness does', () => {
    const stage = finalStage('apps/cms/Dockerfile');
    expect(last(stage, 'WORKDIR')).toBe('/app/apps/cms');
    expect(JSON.parse(last(stage, 'CMD')!)).toEqual(['node_modules/.bin/strapi', 'start']);
    // e2e/support/stack.ts: startServer('cms', bin(cmsDir, 'strapi'), ['start'], { cwd: cmsDir, … })
    expect(read('e2e/support/stack.ts')).toMatch(/bin\(cmsDir, 'strapi'\), \['start'\]/);
  });

  it('the web image runs server.mjs (through its standalone launcher), as the end-to-end harness does', () => {
    const stage = finalStage('apps/web/Dockerfile');
    expect(last(stage, 'WORKDIR')).toBe('/app/apps/web');
    expect(JSON.parse(last(stage, 'CMD')!)).toEqual(['node', 'start-standalone.mjs']);
    expect(read('docker/start-standalone.mjs')).toMatch(/await import\('\.\/server\.mjs'\);\s*$/);
    // The assembly script puts the launcher next to server.mjs, in apps/web of the image.
    const assemble = read('docker/web-standalone.sh');
    expect(assemble).toContain('cp docker/start-standalone.mjs "$out/$web/start-standalone.mjs"');
    expect(assemble).toContain('cp "$web/server.mjs" "$out/$web/server.mjs"');
    expect(read('apps/web/Dockerfile')).toContain('sh docker/web-standalone.sh /out');
    // e2e/support/stack.ts: startServer('web', process.execPath, ['server.mjs'], …)
    expect(read('e2e/support/stack.ts')).toMatch(/\['server\.mjs'\]/);
  });

  it('the build context leaves out dependencies, builds, local data and secrets', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    for (const pattern of [
      '**/node_modules',
      '**/.next',
      '**/.env',
      '**/.env.*',
      'apps/cms/data',
      'apps/cms/dist',
      '.git',
    ])
      expect(ignored).toContain(pattern);
    expect(ignored).toContain('apps/cms/public/uploads/*');
    // …but keeps what the images build from.
    for (const needed of [
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      'package.json',
      'tsconfig.base.json',
      'docker',
      'apps',
      'packages',
    ])
      expect(ignored).not.toContain(needed);
  });
});
