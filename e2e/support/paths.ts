import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');
export const cmsDir = join(repoRoot, 'apps', 'cms');
export const webDir = join(repoRoot, 'apps', 'web');
/** Screenshots, server logs and the shared state of a run. Gitignored. */
export const artifactsDir = join(repoRoot, 'artifacts', 'e2e');
export const stateFile = join(artifactsDir, 'state.json');
/** The site is built once per run into its own folder so `npm start`'s build is never touched. */
export const webDistDir = '.next-e2e';
