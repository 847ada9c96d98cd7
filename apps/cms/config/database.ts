import path from 'node:path';
import { findAppRoot, readEnv } from '../src/env';

export default () => {
  const env = readEnv();

  if (env.DATABASE_CLIENT === 'postgres') {
    const ssl = env.DATABASE_SSL ? { rejectUnauthorized: env.DATABASE_SSL_REJECT_UNAUTHORIZED } : false;
    return {
      connection: {
        client: 'postgres',
        connection: env.DATABASE_URL
          ? { connectionString: env.DATABASE_URL, ssl }
          : {
              host: env.DATABASE_HOST,
              port: env.DATABASE_PORT,
              database: env.DATABASE_NAME,
              user: env.DATABASE_USERNAME,
              password: env.DATABASE_PASSWORD,
              ssl,
            },
        pool: { min: 0, max: 10 },
      },
      settings: { useTypescriptMigrations: true },
    };
  }

  // A relative filename is relative to apps/cms, whatever the current directory is.
  const filename = path.resolve(findAppRoot(), env.DATABASE_FILENAME);
  return {
    connection: {
      client: 'sqlite',
      connection: { filename },
      useNullAsDefault: true,
    },
    // Migrations are written in TypeScript and run from dist/database/migrations.
    settings: { useTypescriptMigrations: true },
  };
};
