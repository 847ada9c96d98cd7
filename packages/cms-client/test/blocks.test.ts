import { blocksSchema, type Block } from '../src/index';
import { fixture } from './load-fixture';

const text = (value: string) => ({ type: 'text', text: value });

describe('blocksSchema (the article body)', () => {
  it('accepts every node type of the Blocks editor, nested lists and marks included', () => {
    const body = [
      {
        type: 'paragraph',
        children: [text('Hi '), { type: 'text', text: 'there', bold: true, italic: true }],
      },
      { type: 'heading', level: 2, children: [text('Title')] },
      { type: 'quote', children: [text('Quoted')] },
      { type: 'code', language: 'ts', children: [text('let x = 1;')] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          {
            type: 'list-item',
            children: [text('One'), { type: 'link', url: '/en', children: [text('home')] }],
          },
          {
            type: 'list',
            format: 'ordered',
            indentLevel: 1,
            children: [{ type: 'list-item', children: [text('a')] }],
          },
        ],
      },
      {
        type: 'image',
        image: { url: '/uploads/a.jpg', alternativeText: null, width: 10, height: 10, formats: {} },
        children: [text('')],
      },
    ];
    const parsed: Block[] = blocksSchema.parse(body);
    expect(parsed).toHaveLength(6);
    // Fields Strapi adds beyond the ones we read pass through untouched.
    expect((parsed[5] as { image: Record<string, unknown> }).image.formats).toEqual({});
  });

  it('accepts the bodies of the recorded article fixtures', () => {
    for (const name of ['article.en', 'article.es']) {
      const { data } = fixture(name) as { data: Array<{ body: unknown }> };
      expect(data.length).toBeGreaterThan(0);
      for (const entry of data) expect(() => blocksSchema.parse(entry.body ?? [])).not.toThrow();
    }
  });

  it.each([
    ['an unknown block type', [{ type: 'table', children: [] }]],
    ['a heading level out of range', [{ type: 'heading', level: 7, children: [text('x')] }]],
    ['a list with an unknown format', [{ type: 'list', format: 'dotted', children: [] }]],
    ['a text node without text', [{ type: 'paragraph', children: [{ type: 'text' }] }]],
    ['a link without a URL', [{ type: 'paragraph', children: [{ type: 'link', children: [text('x')] }] }]],
    [
      'a link inside a link',
      [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: '/', children: [{ type: 'link', url: '/', children: [] }] }],
        },
      ],
    ],
    ['an image block without an image', [{ type: 'image', children: [] }]],
    ['a paragraph without children', [{ type: 'paragraph' }]],
    [
      'a nested list item with a block inside',
      [
        {
          type: 'list',
          format: 'ordered',
          children: [{ type: 'list-item', children: [{ type: 'paragraph', children: [] }] }],
        },
      ],
    ],
  ])('rejects %s', (_label, body) => {
    expect(blocksSchema.safeParse(body).success).toBe(false);
  });
});
