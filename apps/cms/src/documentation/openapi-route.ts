import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** Where frontend developers (and code generators) fetch the public API's OpenAPI document. */
export const OPENAPI_JSON_PATH = '/documentation/openapi.json';

/** The calls of @strapi/plugin-documentation's service used here (it ships no types for them). */
interface DocumentationService {
  getDocumentationVersion(): string;
  getFullDocumentationPath(): string;
  generateFullDoc(version?: string): Promise<void>;
}

const documentationService = (strapi: Core.Strapi) =>
  strapi.plugin('documentation').service('documentation') as DocumentationService;

const documentPath = (service: DocumentationService) =>
  path.join(service.getFullDocumentationPath(), service.getDocumentationVersion(), 'full_documentation.json');

/**
 * The plugin only serves the document embedded in its Swagger UI page; this route serves the same file
 * as JSON. It follows the plugin's "restricted access" setting: when an administrator protects the
 * documentation with a password, the JSON needs the same login as the page.
 */
export function registerOpenApiRoute(strapi: Core.Strapi): void {
  strapi.server.routes([
    {
      method: 'GET',
      path: OPENAPI_JSON_PATH,
      config: { auth: false },
      async handler(ctx) {
        const settings = (await strapi
          .store({ type: 'plugin', name: 'documentation', key: 'config' })
          .get()) as {
          restrictedAccess?: boolean;
        } | null;
        const session = (ctx as { session?: { documentation?: { logged?: boolean } } }).session;
        if (settings?.restrictedAccess && !session?.documentation?.logged) {
          ctx.status = 401;
          ctx.body = { error: 'The API documentation is password-protected: log in at /documentation/login' };
          return;
        }
        try {
          ctx.body = await fs.readFile(documentPath(documentationService(strapi)), 'utf8');
        } catch {
          ctx.status = 404;
          ctx.body = { error: 'The API documentation has not been generated yet' };
          return;
        }
        ctx.type = 'application/json';
        ctx.set('Cache-Control', 'no-cache');
      },
    },
  ]);
}

/**
 * The plugin regenerates the document on every start except in production, where it expects a file
 * committed or built beforehand. Generating it here instead keeps the document in step with the
 * running code (it takes milliseconds). A read-only file system must not stop the CMS: the API works
 * without its documentation.
 */
export async function generateDocumentationInProduction(strapi: Core.Strapi): Promise<void> {
  if (strapi.config.get('environment') !== 'production') return;
  const service = documentationService(strapi);
  try {
    await service.generateFullDoc();
    strapi.log.info(`[documentation] OpenAPI document written to ${documentPath(service)}`);
  } catch (error) {
    strapi.log.warn(`[documentation] could not write the OpenAPI document: ${String(error)}`);
  }
}
