// Adds up the Jest JSON reports of every suite and prints one closing line.
// A suite that failed without a report (crash, type error) counts as one failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...failedSuites] = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  console.log(
    `  ${file.replace('.json', '').padEnd(14)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  );
}
const reported = new Set(readdirSync(dir).map((f) => f.replace('.json', '')));
const unreported = failedSuites.filter((s) => !reported.has(s));
failed += unreported.length;
if (failedSuites.length) console.log(`failed suites: ${failedSuites.join(', ')}`);
if (passed === 0 && failed === 0) {
  console.log('no test ran');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSuites.length > 0 ? 1 : 0);
