import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { readEnv } from '../src/env';

export default () => {
  const env = readEnv();
  // Strapi's local upload provider refuses to start without the folder; it is not kept in git.
  mkdirSync(resolve(process.cwd(), env.PUBLIC_DIR, 'uploads'), { recursive: true });
  return {
    host: env.HOST,
    port: env.PORT,
    // Absolute URL of the CMS as readers' browsers and the web app reach it (media URLs, admin links).
    ...(env.PUBLIC_URL ? { url: env.PUBLIC_URL } : {}),
    app: { keys: env.APP_KEYS },
    // Uploads land in <PUBLIC_DIR>/uploads; a throwaway database can keep its files beside it.
    dirs: { public: env.PUBLIC_DIR },
    // No "new version available" check: it calls the npm registry on start, and upgrades go through
    // the lockfile anyway.
    logger: { updates: { enabled: false } },
    // Scheduled publishing (strapi-plugin-publisher) runs its schedules as Strapi cron jobs.
    cron: { enabled: true },
  };
};
