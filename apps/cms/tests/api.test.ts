import { suite } from './api/context';
import { createFixtures } from './helpers/fixtures';
import { startStrapi, stopStrapi } from './helpers/strapi';
import { startWebhookListener } from './helpers/webhook-listener';
// The cases, grouped by concern; they register their describe blocks and share the boot below.
import './api/public-read.cases';
import './api/draft-guard.cases';
import './api/draft-relations.cases';
import './api/hostile-input.cases';
import './api/write-protection.cases';
import './api/query-validation.cases';
import './api/private-fields.cases';
import './api/editorial.cases';
import './api/webhook.cases';
import './api/editor-account.cases';
import './api/slugs.cases';
import './api/trust-signals.cases';
import './api/help-banner.cases';
import './api/scheduling.cases';
import './api/history.cases';
import './api/localize-tags.cases';

/**
 * The REST API as readers, the site and attackers see it — one Strapi boot for the whole suite
 * (SQLite by default; `pnpm test:postgres` runs the same file against PostgreSQL).
 */
beforeAll(async () => {
  suite.listener = await startWebhookListener();
  const strapi = await startStrapi({
    PREVIEW_API_TOKEN: suite.previewToken,
    ADMIN_EMAIL: suite.adminEmail,
    ADMIN_PASSWORD: suite.adminPassword,
    SUPERADMIN_EMAIL: suite.superAdminEmail,
    SUPERADMIN_PASSWORD: suite.superAdminPassword,
    WEB_REVALIDATE_URL: suite.listener.url,
    REVALIDATE_SECRET: suite.revalidateSecret,
    WEB_PREVIEW_URL: 'http://localhost:3999',
    PREVIEW_SECRET: suite.previewSecret,
  });
  suite.fixtures = await createFixtures(strapi);
}, 120_000);

afterAll(async () => {
  await stopStrapi();
  await suite.listener?.close();
});
