import type { Core } from '@strapi/strapi';

const ARTICLE_UID = 'api::article.article';
const COMPUTED_FIELD = 'readingTimeMinutes';
const HINT = 'Worked out from the body each time the article is saved.';

interface FieldMetadata {
  edit?: { editable?: boolean; description?: string; [key: string]: unknown };
  [key: string]: unknown;
}
interface Configuration {
  uid?: string;
  settings: unknown;
  layouts: unknown;
  metadatas: Record<string, FieldMetadata>;
}
interface ContentTypesService {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(
    contentType: { uid: string },
    configuration: Omit<Configuration, 'uid'>,
  ): Promise<unknown>;
}

/**
 * Show the reading time read-only in the article edit view, with a hint, so editors do not try to
 * type a value the server replaces on save. Changes the stored layout only when it differs.
 */
export async function lockComputedFields(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  const contentType = { uid: ARTICLE_UID };
  const { uid: _uid, ...configuration } = await service.findConfiguration(contentType);
  const edit = configuration.metadatas[COMPUTED_FIELD]?.edit ?? {};
  if (edit.editable === false && edit.description === HINT) return;

  configuration.metadatas[COMPUTED_FIELD] = {
    ...configuration.metadatas[COMPUTED_FIELD],
    edit: { ...edit, editable: false, description: HINT },
  };
  await service.updateConfiguration(contentType, configuration);
}
