import type { Core } from '@strapi/strapi';
import type { CmsEnv } from '../env';

export const PREVIEW_TOKEN_NAME = 'Site preview (read-only)';
const TOKEN_UID = 'admin::api-token';

interface TokenService {
  hash(accessKey: string): string;
  getByName(name: string): Promise<{ id: number | string } | null>;
  create(attributes: {
    name: string;
    description: string;
    type: 'read-only';
    lifespan: null;
  }): Promise<{ id: number | string }>;
}
interface EncryptionService {
  encrypt(value: string): string | null;
}

/**
 * The web app reads drafts in preview mode with a read-only API token. Strapi stores only an HMAC of
 * a token (keyed by API_TOKEN_SALT) plus an encrypted copy for the admin's "view token" button, so the
 * token whose value is PREVIEW_API_TOKEN is created — or re-keyed, when the env value changed — by
 * writing that HMAC and ciphertext ourselves, exactly as Strapi's own regenerate() does. The value in
 * .env is then a working `Authorization: Bearer` token, and nothing has to be copied out of the admin.
 */
export async function ensurePreviewApiToken(strapi: Core.Strapi, env: CmsEnv): Promise<void> {
  const accessKey = env.PREVIEW_API_TOKEN;
  if (!accessKey) {
    strapi.log.info('[api-tokens] PREVIEW_API_TOKEN is not set; the preview token is left as it is');
    return;
  }

  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const accessKeyHash = tokens.hash(accessKey);

  let token = await tokens.getByName(PREVIEW_TOKEN_NAME);
  let action = 'kept';
  if (!token) {
    token = await tokens.create({
      name: PREVIEW_TOKEN_NAME,
      description: 'Lets the site show drafts in preview mode. Its value comes from PREVIEW_API_TOKEN.',
      type: 'read-only',
      lifespan: null,
    });
    action = 'created';
  }

  const stored = await strapi.db
    .query(TOKEN_UID)
    .findOne({ where: { id: token.id }, select: ['id', 'accessKey', 'type', 'expiresAt'] });
  const upToDate =
    stored?.accessKey === accessKeyHash && stored?.type === 'read-only' && stored?.expiresAt == null;
  if (!upToDate) {
    await strapi.db.query(TOKEN_UID).update({
      where: { id: token.id },
      data: {
        accessKey: accessKeyHash,
        encryptedKey: encryption.encrypt(accessKey),
        type: 'read-only',
        lifespan: null,
        expiresAt: null,
      },
    });
    // A token that used to be "custom" may still carry permission rows; read-only tokens have none.
    await strapi.db.query('admin::api-token-permission').deleteMany({ where: { token: token.id } });
    if (action === 'kept') action = 'updated';
  }
  if (action !== 'kept')
    strapi.log.info(`[api-tokens] ${action} "${PREVIEW_TOKEN_NAME}" from PREVIEW_API_TOKEN`);
}
