import path from 'node:path';
import { findAppRoot, readEnv } from '../src/env';

/** The better-sqlite3 connection knex hands to pool hooks (only the call used here). */
interface SqliteConnection {
  pragma(statement: string): unknown;
}

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
      // Two processes may write at once: the CMS and `npm run import:wordpress` (or `seed`). WAL lets
      // readers go on while one writes, and a writer waits up to 10 s for the other's transaction
      // instead of failing at once with SQLITE_BUSY. WAL mode is stored in the file.
      pool: {
        afterCreate: (
          connection: SqliteConnection,
          done: (error: Error | null, connection: unknown) => void,
        ) => {
          try {
            connection.pragma('journal_mode = WAL');
            // In WAL mode NORMAL cannot corrupt the file; a power cut may lose the last commits.
            connection.pragma('synchronous = NORMAL');
            connection.pragma('busy_timeout = 10000');
            done(null, connection);
          } catch (error) {
            done(error as Error, connection);
          }
        },
      },
    },
    // Migrations are written in TypeScript and run from dist/database/migrations.
    settings: { useTypescriptMigrations: true },
  };
};
