import type { Core } from '@strapi/strapi';
import { ensureAdminUsers } from './bootstrap/admin-user';
import { ensurePreviewApiToken } from './bootstrap/api-tokens';
import { configureEditorLayouts, hideReaderAccounts } from './bootstrap/editor-layout';
import { ensureEditorRole } from './bootstrap/editor-role';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { seedDemoContent } from './bootstrap/seed';
import { syncRevalidationWebhook } from './bootstrap/webhooks';
import { replaceFirstPublishedAtBackfill } from './database/first-published-at';
import { localizeTags } from './database/localize-tags';
import { ensureQueryIndexes } from './database/query-indexes';
import type { KnexLike } from './database/sql';
import { generateDocumentationInProduction, registerOpenApiRoute } from './documentation/openapi-route';
import { registerSwaggerUi } from './documentation/swagger-ui';
import { requireCoverAltText } from './document-middlewares/cover-alt-text';
import { keepFirstPublishedAt } from './document-middlewares/keep-first-published-at';
import { stampMaterialUpdate } from './document-middlewares/material-update';
import { publishedOnlyForPublic } from './document-middlewares/published-only';
import { computeReadingTime } from './document-middlewares/reading-time';
import { slugsWriteThemselves } from './document-middlewares/slugs';
import { assertServerSecrets, readEnv } from './env';
import { ensureRevisionTable, recordRevisions, registerRevisionRoutes } from './revision-history';
import { ensureSearchIndex } from './search/search-index';
import { syncSearchIndex } from './search/sync';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Before anything touches the database: a server without its secrets must not start.
    assertServerSecrets(readEnv());

    strapi.documents.use(publishedOnlyForPublic(strapi));
    strapi.documents.use(computeReadingTime);
    strapi.documents.use(keepFirstPublishedAt);
    strapi.documents.use(slugsWriteThemselves(strapi));
    strapi.documents.use(stampMaterialUpdate);
    strapi.documents.use(requireCoverAltText(strapi));
    hideReaderAccounts(strapi);
    strapi.documents.use(recordRevisions(strapi));
    registerRevisionRoutes(strapi);

    strapi.documents.use(syncSearchIndex(strapi));

    // Strapi's own firstPublishedAt back-fill reads whole tables on every start; ours is one UPDATE.
    replaceFirstPublishedAtBackfill(strapi);

    // User migrations run before Strapi creates its tables, so on a fresh database the index
    // migrations find nothing to index; this hook runs right after the tables exist.
    strapi.hook('strapi::content-types.afterSync').register(async () => {
      await ensureQueryIndexes(strapi.db);
      const started = Date.now();
      const search = await ensureSearchIndex(strapi.db.connection as unknown as KnexLike);
      if (search === 'created' || search === 'rebuilt') {
        strapi.log.info(`[search] full-text index ${search} in ${Date.now() - started} ms`);
      }
    });

    registerOpenApiRoute(strapi);
    registerSwaggerUi(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const env = readEnv();
    await ensureLocales(strapi);
    await ensureRevisionTable(strapi);
    // Before the seed: Spanish articles link to Spanish tag versions, which must exist.
    await localizeTags(strapi);
    await ensurePublicPermissions(strapi);
    await configureEditorLayouts(strapi);
    await ensureEditorRole(strapi);
    await ensureAdminUsers(strapi, env);
    await ensurePreviewApiToken(strapi, env);
    await syncRevalidationWebhook(strapi, env);
    await seedDemoContent(strapi);
    await generateDocumentationInProduction(strapi);
  },
};
