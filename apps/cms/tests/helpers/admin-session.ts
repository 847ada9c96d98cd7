import { api, strapiInstance } from './strapi';

const sessions = new Map<string, string>();
/**
 * An admin panel session: a JWT for /admin and /content-manager routes, as the browser holds. One login
 * per account and test file: Strapi rate-limits /admin/login.
 */
export async function adminLogin(email: string, password: string): Promise<string> {
  const known = sessions.get(`${email}\n${password}`);
  if (known) return known;
  const res = await api().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login of ${email} failed: ${res.status} ${res.text}`);
  sessions.set(`${email}\n${password}`, res.body.data.token as string);
  return res.body.data.token as string;
}

let writeToken: string | undefined;
/** A full-access API token, as an integration that writes through the REST API would hold. */
export async function fullAccessToken(): Promise<string> {
  if (!writeToken) {
    const token = await strapiInstance()
      .service('admin::api-token')
      .create({ name: `Integration ${Date.now()}`, type: 'full-access', lifespan: null, description: '' });
    writeToken = token.accessKey as string;
  }
  return writeToken;
}

export const CM = '/content-manager/collection-types';
export const CM_SINGLE = '/content-manager/single-types';
