import type { Core } from '@strapi/strapi';
import { OPENAPI_JSON_PATH } from './openapi-route';

/** The script that starts Swagger UI (a file, so the CMS's CSP `script-src 'self'` allows it). */
export const SWAGGER_INIT_PATH = '/documentation/swagger-init.js';

/**
 * The documentation plugin's Swagger UI page loads its scripts and styles from PUBLIC_URL
 * (http://localhost:1337…), so it is blank when the CMS is opened at 127.0.0.1 or any other host, and
 * starts with an inline script that the CSP blocks. This page uses root-relative addresses and loads
 * the document from /documentation/openapi.json on whichever host served it. Same assets
 * (swagger-ui-dist, served by the plugin), nothing from another site.
 */
export const SWAGGER_UI_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>newsroom public API</title>
    <link rel="stylesheet" href="/plugins/documentation/swagger-ui.css">
    <link rel="icon" type="image/png" href="/plugins/documentation/favicon-32x32.png" sizes="32x32">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/plugins/documentation/swagger-ui-bundle.js"></script>
    <script src="/plugins/documentation/swagger-ui-standalone-preset.js"></script>
    <script src="${SWAGGER_INIT_PATH}"></script>
  </body>
</html>
`;

// "Try it out" calls the API on the host the page was opened from, whatever PUBLIC_URL says: the CSP
// (connect-src 'self') and CORS allow nothing else.
const SWAGGER_INIT_JS = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(OPENAPI_JSON_PATH)},
  dom_id: '#swagger-ui',
  docExpansion: 'list',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
  requestInterceptor: function (request) {
    var url = new URL(request.url, window.location.href);
    if (url.pathname.indexOf('/api/') === 0) request.url = window.location.origin + url.pathname + url.search;
    return request;
  },
});
`;

const isSwaggerPage = (path: string) => /^\/documentation(?:\/v\d+\.\d+\.\d+)?\/?$/.test(path);

/** Registers the start script (the page itself is replaced by the swagger-ui middleware). */
export function registerSwaggerUi(strapi: Core.Strapi): void {
  strapi.server.routes([
    {
      method: 'GET',
      path: SWAGGER_INIT_PATH,
      config: { auth: false },
      handler(ctx) {
        ctx.type = 'application/javascript';
        ctx.set('Cache-Control', 'no-cache');
        ctx.body = SWAGGER_INIT_JS;
      },
    },
  ]);
}

/**
 * Replaces the body of the plugin's Swagger UI page once the plugin has answered 200 (a
 * password-protected documentation still redirects to its login page first).
 */
export function swaggerUiPage() {
  return async (
    ctx: { method: string; path: string; status: number; type: string; body: unknown },
    next: () => Promise<void>,
  ) => {
    // Read before: the plugin rewrites ctx.url to "index.html" while serving the page.
    const swaggerPage = ctx.method === 'GET' && isSwaggerPage(ctx.path);
    await next();
    if (swaggerPage && ctx.status === 200 && /html/.test(ctx.type)) {
      ctx.body = SWAGGER_UI_HTML;
      ctx.type = 'text/html';
    }
  };
}
