// The WXR side of the importer: streaming reader, typed entries, the pre-scan index.
export { readWxr, WxrError, type ChannelInfo } from './reader';
export * from './entries';
export { scanExport, type ExportIndex, type AttachmentInfo, type PostInfo } from './scan';
