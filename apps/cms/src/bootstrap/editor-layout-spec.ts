/**
 * What editors read in the admin: one entry per edit view, with the label and hint of each field in
 * plain words and the order of the form. Applied on every start by editor-layout.ts.
 */

export interface FieldSpec {
  label: string;
  hint?: string;
  /** Shown but not typed in: the server sets it. */
  readOnly?: boolean;
  /** A column of the list view the editor can sort by. */
  sortable?: boolean;
}

export interface EditViewSpec {
  uid: string;
  kind: 'contentType' | 'component';
  fields: Record<string, FieldSpec>;
  /** Rows of the edit view: [field, width out of 12]. */
  rows: Array<Array<[string, number]>>;
  /** Columns of the list view. */
  list?: string[];
}

const SLUG: FieldSpec = {
  label: 'Web address (slug)',
  hint: 'Written from the title when you save. Change it only if you must: it becomes part of the page address.',
};

export const READING_TIME_HINT = 'Worked out from the body each time the article is saved.';

export const EDIT_VIEWS: EditViewSpec[] = [
  {
    uid: 'api::article.article',
    kind: 'contentType',
    fields: {
      title: { label: 'Title', hint: 'The headline readers see.' },
      slug: SLUG,
      excerpt: { label: 'Short summary', hint: 'Short summary shown in lists and under the title.' },
      cover: {
        label: 'Cover image',
        hint: 'Shown at the top of the article and in lists. It needs a description (alternative text) before the article can be published.',
      },
      body: { label: 'Article text' },
      category: { label: 'Category', hint: 'The section of the site the article appears in.' },
      author: { label: 'Author', hint: 'Who wrote it.' },
      tags: {
        label: 'Tags',
        hint: 'Keywords that group articles. A tag created here gets its web address from its name.',
      },
      seo: {
        label: 'Search engines and sharing',
        hint: 'Optional: another title, summary or image for search engines and social media.',
      },
      reviewedBy: {
        label: 'Reviewed by',
        hint: 'The qualified person who checked the article (an author with credentials). Shown to readers.',
      },
      lastReviewedAt: { label: 'Last reviewed on', hint: 'Shown to readers next to the reviewer.' },
      nextReviewDue: {
        label: 'Next review due',
        hint: 'Sort the article list by this column to see which articles are due or overdue.',
        sortable: true,
      },
      materialUpdate: {
        label: 'This change matters to readers',
        hint: 'Tick for new advice or corrected facts: the article then shows "Updated on" with today\'s date. Leave unticked for typo fixes.',
      },
      materiallyUpdatedAt: {
        label: 'Updated on (shown to readers)',
        hint: 'Set when you save with "This change matters to readers" ticked.',
        readOnly: true,
      },
      readingTimeMinutes: { label: 'Reading time (minutes)', hint: READING_TIME_HINT, readOnly: true },
      updatedAt: { label: 'Last saved' },
    },
    rows: [
      [['title', 12]],
      [['slug', 12]],
      [['excerpt', 12]],
      [['cover', 12]],
      [['body', 12]],
      [
        ['category', 4],
        ['author', 4],
        ['tags', 4],
      ],
      [['seo', 12]],
      [
        ['reviewedBy', 4],
        ['lastReviewedAt', 4],
        ['nextReviewDue', 4],
      ],
      [
        ['materialUpdate', 6],
        ['materiallyUpdatedAt', 6],
      ],
      [['readingTimeMinutes', 4]],
    ],
    list: ['title', 'lastReviewedAt', 'nextReviewDue', 'updatedAt'],
  },
  {
    uid: 'shared.seo',
    kind: 'component',
    fields: {
      metaTitle: { label: 'Search engine title', hint: 'Up to 70 characters. Leave empty to use the title.' },
      metaDescription: {
        label: 'Search engine description',
        hint: 'Up to 160 characters. Leave empty to use the short summary.',
      },
      shareImage: { label: 'Image when shared', hint: 'Leave empty to use the cover image.' },
    },
    rows: [[['metaTitle', 12]], [['metaDescription', 12]], [['shareImage', 6]]],
  },
  {
    uid: 'api::author.author',
    kind: 'contentType',
    fields: {
      name: { label: 'Name' },
      slug: { ...SLUG, hint: 'Written from the name when you save.' },
      credentials: {
        label: 'Credentials',
        hint: 'Qualifications shown when this person reviews an article, e.g. "Registered Mental Health Nurse".',
      },
      bio: { label: 'Short biography' },
      avatar: { label: 'Photo' },
      articles: { label: 'Articles written' },
      reviewedArticles: { label: 'Articles reviewed' },
    },
    rows: [
      [
        ['name', 6],
        ['credentials', 6],
      ],
      [['slug', 12]],
      [['bio', 12]],
      [['avatar', 6]],
    ],
  },
  {
    uid: 'api::category.category',
    kind: 'contentType',
    fields: {
      name: { label: 'Name' },
      slug: { ...SLUG, hint: 'Written from the name when you save. The same in every language.' },
      description: { label: 'Description', hint: 'Shown at the top of the category page.' },
      articles: { label: 'Articles' },
    },
    rows: [[['name', 12]], [['slug', 12]], [['description', 12]]],
  },
  {
    uid: 'api::tag.tag',
    kind: 'contentType',
    fields: {
      name: { label: 'Name' },
      slug: { ...SLUG, hint: 'Written from the name when you save.' },
      articles: { label: 'Articles' },
    },
    rows: [[['name', 12]], [['slug', 12]]],
  },
  {
    uid: 'api::help-banner.help-banner',
    kind: 'contentType',
    fields: {
      message: {
        label: 'Message',
        hint: 'One or two sentences shown at the top of every page in this language. Empty or unpublished: no banner.',
      },
      phoneNumber: {
        label: 'Phone number',
        hint: 'Digits, spaces and an optional leading +. Readers on a phone can tap it to call.',
      },
      linkUrl: { label: 'Link (optional)', hint: 'A full address starting with https://' },
      linkText: { label: 'Link text', hint: 'What the link says, e.g. "More ways to get help".' },
    },
    rows: [
      [['message', 12]],
      [['phoneNumber', 6]],
      [
        ['linkUrl', 6],
        ['linkText', 6],
      ],
    ],
  },
];
