import { API_DESCRIPTION, toPublicDocumentation } from '../src/documentation/public-openapi';
import { readEnv } from '../src/env';

export default () => {
  const env = readEnv();
  return {
    'users-permissions': {
      config: {
        jwtSecret: env.JWT_SECRET,
      },
    },
    upload: {
      config: {
        // Cover and avatar images only; anything bigger is a mistake, not a photo.
        sizeLimit: 20 * 1024 * 1024,
      },
    },
    // Scheduled publish/unpublish per locale from the article's edit view (side panel "Publisher").
    // Each schedule is a Strapi cron job at its exact time that calls the document service's
    // publish/unpublish, so the document middlewares and the site's revalidation webhook run as for a
    // click on Publish. Schedules survive restarts (stored as plugin::publisher.action rows).
    publisher: {
      enabled: true,
      config: {
        contentTypes: ['api::article.article', 'api::help-banner.help-banner'],
        components: { dateTimePicker: { step: 1 } },
      },
    },
    // OpenAPI document of the public REST API, served at /documentation (Swagger UI, assets served by
    // Strapi itself) and as JSON at /documentation/openapi.json (src/documentation/openapi-route.ts).
    documentation: {
      config: {
        info: {
          version: '1.0.0',
          title: 'newsroom public API',
          description: API_DESCRIPTION,
        },
        // Only this project's content APIs: no upload or users-permissions routes, which the public
        // cannot use anyway.
        'x-strapi-config': { plugins: [], mutateDocumentation: toPublicDocumentation },
        // Empty: the plugin falls back to this server's own absolute URL.
        servers: env.PUBLIC_URL ? [{ url: `${env.PUBLIC_URL}/api`, description: 'newsroom CMS' }] : [],
      },
    },
  };
};
