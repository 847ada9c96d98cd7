import type { Core } from '@strapi/strapi';

/** Deeper than any reader or feed will ever page; keeps OFFSET inside every database's integer range. */
export const MAX_OFFSET = 1_000_000;

interface PaginationQuery {
  page?: unknown;
  pageSize?: unknown;
  start?: unknown;
  limit?: unknown;
}

type Parsed = { ok: true; value: number | undefined } | { ok: false };

/**
 * Absent, or a whole number written in digits ("12"), or -1 where Strapi reads it as "as many as
 * allowed" (the admin's media library asks for `pagination[pageSize]=-1`); anything else ("1e20",
 * "0x10", "1.5", "-0", "-5", an array) is not.
 */
function parseWhole(value: unknown, allowMinusOne = false): Parsed {
  if (value === undefined) return { ok: true, value: undefined };
  if (typeof value !== 'string') return { ok: false };
  const text = value.trim();
  if (allowMinusOne && text === '-1') return { ok: true, value: -1 };
  if (!/^\d{1,20}$/.test(text)) return { ok: false };
  return { ok: true, value: Number(text) };
}

const badRequest = (ctx: { status: number; body: unknown }, message: string) => {
  ctx.status = 400;
  ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details: {} } };
};

/**
 * Strapi accepts any number as a page or offset and turns it into an SQL OFFSET: `start=1e20` is a 500
 * on SQLite, `page=1e20` silently reads wrong rows, and large values overflow PostgreSQL's bigint.
 * So `pagination[page|pageSize|start|limit]` must be whole numbers written in digits (pageSize and limit
 * may be -1, Strapi's "as many as allowed"), and offsets no client needs are refused, with a 400.
 * Applied to every path: the router also answers `/API/…` and `//api/…`, and no admin route uses
 * `pagination[...]` differently.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const defaultLimit = Number(strapi.config.get('api.rest.defaultLimit', 25));
  const maxLimit = Number(strapi.config.get('api.rest.maxLimit', 100));

  return async (
    ctx: { path: string; query: Record<string, unknown>; status: number; body: unknown },
    next: () => Promise<void>,
  ) => {
    const raw = ctx.query.pagination;
    if (raw !== undefined && raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      const pagination = raw as PaginationQuery;
      const page = parseWhole(pagination.page);
      const pageSize = parseWhole(pagination.pageSize, true);
      const start = parseWhole(pagination.start);
      const limit = parseWhole(pagination.limit, true);
      if (!page.ok || !pageSize.ok || !start.ok || !limit.ok) {
        return badRequest(ctx, 'Invalid pagination: page, pageSize, start and limit must be whole numbers');
      }
      const size =
        pageSize.value === -1 ? maxLimit : Math.min(Math.max(pageSize.value ?? defaultLimit, 1), maxLimit);
      if (((page.value ?? 1) - 1) * size > MAX_OFFSET || (start.value ?? 0) > MAX_OFFSET) {
        return badRequest(
          ctx,
          `Invalid pagination: results beyond the first ${MAX_OFFSET.toLocaleString('en')} cannot be requested`,
        );
      }
    }
    await next();
  };
};
