#!/usr/bin/env node
// Starts Strapi on a bench database and serves HTTP on 127.0.0.1:<port>, with Node's default heap.
// Prints one JSON line when ready: {"ready":true,"loadMs":…,"rssMb":…,"heapMb":…}. Used by measure.mjs.
//   node bench/scale/serve-cms.mjs --database=sqlite:/tmp/bench.db --port=23337
import { parseArgs } from 'node:util';
import { benchEnv, loadStrapi } from './strapi-env.mjs';

const { values } = parseArgs({ options: { database: { type: 'string' }, port: { type: 'string' } } });
const port = Number(values.port);
if (!values.database || !Number.isInteger(port) || port < 1024 || port > 65535) {
  console.error('usage: serve-cms.mjs --database=sqlite:<file>|postgres://… --port=<1024-65535>');
  process.exit(2);
}
const { strapi, loadMs } = await loadStrapi(benchEnv(values.database, { PORT: String(port) }));
await strapi.listen();
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    ready: true,
    loadMs,
    rssMb: Math.round(memory.rss / 1048576),
    heapMb: Math.round(memory.heapUsed / 1048576),
  }),
);
const stop = async () => {
  await strapi.destroy();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
