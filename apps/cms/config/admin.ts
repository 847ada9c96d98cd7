import { readEnv } from '../src/env';
import { buildPreviewUrl, previewOrigins } from '../src/preview-url';

export default () => {
  const env = readEnv();
  return {
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
    // `strapi develop` restarts on file changes; tests, runtime data and the OpenAPI document that the
    // documentation plugin writes on start are not server code.
    watchIgnoreFiles: ['**/tests/**', '**/data/**', '**/types/**', '**/extensions/documentation/**'],
    // The "Open preview" button of the content manager: the site's draft-mode entry point.
    preview: {
      enabled: Boolean(env.WEB_PREVIEW_URL && env.PREVIEW_SECRET),
      config: {
        // The site under each loopback name when it runs on this machine (admin at localhost or 127.0.0.1).
        allowedOrigins: env.WEB_PREVIEW_URL ? previewOrigins(env.WEB_PREVIEW_URL) : [],
        handler: buildPreviewUrl,
      },
    },
  };
};
