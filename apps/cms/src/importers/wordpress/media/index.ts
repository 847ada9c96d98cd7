// Images: reading them from --media-dir or HTTP, and storing them once in Strapi's media library.
export { MediaLibrary, imageBlock, type LibraryFile } from './media-library';
export { placeholderCoverPng } from './placeholder-cover';
export { sniffImageType, readFromMediaDir, fetchOverHttp } from './fetch-media';
