import type { Core } from '@strapi/strapi';

/** Deeper than any reader or feed will ever page; keeps OFFSET inside every database's integer range. */
export const MAX_OFFSET = 1_000_000;

interface PaginationQuery {
  page?: unknown;
  pageSize?: unknown;
  start?: unknown;
  limit?: unknown;
}

const asInteger = (value: unknown): number | undefined => {
  if (typeof value !== 'string' || !/^-?\d{1,20}$/.test(value.trim())) return undefined;
  return Number(value);
};

/**
 * Strapi accepts any integer as a page number and turns it into an SQL OFFSET: `page=1e20`-style
 * values are a 200 on SQLite but overflow PostgreSQL's bigint (a 500). Reject offsets no client needs
 * with a 400 before they reach the database. Malformed values are left to Strapi's own validation.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const defaultLimit = Number(strapi.config.get('api.rest.defaultLimit', 25));
  const maxLimit = Number(strapi.config.get('api.rest.maxLimit', 100));

  return async (
    ctx: { path: string; query: Record<string, unknown>; status: number; body: unknown },
    next: () => Promise<void>,
  ) => {
    if (ctx.path.startsWith('/api/')) {
      const pagination = (ctx.query.pagination ?? {}) as PaginationQuery;
      const page = asInteger(pagination.page) ?? 1;
      const pageSize = Math.min(Math.max(asInteger(pagination.pageSize) ?? defaultLimit, 1), maxLimit);
      const start = asInteger(pagination.start) ?? 0;
      if ((page - 1) * pageSize > MAX_OFFSET || start > MAX_OFFSET) {
        ctx.status = 400;
        ctx.body = {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: `Invalid pagination: results beyond the first ${MAX_OFFSET.toLocaleString('en')} cannot be requested`,
            details: {},
          },
        };
        return;
      }
    }
    await next();
  };
};
