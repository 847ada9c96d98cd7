import { blocksToText, readingTimeMinutes } from '../src/document-middlewares/reading-time';

const text = (value: string) => ({ type: 'text', text: value });
const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

describe('readingTimeMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [200, 1],
    [201, 2],
    [1000, 5],
    [1001, 6],
  ])('%i words take %i minute(s)', (count, minutes) => {
    expect(readingTimeMinutes([{ type: 'paragraph', children: [text(words(count))] }])).toBe(minutes);
  });

  it('counts text in headings, nested lists, quotes, code and links', () => {
    const body = [
      { type: 'heading', level: 2, children: [text(words(100))] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          {
            type: 'list-item',
            children: [text(words(50)), { type: 'link', url: 'https://x', children: [text(words(50))] }],
          },
        ],
      },
      { type: 'quote', children: [text(words(100))] },
      { type: 'code', children: [text(words(100))] },
    ];
    expect(readingTimeMinutes(body)).toBe(2);
  });

  it('ignores punctuation-only tokens and empty or malformed bodies', () => {
    expect(blocksToText([{ type: 'paragraph', children: [text('one — two')] }])).toBe('one — two');
    expect(readingTimeMinutes([{ type: 'paragraph', children: [text(`${words(200)} — — —`)] }])).toBe(1);
    expect(readingTimeMinutes(null)).toBe(1);
    expect(readingTimeMinutes('not blocks')).toBe(1);
  });
});
