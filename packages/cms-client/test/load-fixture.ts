import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Fixtures are Strapi answers (recorded by scripts/record-fixtures.mjs); each read gets a fresh copy. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at raw wire data on purpose
export function fixture(name: string): any {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8'));
}
