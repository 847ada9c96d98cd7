import { readEnv } from '../src/env';
import { previewOrigins } from '../src/preview-url';

export default () => {
  const env = readEnv();
  const previewOriginList = env.WEB_PREVIEW_URL ? previewOrigins(env.WEB_PREVIEW_URL) : [];

  return [
    'strapi::logger',
    'strapi::errors',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          directives: {
            // The content manager's preview pane frames the site; nothing else may be framed.
            'frame-src': ["'self'", ...previewOriginList],
          },
        },
      },
    },
    {
      name: 'strapi::cors',
      config: {
        // Browsers on these origins may call the API. The site itself fetches server-side.
        origin: env.CORS_ORIGINS,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
        keepHeadersOnError: true,
      },
    },
    'strapi::query',
    // After strapi::query, which parses the nested `pagination[...]` parameters.
    'global::pagination-limits',
    // `?locale=fr` (not a configured locale) is a 400, not an empty list.
    'global::locale-param',
    // Swagger UI that works from any host (localhost, 127.0.0.1) under the CSP above.
    'global::swagger-ui',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
