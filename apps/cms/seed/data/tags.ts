// Keywords that cut across categories. Tags are not translated in the content model.
import type { SeedTag } from '../types';

export const tags: SeedTag[] = [
  { slug: 'peer-support', name: 'Peer support' },
  { slug: 'families', name: 'Families' },
  { slug: 'young-people', name: 'Young people' },
  { slug: 'harm-reduction', name: 'Harm reduction' },
  { slug: 'volunteering', name: 'Volunteering' },
  { slug: 'events', name: 'Events' },
  { slug: 'sleep', name: 'Sleep' },
  { slug: 'workplace', name: 'Workplace' },
  { slug: 'evaluation', name: 'Evaluation' },
  { slug: 'housing', name: 'Housing' },
  { slug: 'self-care', name: 'Self-care' },
];
