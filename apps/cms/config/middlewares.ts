import { readEnv } from '../src/env';

export default () => {
  const env = readEnv();
  const previewOrigin = env.WEB_PREVIEW_URL ? new URL(env.WEB_PREVIEW_URL).origin : undefined;

  return [
    'strapi::logger',
    'strapi::errors',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          directives: {
            // The content manager's preview pane frames the site; nothing else may be framed.
            'frame-src': ["'self'", ...(previewOrigin ? [previewOrigin] : [])],
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
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
