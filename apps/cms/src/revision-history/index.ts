// Revision history of articles and the help banner: versions on every save/publish, list and restore.
export { recordRevisions, HISTORY_TYPES } from './record';
export { registerRevisionRoutes } from './routes';
export { ensureRevisionTable, KEEP_PER_DOCUMENT } from './store';
