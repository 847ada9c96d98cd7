// Every failure surfaces as one of these classes, so callers can tell "the CMS is down, keep the last
// good page" (CmsUnavailableError) from "our request or the content is wrong" (the others).

export class CmsError extends Error {
  override name = 'CmsError';
}

/** Network failure, timeout, 5xx, 429 or an unreadable body: transient, worth retrying later. */
export class CmsUnavailableError extends CmsError {
  override name = 'CmsUnavailableError';
}

/** A 4xx answer (bad query, missing permission, unknown route). Not transient: fix the request or the CMS. */
export class CmsResponseError extends CmsError {
  override name = 'CmsResponseError';
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** The CMS answered, but not in the shape we rely on. `path` names the offending field, e.g. `data.0.title`. */
export class CmsValidationError extends CmsError {
  override name = 'CmsValidationError';
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

/** A webhook payload that is not a Strapi event we understand the shape of. */
export class CmsPayloadError extends CmsError {
  override name = 'CmsPayloadError';
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}
