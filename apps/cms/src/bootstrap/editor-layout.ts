import type { Core } from '@strapi/strapi';
import { EDIT_VIEWS, type EditViewSpec } from './editor-layout-spec';

interface FieldMetadata {
  edit?: { label?: string; description?: string; editable?: boolean; [key: string]: unknown };
  list?: { label?: string; sortable?: boolean; [key: string]: unknown };
  [key: string]: unknown;
}
interface LayoutCell {
  name: string;
  size: number;
}
interface Configuration {
  uid?: string;
  settings: Record<string, unknown>;
  layouts: { edit: LayoutCell[][]; list: string[]; [key: string]: unknown };
  metadatas: Record<string, FieldMetadata>;
}
interface ConfigurationService {
  findConfiguration(target: { uid: string }): Promise<Configuration>;
  updateConfiguration(target: { uid: string }, configuration: Omit<Configuration, 'uid'>): Promise<unknown>;
}

/**
 * The admin as an editor works: plain-words labels and hints on every field, the edit view in the order
 * an article is written (title, slug, summary, cover, body, category, author, tags, then SEO and
 * review), computed fields read-only, and the article list showing when each review is due (sortable).
 * The users-permissions "User" collection is kept out of the content manager (the site has no reader
 * accounts). Each stored layout is rewritten only when it differs; fields this module does not know
 * (added by a later schema change) keep their place after the known ones.
 */
export async function configureEditorLayouts(strapi: Core.Strapi): Promise<void> {
  const changed: string[] = [];
  for (const spec of EDIT_VIEWS) {
    const service = strapi
      .plugin('content-manager')
      .service(spec.kind === 'component' ? 'components' : 'content-types') as unknown as ConfigurationService;
    const target = { uid: spec.uid };
    const { uid: _uid, ...current } = await service.findConfiguration(target);
    const next = applySpec(current, spec);
    if (JSON.stringify(next) === JSON.stringify(current)) continue;
    await service.updateConfiguration(target, next);
    changed.push(spec.uid);
  }
  if (changed.length > 0) strapi.log.info(`[admin] editor layout set for ${changed.join(', ')}`);
}

/** Hide the users-permissions "User" collection from the content manager (call in register). */
export function hideReaderAccounts(strapi: Core.Strapi): void {
  const user = strapi.contentType('plugin::users-permissions.user') as unknown as {
    pluginOptions?: Record<string, Record<string, unknown>>;
  };
  user.pluginOptions = {
    ...user.pluginOptions,
    'content-manager': { ...user.pluginOptions?.['content-manager'], visible: false },
  };
}

export function applySpec(configuration: Omit<Configuration, 'uid'>, spec: EditViewSpec) {
  const metadatas: Record<string, FieldMetadata> = { ...configuration.metadatas };
  for (const [name, field] of Object.entries(spec.fields)) {
    const current = metadatas[name];
    if (!current) continue;
    metadatas[name] = {
      ...current,
      edit: {
        ...current.edit,
        label: field.label,
        description: field.hint ?? '',
        ...(field.readOnly ? { editable: false } : {}),
      },
      list: { ...current.list, label: field.label, ...(field.sortable ? { sortable: true } : {}) },
    };
  }

  const known = new Set(Object.keys(metadatas));
  const placed = new Set<string>();
  const rows: LayoutCell[][] = [];
  for (const row of spec.rows) {
    const cells = row.filter(([name]) => known.has(name)).map(([name, size]) => ({ name, size }));
    cells.forEach((cell) => placed.add(cell.name));
    if (cells.length > 0) rows.push(cells);
  }
  for (const row of configuration.layouts.edit ?? []) {
    const rest = row.filter((cell) => !placed.has(cell.name));
    if (rest.length > 0) rows.push(rest);
  }

  return {
    ...configuration,
    metadatas,
    layouts: {
      ...configuration.layouts,
      edit: rows,
      ...(spec.list ? { list: spec.list.filter((name) => known.has(name)) } : {}),
    },
  };
}
