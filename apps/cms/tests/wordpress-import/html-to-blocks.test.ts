import { expandShortcodes, htmlToBlocks, type ConvertContext } from '../../src/importers/wordpress';

/**
 * The conversion table: WordPress HTML (classic, Gutenberg, shortcodes) → Strapi blocks. Each row is
 * one thing an editor may have written, and exactly the blocks it must become.
 */

const text = (t: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: t, ...marks });
const p = (...children: unknown[]) => ({ type: 'paragraph', children });
const h = (level: number, t: string) => ({ type: 'heading', level, children: [text(t)] });
const li = (...children: unknown[]) => ({ type: 'list-item', children });
const link = (url: string, t: string) => ({ type: 'link', url, children: [text(t)] });

function convert(html: string, { autop = true } = {}) {
  const warnings: string[] = [];
  const ctx: ConvertContext = {
    autop,
    warn: (message) => warnings.push(message),
    rewriteLink: (href) =>
      href.startsWith('javascript:') ? null : href.replace('https://old.example.org/?p=7', '/en/news/seven'),
    attachmentIdOf: (src, className) =>
      /wp-image-(\d+)/.exec(className)?.[1] ?? (src.includes('known') ? '42' : ''),
    attachment: (id) =>
      id === '5'
        ? { src: 'https://old.example.org/wp-content/uploads/a.png', alt: 'A', caption: 'Cap A' }
        : null,
  };
  const blocks = htmlToBlocks(expandShortcodes(html, { warn: (m) => warnings.push(m) }), ctx);
  return { blocks, warnings };
}

describe('HTML → blocks', () => {
  it.each<[string, string, boolean, unknown[]]>([
    ['wpautop: blank lines make paragraphs', 'One.\n\nTwo.', true, [p(text('One.')), p(text('Two.'))]],
    [
      'wpautop: a single newline is a line break',
      'Line one\nline two',
      true,
      [p(text('Line one\nline two'))],
    ],
    [
      'Gutenberg: newlines inside <p> are spaces',
      '<!-- wp:paragraph -->\n<p>a\nb</p>\n<!-- /wp:paragraph -->',
      false,
      [p(text('a b'))],
    ],
    ['<br> is a line break in any mode', '<p>a<br>b</p>', false, [p(text('a\nb'))]],
    [
      'headings keep their level; h1 becomes h2',
      '<h1>Top</h1><h3>Sub</h3>',
      false,
      [h(2, 'Top'), h(3, 'Sub')],
    ],
    [
      'bold, italic, underline, strike, code',
      '<p><strong>b</strong> <em>i</em> <u>u</u> <del>s</del> <code>c</code></p>',
      false,
      [
        p(
          text('b', { bold: true }),
          text(' '),
          text('i', { italic: true }),
          text(' '),
          text('u', { underline: true }),
          text(' '),
          text('s', { strikethrough: true }),
          text(' '),
          text('c', { code: true }),
        ),
      ],
    ],
    [
      'nested marks combine',
      '<p><strong>very <em>much</em></strong></p>',
      false,
      [p(text('very ', { bold: true }), text('much', { bold: true, italic: true }))],
    ],
    [
      'links keep their marks inside',
      '<p><a href="https://x.org"><b>go</b></a></p>',
      false,
      [p({ type: 'link', url: 'https://x.org', children: [text('go', { bold: true })] })],
    ],
    [
      'links to imported posts are rewritten',
      '<p><a href="https://old.example.org/?p=7">seven</a></p>',
      false,
      [p(link('/en/news/seven', 'seven'))],
    ],
    [
      'javascript: links keep only their text',
      '<p><a href="javascript:alert(1)">x</a></p>',
      false,
      [p(text('x'))],
    ],
    [
      'nested lists stay nested',
      '<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>',
      false,
      [
        {
          type: 'list',
          format: 'unordered',
          children: [
            li(text('a')),
            { type: 'list', format: 'unordered', children: [li(text('a1'))] },
            li(text('b')),
          ],
        },
      ],
    ],
    [
      'ordered lists',
      '<ol><li>one</li><li>two</li></ol>',
      false,
      [{ type: 'list', format: 'ordered', children: [li(text('one')), li(text('two'))] }],
    ],
    [
      'quotes with several paragraphs',
      '<blockquote><p>a</p><p>b</p></blockquote>',
      false,
      [{ type: 'quote', children: [text('a\nb')] }],
    ],
    [
      'code keeps its text and language',
      '<pre><code class="language-js">let a = 1;\n  a++;</code></pre>',
      false,
      [{ type: 'code', language: 'js', children: [text('let a = 1;\n  a++;')] }],
    ],
    [
      'images become pending image blocks with their attachment',
      '<p><img class="wp-image-9" src="https://old.example.org/wp-content/uploads/x.png" alt="An x"></p>',
      false,
      [
        {
          type: 'image',
          source: {
            src: 'https://old.example.org/wp-content/uploads/x.png',
            attachmentId: '9',
            alt: 'An x',
            caption: '',
          },
        },
      ],
    ],
    [
      'an image inside a link inside a paragraph splits the paragraph',
      '<p>before <a href="/x"><img src="/known.png" alt=""></a> after</p>',
      false,
      [
        p(text('before')),
        { type: 'image', source: { src: '/known.png', attachmentId: '42', alt: '', caption: '' } },
        p(text('after')),
      ],
    ],
    [
      'figure + figcaption',
      '<figure><img src="/a.png" alt="A"><figcaption>The <em>caption</em></figcaption></figure>',
      false,
      [{ type: 'image', source: { src: '/a.png', attachmentId: '', alt: 'A', caption: 'The caption' } }],
    ],
    [
      '[caption] → image with caption',
      '[caption id="attachment_3" width="300"]<a href="/big.png"><img class="wp-image-3" src="/small.png" alt="Alt"></a> Said the caption[/caption]',
      true,
      [
        {
          type: 'image',
          source: { src: '/small.png', attachmentId: '3', alt: 'Alt', caption: 'Said the caption' },
        },
      ],
    ],
    [
      '[gallery ids] → one image per known attachment',
      '[gallery ids="5"]',
      true,
      [
        {
          type: 'image',
          source: {
            src: 'https://old.example.org/wp-content/uploads/a.png',
            attachmentId: '5',
            alt: 'A',
            caption: 'Cap A',
          },
        },
      ],
    ],
    [
      'a bare URL paragraph (auto-embed) is a link',
      'https://vimeo.com/1',
      true,
      [p(link('https://vimeo.com/1', 'https://vimeo.com/1'))],
    ],
    [
      '[embed] is a link',
      '[embed]https://www.youtube.com/watch?v=abc[/embed]',
      true,
      [p(link('https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=abc'))],
    ],
    [
      'iframes become a link to what they showed',
      '<iframe src="https://www.youtube.com/embed/xyz" title="Talk"></iframe>',
      false,
      [p(link('https://www.youtube.com/watch?v=xyz', 'Talk'))],
    ],
    [
      'tables become a list of labelled rows',
      '<table><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody><tr><td>Mon</td><td>9–5</td></tr></tbody></table>',
      false,
      [{ type: 'list', format: 'unordered', children: [li(text('Day: Mon; Hours: 9–5'))] }],
    ],
    ['scripts never pass', '<p>a</p><script>alert(1)</script><p>b</p>', false, [p(text('a')), p(text('b'))]],
    [
      'styles and style attributes never pass',
      '<style>p{}</style><p style="color:red" onclick="x()">a</p>',
      false,
      [p(text('a'))],
    ],
    [
      'entities are decoded',
      '<p>Fish &amp; chips &#8211; &lsquo;yes&rsquo;</p>',
      false,
      [p(text('Fish & chips – ‘yes’'))],
    ],
    [
      'Divi wrappers are unwrapped',
      '[et_pb_section][et_pb_row][et_pb_column][et_pb_text]<p>Inside</p>[/et_pb_text][/et_pb_column][/et_pb_row][/et_pb_section]',
      true,
      [p(text('Inside'))],
    ],
    [
      'Divi blurb → heading + text',
      '[et_pb_blurb title="Free bus"]<p>Every hour.</p>[/et_pb_blurb]',
      true,
      [h(3, 'Free bus'), p(text('Every hour.'))],
    ],
    [
      'Divi button → link',
      '[et_pb_button button_url="https://x.org/c" button_text="Contact"][/et_pb_button]',
      true,
      [p(link('https://x.org/c', 'Contact'))],
    ],
    [
      'builder-only Divi modules are dropped',
      '[et_pb_divider][/et_pb_divider]<p>a</p>',
      true,
      [p(text('a'))],
    ],
    [
      'unknown enclosing shortcodes keep their content',
      '[highlight]Kept[/highlight]',
      true,
      [p(text('Kept'))],
    ],
    ['unknown self-closing shortcodes are dropped', 'a [contact-form-7 id="5"] b', true, [p(text('a b'))]],
    [
      '[[escaped]] shortcodes are literal text',
      'Type [[gallery]] to show images',
      true,
      [p(text('Type [gallery] to show images'))],
    ],
    [
      'square brackets that are not shortcodes stay',
      'He said [sic] and left',
      true,
      [p(text('He said [sic] and left'))],
    ],
    ['empty paragraphs vanish', '<p>&nbsp;</p><p> </p><p>x</p>', false, [p(text('x'))]],
  ])('%s', (_label, html, autop, expected) => {
    expect(convert(html, { autop }).blocks).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    [
      'a dropped Divi module',
      '[et_pb_countdown_timer][/et_pb_countdown_timer]',
      /Divi module \[et_pb_countdown_timer\] dropped/,
    ],
    ['share buttons', '[et_social_share]', /share\/follow buttons/],
    ['an unknown shortcode', '[contact-form-7 id="5"]', /unknown shortcode \[contact-form-7\] dropped/],
    ['a table', '<table><tr><td>a</td></tr></table>', /table \(1 rows\) converted to a list/],
    ['an iframe', '<iframe src="https://maps.example.net/x"></iframe>', /iframe replaced by a link/],
    ['a script', '<script>x()</script>', /script removed/],
    ['a gallery without ids', '[gallery]', /\[gallery\] without ids dropped/],
    [
      'a gallery image missing from the export',
      '[gallery ids="77"]',
      /gallery image 77 is not in the export/,
    ],
    ['a Gutenberg dynamic block', '<!-- wp:latest-posts /-->', /dynamic block wp:latest-posts dropped/],
  ])('reports %s', (_label, html, message) => {
    const { warnings } = convert(html);
    expect(warnings.join('\n')).toMatch(message);
  });
});
