// The WordPress importer (`npm run import:wordpress`): WXR reader, mapping, body conversion, media,
// writer and report. Entry points: main() for the command, runImport() for code and tests.
export { main, parseArgs, USAGE, UsageError } from './cli';
export { runImport, type ImportOptions } from './run-import';
export { mapPost, convertBody, type MappedPost, type MappingOptions } from './map-post';
export { ImportReport } from './report';
export { scanExport, readWxr, WxrError } from './wxr';
export { htmlToBlocks, expandShortcodes, parseShortcodes, type ConvertContext } from './content';
export { normalizeOldPath, sitePaths } from './urls';
