import type { Core, UID } from '@strapi/strapi';

/** Bookkeeping that is not content: never compared, never restored. */
const IGNORED = new Set([
  'id',
  'documentId',
  'locale',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'localizations',
  'readingTimeMinutes',
  'materialUpdate',
]);

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
  mappedBy?: string;
}
type Schema = { attributes: Record<string, Attribute> };

/**
 * The draft of one language as plain data, in the shape `documents().update({ data })` accepts:
 * relations as documentIds, media as file ids, components without their ids. Inverse relations
 * (mappedBy) belong to the other side and are left out.
 */
export async function takeSnapshot(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  locale: string,
): Promise<Record<string, unknown> | null> {
  const schema = strapi.contentType(uid) as unknown as Schema;
  const entry = (await strapi.documents(uid).findOne({
    documentId,
    locale,
    status: 'draft',
    populate: populateFor(strapi, schema),
  } as never)) as Record<string, unknown> | null;
  return entry ? toInput(strapi, schema, entry) : null;
}

function populateFor(strapi: Core.Strapi, schema: Schema): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (IGNORED.has(name) || attribute.mappedBy) continue;
    if (attribute.type === 'relation' || attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component' && attribute.component) {
      const nested = populateFor(
        strapi,
        strapi.components[attribute.component as UID.Component] as unknown as Schema,
      );
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    }
  }
  return populate;
}

function toInput(
  strapi: Core.Strapi,
  schema: Schema,
  entry: Record<string, unknown>,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (IGNORED.has(name) || attribute.mappedBy) continue;
    const value = entry[name];
    if (attribute.type === 'relation') {
      data[name] = Array.isArray(value)
        ? value.map((item) => (item as { documentId: string }).documentId)
        : value
          ? (value as { documentId: string }).documentId
          : null;
    } else if (attribute.type === 'media') {
      data[name] = Array.isArray(value)
        ? value.map((item) => (item as { id: number }).id)
        : value
          ? (value as { id: number }).id
          : null;
    } else if (attribute.type === 'component' && attribute.component) {
      const component = strapi.components[attribute.component as UID.Component] as unknown as Schema;
      const one = (item: unknown) =>
        item ? toInput(strapi, component, item as Record<string, unknown>) : null;
      data[name] = Array.isArray(value) ? value.map(one) : one(value);
    } else if (attribute.type !== 'dynamiczone') {
      data[name] = value ?? null;
    }
  }
  return data;
}

/** Names of the top-level fields whose values differ between two snapshots. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] {
  if (!before) return Object.keys(after).filter((name) => after[name] !== null && after[name] !== undefined);
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => JSON.stringify(before[name] ?? null) !== JSON.stringify(after[name] ?? null))
    .sort();
}
