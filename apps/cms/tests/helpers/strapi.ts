import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';

/**
 * One real Strapi per test file: compiled from this project, on a database of its own (a temp SQLite
 * file, or a fresh PostgreSQL database when DATABASE_CLIENT=postgres), serving HTTP through supertest.
 *
 *   beforeAll(() => startStrapi({ WEB_REVALIDATE_URL: '…' }));   // extra env for this file
 *   afterAll(stopStrapi);
 *   await api().get('/api/articles').expect(200);
 */

const APP_DIR = path.resolve(__dirname, '..', '..');

let instance: Core.Strapi | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
// pg ships no type declarations and only these two calls are needed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require('pg') as { Client: new (config: Record<string, unknown>) => PgClient };

async function withMaintenanceConnection(work: (client: PgClient) => Promise<void>) {
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Point the config at a database nobody else uses, and return how to throw it away. */
async function prepareDatabase(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const name = `newsroom_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withMaintenanceConnection((client) =>
      client.query(`CREATE DATABASE ${name}`).then(() => undefined),
    );
    process.env.DATABASE_NAME = name;
    delete process.env.DATABASE_URL;
    return () =>
      withMaintenanceConnection((client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
      );
  }
  process.env.DATABASE_CLIENT = 'sqlite';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cms-test-'));
  process.env.DATABASE_FILENAME = path.join(dir, 'cms.db');
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}

export async function startStrapi(extraEnv: Record<string, string | undefined> = {}): Promise<Core.Strapi> {
  if (instance) throw new Error('startStrapi: this test file already started Strapi');
  for (const [key, value] of Object.entries(extraEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  dropDatabase = await prepareDatabase();
  // Type errors are `pnpm typecheck`'s job; here they must not exit the whole Jest process.
  const dirs = await compileStrapi({ appDir: APP_DIR, ignoreDiagnostics: true });
  instance = await createStrapi(dirs).load();
  instance.server.mount();
  return instance;
}

export async function stopStrapi(): Promise<void> {
  const current = instance;
  instance = undefined;
  if (current) await current.destroy();
  await dropDatabase?.();
  dropDatabase = undefined;
}

export function strapiInstance(): Core.Strapi {
  if (!instance) throw new Error('Strapi is not started; call startStrapi() in beforeAll');
  return instance;
}

/** supertest against the running server. */
export function api() {
  return request(strapiInstance().server.httpServer);
}
