// Throughput of a cached article page: `autocannon -c 10 -d 10` against the running site (`npm start`).
//   node bench/cached-page.mjs [--site URL] [--cms URL] [--path /en/news/slug]
import autocannon from 'autocannon';
import { systemFromArgs } from './local-system.mjs';

const { cms, site, path } = systemFromArgs({ path: { type: 'string' } });
let target = path;
if (!target) {
  const list = await (
    await fetch(`${cms}/api/articles?locale=en&pagination[pageSize]=1&fields[0]=slug`)
  ).json();
  target = `/en/news/${list.data[0].slug}`;
}
const url = new URL(target, site).toString();
const warm = await fetch(url);
if (warm.status !== 200) throw new Error(`${url} answered ${warm.status}`);

const result = await autocannon({ url, connections: 10, duration: 10 });
console.log(`${url}`);
console.log(`requests/s   mean ${result.requests.average}, p50 ${result.requests.p50}`);
console.log(`latency (ms) p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`);
console.log(
  `responses    ${result['2xx']} 2xx, ${result.non2xx} other, ${result.errors} errors, ${result.timeouts} timeouts`,
);
