import { z } from 'zod';

// The article body: Strapi 5's "blocks" rich text, node by node, validated on the way in. These are the
// node types the Blocks editor writes (paragraph, heading, quote, code, list, image; text and link
// inside them). Nodes are loose objects: a field Strapi adds later passes through untouched, while an
// unknown node type or a malformed node fails with its path, like every other answer this client reads.

/** A run of text and its marks (bold, italic… are absent, not false, when not set). */
export const textNodeSchema = z.looseObject({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
export type TextNode = z.infer<typeof textNodeSchema>;

export const linkNodeSchema = z.looseObject({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(textNodeSchema),
});
export type LinkNode = z.infer<typeof linkNodeSchema>;

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);
export type InlineNode = z.infer<typeof inlineNodeSchema>;

const inlineChildren = z.array(inlineNodeSchema);

export const paragraphBlockSchema = z.looseObject({
  type: z.literal('paragraph'),
  children: inlineChildren,
});

export const headingBlockSchema = z.looseObject({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  children: inlineChildren,
});
export type HeadingBlock = z.infer<typeof headingBlockSchema>;

export const quoteBlockSchema = z.looseObject({
  type: z.literal('quote'),
  children: inlineChildren,
});

export const codeBlockSchema = z.looseObject({
  type: z.literal('code'),
  language: z.string().nullable().optional(),
  children: inlineChildren,
});

export const listItemNodeSchema = z.looseObject({
  type: z.literal('list-item'),
  children: inlineChildren,
});
export type ListItemNode = z.infer<typeof listItemNodeSchema>;

/** A list holds items and, for indented levels, lists. */
export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number;
  children: Array<ListItemNode | ListBlock>;
  [key: string]: unknown;
}
export const listBlockSchema: z.ZodType<ListBlock> = z.looseObject({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.number().int().optional(),
  get children() {
    return z.array(z.union([listItemNodeSchema, listBlockSchema]));
  },
});

/** The upload as Strapi embeds it in an image block (the same fields as a media relation). */
export const blockImageSchema = z.looseObject({
  url: z.string().min(1),
  alternativeText: z.string().nullable().optional(),
  caption: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
});

export const imageBlockSchema = z.looseObject({
  type: z.literal('image'),
  image: blockImageSchema,
  children: z.array(textNodeSchema).optional(),
});
export type ImageBlock = z.infer<typeof imageBlockSchema>;

export const blockSchema = z.union([
  paragraphBlockSchema,
  headingBlockSchema,
  quoteBlockSchema,
  codeBlockSchema,
  listBlockSchema,
  imageBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;

export const blocksSchema = z.array(blockSchema);
