/**
 * Checks the filters, sort and populate of a REST read before the query engine sees them. Two rules:
 *
 * 1. Drafts (public callers only). Forcing `status=published` constrains the rows of the type being
 *    read, but not the rows a filter or a sort reaches through a relation:
 *    `/api/categories?filters[articles][title][$containsi]=w` joins every article row linked to a
 *    category, drafts included, and the answer then depends on draft text (a category appears or not,
 *    a count changes, an order flips). So any filter or sort path — at the root or inside a populate,
 *    under any $and/$or/$not — that crosses a relation into a draft-and-publish type is refused. That
 *    includes `localizations` (a relation to the same type) and polymorphic relations (they can reach
 *    any type). Populating such a relation stays allowed: populated rows follow the forced status.
 *
 * 2. Operator values (every caller). The query engine turns a malformed value into a database error
 *    (a 500): `$between` without exactly two values, an object where a value belongs
 *    (`[$eq][$eq]=1`), text compared with a number field. Those are client errors.
 */

/** The part of a Strapi schema the guard needs. */
export interface SchemaAttribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  components?: string[];
}
export interface SchemaModel {
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, SchemaAttribute>;
}
export type ModelLookup = (uid: string) => SchemaModel | undefined;

export interface QueryProblem {
  kind: 'draft-relation' | 'bad-value';
  /** Where in the query: "filters", "sort", "populate.articles.filters"… */
  parameter: string;
  /** The attribute path at fault, e.g. "articles" or "category.articles". */
  path: string;
}

interface Options {
  /** Refuse paths into draft-and-publish types (callers that may not read drafts). */
  publicCaller: boolean;
}

const LOGICAL = new Set(['$and', '$or', '$not']);
const UPLOAD_FILE = 'plugin::upload.file';
const NUMERIC_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal']);
/** `id` is not in a model's attributes but can be filtered on. */
const ID_ATTRIBUTE: SchemaAttribute = { type: 'integer' };
const NUMBER = /^-?\d{1,15}(?:\.\d{1,15})?$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Own attribute only: `__proto__`, `constructor`… are never attributes. */
function attributeOf(model: SchemaModel, name: string): SchemaAttribute | undefined {
  if (name === 'id') return ID_ATTRIBUTE;
  return Object.hasOwn(model.attributes, name) ? model.attributes[name] : undefined;
}

type Step = { kind: 'blocked' } | { kind: 'into'; uids: string[] } | { kind: 'leaf' };

/** What following one attribute means. */
function step(lookup: ModelLookup, attribute: SchemaAttribute, options: Options): Step {
  switch (attribute.type) {
    case 'relation': {
      // A polymorphic relation has no single target: it can lead to any type, drafts included.
      const polymorphic = !attribute.target || attribute.relation?.startsWith('morph');
      if (polymorphic) return options.publicCaller ? { kind: 'blocked' } : { kind: 'leaf' };
      const drafts = lookup(attribute.target as string)?.options?.draftAndPublish === true;
      if (drafts && options.publicCaller) return { kind: 'blocked' };
      return { kind: 'into', uids: [attribute.target as string] };
    }
    case 'media':
      return { kind: 'into', uids: [UPLOAD_FILE] };
    case 'component':
      return attribute.component ? { kind: 'into', uids: [attribute.component] } : { kind: 'leaf' };
    case 'dynamiczone':
      return { kind: 'into', uids: attribute.components ?? [] };
    default:
      return { kind: 'leaf' };
  }
}

/** A value an operator compares an attribute of this type with. */
function valueFits(attribute: SchemaAttribute, value: unknown): boolean {
  if (!isScalar(value)) return false;
  if (NUMERIC_TYPES.has(attribute.type)) return NUMBER.test(String(value).trim());
  return true;
}

/** The operator conditions on one scalar attribute: `{ $eq: 1 }`, `{ $not: { $in: [1, 2] } }`, `"x"`. */
function conditionFits(attribute: SchemaAttribute, condition: unknown): boolean {
  if (!isObject(condition)) return valueFits(attribute, condition);
  for (const [operator, value] of Object.entries(condition)) {
    if (LOGICAL.has(operator)) {
      const items = Array.isArray(value) ? value : [value];
      if (!items.every((item) => conditionFits(attribute, item))) return false;
    } else if (operator === '$null' || operator === '$notNull') {
      if (!isScalar(value)) return false;
    } else if (operator === '$in' || operator === '$notIn') {
      const items = Array.isArray(value) ? value : [value];
      if (!items.every((item) => valueFits(attribute, item))) return false;
    } else if (operator === '$between') {
      if (!Array.isArray(value) || value.length !== 2) return false;
      if (!value.every((item) => valueFits(attribute, item))) return false;
    } else if (operator.startsWith('$')) {
      if (!valueFits(attribute, value)) return false;
    }
    // A plain key under a scalar attribute is Strapi's to reject (strict params).
  }
  return true;
}

type Outcome = { kind: QueryProblem['kind']; path: string } | null;

class Walker {
  constructor(
    private readonly lookup: ModelLookup,
    private readonly options: Options,
  ) {}

  /**
   * Follows `segments` from `uid`; reports a blocked path, or hands the attribute reached at the end
   * to `then`. Unknown names are left to Strapi's own validation (a 400 with strict params).
   */
  follow(
    uid: string,
    segments: string[],
    trail: string[],
    then: (uid: string, attribute: SchemaAttribute | null, trail: string[]) => Outcome,
  ): Outcome {
    const [name, ...rest] = segments;
    if (name === undefined || name === '') return then(uid, null, trail);
    const model = this.lookup(uid);
    const attribute = model ? attributeOf(model, name) : undefined;
    if (!attribute) return null;
    const path = [...trail, name];
    const next = step(this.lookup, attribute, this.options);
    if (next.kind === 'blocked') return { kind: 'draft-relation', path: path.join('.') };
    if (next.kind === 'leaf') return rest.length === 0 ? then(uid, attribute, path) : null;
    for (const targetUid of next.uids) {
      const found = this.follow(targetUid, rest, path, then);
      if (found) return found;
    }
    return null;
  }

  /** A filter object (any nesting of $and/$or/$not, any operator) evaluated on `uid`. */
  filters(uid: string, filters: unknown, trail: string[]): Outcome {
    if (Array.isArray(filters)) {
      for (const item of filters) {
        const found = this.filters(uid, item, trail);
        if (found) return found;
      }
      return null;
    }
    if (!isObject(filters)) return null;
    for (const [key, value] of Object.entries(filters)) {
      if (LOGICAL.has(key)) {
        const found = this.filters(uid, value, trail);
        if (found) return found;
        continue;
      }
      // An operator at the level of a type (not of an attribute) is Strapi's to reject.
      if (key.startsWith('$')) continue;
      const found = this.follow(uid, key.split('.'), trail, (targetUid, attribute, path) => {
        if (attribute) {
          return conditionFits(attribute, value) ? null : { kind: 'bad-value', path: path.join('.') };
        }
        return this.filters(targetUid, value, path);
      });
      if (found) return found;
    }
    return null;
  }

  /** Every spelling of `sort`: "a.b:asc,c", ["a.b:desc"], {a: {b: "asc"}}, [{a: "asc"}]. */
  sort(uid: string, sort: unknown, trail: string[]): Outcome {
    if (Array.isArray(sort)) {
      for (const item of sort) {
        const found = this.sort(uid, item, trail);
        if (found) return found;
      }
      return null;
    }
    if (typeof sort === 'string') {
      for (const part of sort.split(',')) {
        const field = part.split(':')[0]?.trim() ?? '';
        const found = this.follow(uid, field.split('.'), trail, () => null);
        if (found) return found;
      }
      return null;
    }
    if (!isObject(sort)) return null;
    for (const [key, value] of Object.entries(sort)) {
      const found = this.follow(uid, key.split('.'), trail, (targetUid, attribute, path) =>
        !attribute && (isObject(value) || Array.isArray(value)) ? this.sort(targetUid, value, path) : null,
      );
      if (found) return found;
    }
    return null;
  }

  /** Populate entries may carry their own filters, sort and populate, evaluated on the populated type. */
  populate(uid: string, populate: unknown, where: string[]): QueryProblem | null {
    // "*", "a,b", ["a.b"]: no filters or sort can be expressed, and populated rows follow the status.
    if (!isObject(populate)) return null;
    const model = this.lookup(uid);
    if (!model) return null;
    for (const [key, entry] of Object.entries(populate)) {
      if (!isObject(entry)) continue;
      const attribute = attributeOf(model, key);
      if (!attribute) continue;
      const here = [...where, key];
      const targets: string[] =
        attribute.type === 'relation' && attribute.target
          ? [attribute.target]
          : attribute.type === 'media'
            ? [UPLOAD_FILE]
            : attribute.type === 'component' && attribute.component
              ? [attribute.component]
              : [];
      for (const target of targets) {
        const found = this.query(target, entry, here);
        if (found) return found;
      }
      // Dynamic zones: `on: { "shared.seo": { filters, sort, populate } }`.
      if (attribute.type === 'dynamiczone' && isObject(entry.on)) {
        for (const [component, fragment] of Object.entries(entry.on)) {
          if (!(attribute.components ?? []).includes(component)) continue;
          const found = this.query(component, fragment, [...here, 'on', component]);
          if (found) return found;
        }
      }
    }
    return null;
  }

  query(uid: string, params: unknown, where: string[]): QueryProblem | null {
    if (!isObject(params)) return null;
    const prefix = where.length > 0 ? `populate.${where.join('.')}.` : '';
    const inFilters = this.filters(uid, params.filters, []);
    if (inFilters) return { ...inFilters, parameter: `${prefix}filters` };
    const inSort = this.sort(uid, params.sort, []);
    if (inSort) return { ...inSort, parameter: `${prefix}sort` };
    return this.populate(uid, params.populate, where);
  }
}

/**
 * The first problem in `params` (document-service parameters of a read on `uid`): a filter or sort
 * path that crosses a relation into a draft-and-publish type (public callers), or a value no operator
 * can compare with. Null when the query is fine.
 */
export function findQueryProblem(
  lookup: ModelLookup,
  uid: string,
  params: unknown,
  options: Options,
): QueryProblem | null {
  return new Walker(lookup, options).query(uid, params, []);
}

/** The explanation sent to the client; it names the path, never the value. */
export function queryProblemMessage({ kind, parameter, path }: QueryProblem): string {
  if (kind === 'bad-value') {
    return (
      `Invalid ${parameter}: the condition on "${path}" has a value its operator cannot use ` +
      '($between takes two values, $in a list, the others one value; numbers for number fields)'
    );
  }
  return (
    `Invalid ${parameter}: "${path}" reaches a content type with drafts through a relation. ` +
    'Public requests may filter and sort only on fields of the type they read and of types without drafts.'
  );
}
