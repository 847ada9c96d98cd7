/**
 * OpenAPI description of the read-only search and sitemap routes
 * (src/api/article/routes/01-search-and-sitemap.ts). The documentation plugin only knows a custom
 * route's path; these entries replace what it generates with the real parameters and answers.
 * Every required parameter has an `example` that answers 200 (tests/api-documentation.test.ts calls it).
 */

const error400 = {
  description: 'A parameter is missing, malformed or unknown (the message names it)',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const query = (name: string, description: string, schema: Record<string, unknown>, extra = {}) => ({
  name,
  in: 'query',
  description,
  schema,
  ...extra,
});
const locale = query('locale', 'Language of the results (default en)', {
  type: 'string',
  enum: ['en', 'es'],
});
const date = { type: 'string', format: 'date-time', nullable: true };
const json = (schema: Record<string, unknown>) => ({ 'application/json': { schema } });

export const SEARCH_AND_SITEMAP_PATHS: Record<string, Record<string, unknown>> = {
  '/search': {
    get: {
      tags: ['Article'],
      summary: 'Search published articles, ranked by relevance',
      description: [
        'Full-text search of published articles in one language. Every word must appear, whole or as the',
        'start of a word. Order: all words whole in the title, then in the excerpt, then in the body, then',
        'spread over fields, then the same with word fragments; within each, the words as a phrase first,',
        'then the newest first publication. `fields` and `populate` work as on `GET /articles`;',
        '`sort` and `filters` are not accepted (400).',
      ].join('\n'),
      parameters: [
        query(
          'q',
          'What to search for: 1–100 characters, at least one letter or digit; up to 6 words are used',
          { type: 'string', minLength: 1, maxLength: 100 },
          { required: true, example: 'support' },
        ),
        locale,
        query('pagination[page]', 'Page (default 1)', { type: 'integer', minimum: 1 }),
        query('pagination[pageSize]', 'Results per page (default 25, at most 100)', {
          type: 'integer',
          minimum: 1,
          maximum: 100,
        }),
        query('fields', 'Attributes to return, as on GET /articles', {
          type: 'array',
          items: { type: 'string' },
        }),
        query(
          'populate',
          'Relations to return, as on GET /articles',
          { type: 'object' },
          { style: 'deepObject' },
        ),
      ],
      responses: {
        200: {
          description: 'One page of results, in the shape of GET /articles',
          content: json({ $ref: '#/components/schemas/ArticleListResponse' }),
        },
        400: error400,
      },
    },
  },
  '/sitemap/months': {
    get: {
      tags: ['Article'],
      summary: 'Published articles per language and month of first publication (UTC)',
      responses: {
        200: {
          description: 'One entry per language and month that has published articles',
          content: json({
            type: 'object',
            properties: {
              data: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    locale: { type: 'string' },
                    month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
                    count: { type: 'integer' },
                    lastModified: date,
                  },
                },
              },
            },
          }),
        },
        400: error400,
      },
    },
  },
  '/sitemap/articles': {
    get: {
      tags: ['Article'],
      summary: "One sitemap file: a month's published articles of one language, slugs and dates only",
      parameters: [
        query(
          'locale',
          'Language',
          { type: 'string', enum: ['en', 'es'] },
          { required: true, example: 'en' },
        ),
        query(
          'month',
          'Month of first publication (UTC)',
          { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
          { required: true, example: '2026-01' },
        ),
        query('page', 'Page of 5,000 articles, oldest first (default 1)', {
          type: 'integer',
          minimum: 1,
          maximum: 9999,
        }),
      ],
      responses: {
        200: {
          description: 'Up to 5,000 articles',
          content: json({
            type: 'object',
            properties: {
              data: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    documentId: { type: 'string' },
                    slug: { type: 'string' },
                    updatedAt: date,
                    firstPublishedAt: date,
                    localizations: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: { locale: { type: 'string' }, slug: { type: 'string' } },
                      },
                    },
                  },
                },
              },
            },
          }),
        },
        400: error400,
      },
    },
  },
  '/sitemap/sections': {
    get: {
      tags: ['Article'],
      summary: 'Category, author and tag pages that list published articles, per language',
      responses: {
        200: {
          description: 'The sections, and each language’s newest change (its home page)',
          content: json({
            type: 'object',
            properties: {
              data: {
                type: 'object',
                properties: {
                  sections: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        kind: { type: 'string', enum: ['category', 'author', 'tag'] },
                        slug: { type: 'string' },
                        locale: { type: 'string' },
                        count: { type: 'integer' },
                        lastModified: date,
                      },
                    },
                  },
                  home: {
                    type: 'array',
                    items: { type: 'object', properties: { locale: { type: 'string' }, lastModified: date } },
                  },
                },
              },
            },
          }),
        },
        400: error400,
      },
    },
  },
};
