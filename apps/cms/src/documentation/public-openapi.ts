/**
 * Shapes the OpenAPI document that @strapi/plugin-documentation generates into the documentation of
 * the *public* API: what an anonymous frontend can call. The plugin documents every route of every
 * content API, writes included, and fills `info` with template values; the Public role may only
 * `find`/`findOne` (src/bootstrap/public-permissions.ts), so everything else is taken out here.
 */

import { SEARCH_AND_SITEMAP_PATHS } from './search-and-sitemap-openapi';

/** The parts of an OpenAPI 3.0 document this module touches. */
export interface OpenApiDocument {
  info: Record<string, unknown>;
  servers?: Array<{ url: string; description?: string }>;
  security?: Array<Record<string, string[]>>;
  externalDocs?: unknown;
  tags?: unknown[];
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
}

import { SITE_LOCALES } from '../bootstrap/locales';

/** HTTP methods that change something. The public role has none of them on any content API. */
export const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

/** Fields Strapi never sends to the public (admin users); the generated schemas list them anyway. */
const PRIVATE_FIELDS = ['createdBy', 'updatedBy'];

export const API_DESCRIPTION = [
  'Read-only REST API of the newsroom CMS: articles, categories, authors, tags, the help-now banner and',
  'redirects (old addresses answered with 308, e.g. from a WordPress import), published content only.',
  '',
  '- No authentication: every operation here is open to anyone. Writes are refused (403).',
  '- `locale=en` (default) or `locale=es`. Translations of an article share its `documentId`.',
  "  Categories and tags are translated too: `name` (and a category's `description`) follow `locale`,",
  '  while `slug` and `documentId` are the same in every locale. Populated relations come in the locale',
  "  of the entry they belong to (a Spanish article's tags have Spanish names).",
  '- Pagination: 25 items per page unless `pagination[pageSize]` asks for another size; sizes above 100',
  '  are capped at 100. `meta.pagination` gives the page count and total.',
  '- Unknown query keys, fields or operators, and private fields, are a 400.',
  '- Relations are returned only when asked for with `populate`. Media URLs are relative to the CMS origin.',
  '- Drafts are never returned here, whatever the query says (`status=draft` included).',
  '- `filters`, `sort` and `populate[…][filters|sort]` may not follow a relation into articles (the type',
  '  with drafts) from another type or from an article: `/api/categories?filters[articles][title]=…`,',
  '  `filters[category][articles][…]`, `filters[localizations][…]` and `sort=articles.title` are a 400.',
  '  Fields of the type being read and of categories, authors, tags and media can be filtered and sorted on.',
  '- `pagination[page|pageSize|start|limit]` are whole numbers in digits; operator values must fit the',
  '  operator (`$between`: two values, `$in`: a list) and the field (numbers for number fields); else a 400.',
].join('\n');

/** Pagination as the API really answers it (the generated schema claims pageSize ≥ 25 and pageCount ≤ 1). */
const PAGINATION_SCHEMA = {
  type: 'object',
  properties: {
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100 },
    pageCount: { type: 'integer', minimum: 0 },
    total: { type: 'integer', minimum: 0 },
  },
};

type Json = unknown;

const LOCALE_CODES = SITE_LOCALES.map((locale) => locale.code);

/** What each query parameter really accepts here, with an example (the generated ones say "string"). */
const PARAMETERS: Record<
  string,
  { description: string; schema: Record<string, unknown>; example?: unknown }
> = {
  locale: {
    description: `A configured locale (${LOCALE_CODES.join(', ')}), or * for every locale; anything else is a 400.`,
    schema: { type: 'string', enum: [...LOCALE_CODES, '*'], default: LOCALE_CODES[0] },
    example: 'es',
  },
  sort: {
    description: 'Field and direction, e.g. the newest first. Several: sort[0]=…&sort[1]=….',
    schema: { type: 'string' },
    example: 'firstPublishedAt:desc',
  },
  fields: {
    description: 'Attributes to return (fields[0]=title&fields[1]=slug). Private fields are a 400.',
    schema: { type: 'string' },
    example: 'title',
  },
  populate: {
    description:
      'Relations and media to include, e.g. populate[category][fields][0]=name. Articles: cover, category, author, tags, seo, localizations; authors: avatar, articles; categories and tags: articles.',
    schema: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    example: 'cover',
  },
  filters: {
    description:
      'Strapi filters, e.g. filters[slug][$eq]=welcome, filters[category][slug][$eq]=services, filters[tags][slug][$eq]=sleep, filters[title][$containsi]=sleep. Unknown fields or operators are a 400.',
    schema: { type: 'object', additionalProperties: true },
    example: { slug: { $eq: 'why-sleep-matters-in-early-recovery' } },
  },
};

/**
 * The article body: Strapi "blocks" rich text, node by node (what @newsroom/cms-client validates with
 * zod in packages/cms-client/src/blocks.ts).
 */
const BLOCK_SCHEMAS: Record<string, unknown> = {
  BlocksText: {
    type: 'object',
    required: ['type', 'text'],
    properties: {
      type: { type: 'string', enum: ['text'] },
      text: { type: 'string' },
      bold: { type: 'boolean' },
      italic: { type: 'boolean' },
      underline: { type: 'boolean' },
      strikethrough: { type: 'boolean' },
      code: { type: 'boolean' },
    },
  },
  BlocksLink: {
    type: 'object',
    required: ['type', 'url', 'children'],
    properties: {
      type: { type: 'string', enum: ['link'] },
      url: { type: 'string' },
      children: { type: 'array', items: { $ref: '#/components/schemas/BlocksText' } },
    },
  },
  BlocksInline: {
    oneOf: [{ $ref: '#/components/schemas/BlocksText' }, { $ref: '#/components/schemas/BlocksLink' }],
  },
  BlocksListItem: {
    type: 'object',
    required: ['type', 'children'],
    properties: {
      type: { type: 'string', enum: ['list-item'] },
      children: { type: 'array', items: { $ref: '#/components/schemas/BlocksInline' } },
    },
  },
  BlocksList: {
    type: 'object',
    required: ['type', 'format', 'children'],
    properties: {
      type: { type: 'string', enum: ['list'] },
      format: { type: 'string', enum: ['ordered', 'unordered'] },
      indentLevel: { type: 'integer' },
      children: {
        type: 'array',
        items: {
          oneOf: [
            { $ref: '#/components/schemas/BlocksListItem' },
            { $ref: '#/components/schemas/BlocksList' },
          ],
        },
      },
    },
  },
  BlocksBlock: {
    oneOf: [
      {
        type: 'object',
        required: ['type', 'children'],
        properties: {
          type: { type: 'string', enum: ['paragraph', 'quote', 'code'] },
          language: { type: 'string', description: 'code blocks only' },
          children: { type: 'array', items: { $ref: '#/components/schemas/BlocksInline' } },
        },
      },
      {
        type: 'object',
        required: ['type', 'level', 'children'],
        properties: {
          type: { type: 'string', enum: ['heading'] },
          level: { type: 'integer', minimum: 1, maximum: 6 },
          children: { type: 'array', items: { $ref: '#/components/schemas/BlocksInline' } },
        },
      },
      { $ref: '#/components/schemas/BlocksList' },
      {
        type: 'object',
        required: ['type', 'image'],
        properties: {
          type: { type: 'string', enum: ['image'] },
          image: {
            type: 'object',
            required: ['url'],
            properties: {
              url: { type: 'string', description: 'relative to the CMS origin (/uploads/…)' },
              alternativeText: { type: 'string', nullable: true },
              caption: { type: 'string', nullable: true },
              width: { type: 'integer' },
              height: { type: 'integer' },
            },
          },
          children: { type: 'array', items: { $ref: '#/components/schemas/BlocksText' } },
        },
      },
    ],
  },
  Blocks: {
    type: 'array',
    items: { $ref: '#/components/schemas/BlocksBlock' },
    example: [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Why sleep is often disrupted' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'It is a ' },
          { type: 'text', text: 'normal', italic: true },
          { type: 'text', text: ' part of recovery. See ' },
          { type: 'link', url: '/en/news/riding-the-wave', children: [{ type: 'text', text: 'this piece' }] },
          { type: 'text', text: '.' },
        ],
      },
    ],
  },
};

function dropKeysDeep(value: Json, keys: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item) => dropKeysDeep(item, keys));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, Json>;
    for (const key of Object.keys(record)) {
      if (keys.includes(key)) delete record[key];
      else dropKeysDeep(record[key], keys);
    }
  }
}

/**
 * The plugin's `mutateDocumentation` hook: receives an Immer draft of the generated document and edits
 * it in place.
 */
export function toPublicDocumentation(doc: OpenApiDocument): void {
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const method of WRITE_METHODS) delete operations[method];
    if (Object.keys(operations).length === 0) delete doc.paths[path];
  }

  const schemas = doc.components?.schemas ?? {};
  for (const name of Object.keys(schemas)) {
    // `<Type>Request` bodies belong to the create/update operations removed above.
    if (name.endsWith('Request')) delete schemas[name];
  }
  dropKeysDeep(schemas, PRIVATE_FIELDS);
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.endsWith('ListResponse')) continue;
    const meta = (schema as { properties?: { meta?: { properties?: Record<string, unknown> } } }).properties
      ?.meta;
    if (meta?.properties) meta.properties.pagination = PAGINATION_SCHEMA;
  }

  // The custom read routes, described by hand (the plugin knows only their paths).
  Object.assign(doc.paths, structuredClone(SEARCH_AND_SITEMAP_PATHS));

  // Our parameters and the body's block schema, instead of the generator's bare strings and `{}`.
  for (const operations of Object.values(doc.paths)) {
    const get = operations.get as { parameters?: Array<Record<string, unknown>> } | undefined;
    for (const parameter of get?.parameters ?? []) {
      const ours = PARAMETERS[String(parameter.name)];
      if (ours && parameter.in === 'query') Object.assign(parameter, ours);
    }
  }
  Object.assign(schemas, BLOCK_SCHEMAS);
  const article = schemas.Article as { properties?: Record<string, unknown> } | undefined;
  if (article?.properties?.body) article.properties.body = { $ref: '#/components/schemas/Blocks' };

  // Public reads need no credentials; the template's contact, terms and links point nowhere real.
  doc.security = [];
  if (doc.components?.securitySchemes) delete doc.components.securitySchemes;
  delete doc.info.termsOfService;
  delete doc.info.contact;
  delete doc.info.license;
  delete doc.externalDocs;
}
