// Two English articles that are still being written. They are saved as drafts and never
// published, so the public API and the site must not show them.
import { h2, p, ul } from '../../../blocks';
import type { SeedArticle } from '../../../types';

export const draftArticles: SeedArticle[] = [
  {
    slug: 'meet-us-at-the-town-festival',
    title: 'Meet us at the town festival',
    excerpt: 'DRAFT — waiting for the festival organisers to confirm our stall position and times.',
    daysAgo: 2,
    category: 'community',
    author: 'maya-lindqvist',
    tags: ['events', 'volunteering'],
    cover: 'cover-leaves-meadow.jpg',
    body: [
      p(
        'We will have a stall at the town festival again this year. Come and say hello, pick up a free alcohol-free cocktail recipe card and meet some of our volunteers.',
      ),
      h2('Still to confirm'),
      ul([
        'Stall number and map link.',
        'Which volunteers are on which shift.',
        'Photo permissions for the day.',
      ]),
    ],
  },
  {
    slug: 'update-on-waiting-times-for-one-to-one-support',
    title: 'An update on waiting times for one-to-one support',
    excerpt: 'DRAFT — figures to be checked against the quarterly data before this goes out.',
    daysAgo: 1,
    category: 'services',
    author: 'priya-raman',
    tags: ['evaluation'],
    cover: 'cover-chart-mist.jpg',
    body: [
      p(
        'We promised to report regularly on how long people wait for one-to-one counselling. This is the first of those updates.',
      ),
      h2('Figures (to be checked)'),
      p('Median wait this quarter: [to confirm]. Longest wait: [to confirm].'),
    ],
  },
];
