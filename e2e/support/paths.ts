import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');
export const cmsDir = join(repoRoot, 'apps', 'cms');
export const webDir = join(repoRoot, 'apps', 'web');
/**
 * E2E_INSTANCE=N (default 0) runs a second suite beside the first: its own ports, build and artifacts.
 */
export const instance = Number(process.env.E2E_INSTANCE ?? 0);
if (!Number.isInteger(instance) || instance < 0 || instance > 9) {
  throw new Error(`E2E_INSTANCE must be a whole number from 0 to 9, got "${process.env.E2E_INSTANCE}"`);
}
/** Screenshots, server logs and the shared state of a run. Gitignored. */
export const artifactsDir = join(repoRoot, 'artifacts', instance ? `e2e-${instance}` : 'e2e');
export const stateFile = join(artifactsDir, 'state.json');
/** The site is built once per run into its own folder so `npm start`'s build is never touched. */
export const webDistDir = instance ? `.next-e2e-${instance}` : '.next-e2e';
