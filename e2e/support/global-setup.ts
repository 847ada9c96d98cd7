import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRunSecrets, webEnv } from './config';
import { cmsDir, webDir, webDistDir } from './paths';

/** Builds what the stacks run: Strapi's admin (when missing) and a production build of the site. */
export default function globalSetup(): void {
  const secrets = createRunSecrets();
  const run = (cwd: string, bin: string, args: string[], env: Record<string, string> = {}) =>
    execFileSync(join(cwd, 'node_modules', '.bin', bin), args, {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
  if (!existsSync(join(cmsDir, 'dist', 'build', 'index.html'))) run(cmsDir, 'strapi', ['build']);
  // E2E_REUSE_BUILD=1 keeps the last build of this instance, for iterating on tests alone: secrets are
  // read by the site at run time, so a build survives new ones, but it does not see changed site code.
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(join(webDir, webDistDir, 'BUILD_ID'))) return;
  // The CMS is not running here: the build must not need it.
  run(webDir, 'next', ['build'], webEnv(secrets));
}
