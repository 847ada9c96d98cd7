// Every demo article, in one place, for the seeder and the tests.
import { communityArticles } from './en/community';
import { draftArticles } from './en/drafts';
import { recoveryStoryArticles } from './en/recovery-stories';
import { researchPolicyArticles } from './en/research-policy';
import { servicesArticles } from './en/services';
import { wellbeingArticles } from './en/wellbeing';
import { communityTranslations } from './es/community';
import { servicesTranslations } from './es/services';
import { wellbeingTranslations } from './es/wellbeing';
import type { SeedArticle, SeedTranslation } from '../../types';

/** English articles that are published, newest first. */
export const publishedArticles: SeedArticle[] = [
  ...servicesArticles,
  ...recoveryStoryArticles,
  ...communityArticles,
  ...researchPolicyArticles,
  ...wellbeingArticles,
].sort((a, b) => a.daysAgo - b.daysAgo);

/** English articles saved as drafts only. */
export { draftArticles };

/** Spanish versions of some published articles; each shares its English article's document. */
export const spanishTranslations: SeedTranslation[] = [
  ...servicesTranslations,
  ...communityTranslations,
  ...wellbeingTranslations,
];
