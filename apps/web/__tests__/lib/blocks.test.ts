/**
 * @jest-environment node
 */
import { isExternalUrl, isSafeHref, prepareBody, slugify } from '@/lib/blocks';

const heading = (level: 2 | 3 | 4, text: string) => ({
  type: 'heading' as const,
  level,
  children: [{ type: 'text' as const, text }],
});

describe('prepareBody', () => {
  it('builds the table of contents from H2 and H3 only, with the same ids as the headings', () => {
    const { blocks, toc } = prepareBody(
      [
        heading(2, 'First'),
        heading(4, 'Detail'),
        heading(3, 'Second'),
        heading(2, '   '),
        heading(2, 'First'),
      ],
      'http://cms',
    );
    expect(toc).toEqual([
      { id: 'first', text: 'First', level: 2 },
      { id: 'second', text: 'Second', level: 3 },
      { id: 'first-2', text: 'First', level: 2 },
    ]);
    expect(blocks.map((b) => b.anchorId)).toEqual(['first', 'detail', 'second', 'section', 'first-2']);
  });

  it('does not change the blocks it was given', () => {
    const input = [heading(2, 'Stay')];
    prepareBody(input, 'http://cms');
    expect(input[0]).not.toHaveProperty('anchorId');
  });

  it('prefixes the media origin to relative image URLs only', () => {
    const image = (url: string) => ({
      type: 'image' as const,
      image: { url, width: 1, height: 1 },
      children: [],
    });
    const { blocks } = prepareBody(
      [image('/uploads/a.jpg'), image('https://cdn.example.org/b.jpg')],
      'https://media.example.org',
    );
    expect(blocks.map((b) => (b.image as { url: string }).url)).toEqual([
      'https://media.example.org/uploads/a.jpg',
      'https://cdn.example.org/b.jpg',
    ]);
  });
});

describe('slugify', () => {
  it.each([
    ['Sleep & Recovery: 5 tips', 'sleep-recovery-5-tips'],
    ['¿Cómo pedir ayuda?', 'como-pedir-ayuda'],
    ['Año nuevo', 'ano-nuevo'],
    ['——', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('link checks', () => {
  it.each([
    ['https://other.example/x', true],
    ['//other.example/x', true],
    ['http://localhost:3000/en', false],
    ['/en/news/x', false],
    ['#section', false],
    ['mailto:a@b.c', false],
  ])('isExternalUrl(%s) is %s', (url, expected) => {
    expect(isExternalUrl(url, 'http://localhost:3000')).toBe(expected);
  });

  it.each([
    ['https://a.example', true],
    ['/relative', true],
    ['tel:+441234', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['data:text/html,hi', false],
    ['', false],
  ])('isSafeHref(%j) is %s', (url, expected) => {
    expect(isSafeHref(url)).toBe(expected);
  });
});
