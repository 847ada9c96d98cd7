// Post bodies: shortcodes → HTML → Strapi blocks.
export * from './blocks';
export { expandShortcodes } from './expand-shortcodes';
export { htmlToBlocks, type ConvertContext } from './html-to-blocks';
export { parseShortcodes } from './shortcodes';
