import { readEnv } from '../src/env';

// Strapi's console logger, at the level chosen by LOG_LEVEL ("http" also logs each request).
export default () => ({ level: readEnv().LOG_LEVEL });
