// Trust signals of the demo newsroom: two (fictional) clinical reviewers, which articles they
// checked and when the next review is due, one article with a material update, and the help-now
// banners. The helpline numbers are from the 555-01xx range kept for fiction and say they are examples.
import type { LocaleCode, SeedAuthor } from '../types';

export interface SeedReviewer extends Omit<SeedAuthor, 'avatar'> {
  credentials: string;
}

export interface SeedReview {
  /** English slug of the article (its translation is reviewed with it). */
  article: string;
  reviewer: string; // SeedReviewer.slug
  /** Days before the seed runs that the review took place. */
  reviewedDaysAgo: number;
  /** Days after the seed runs that the next review is due; negative = overdue. */
  nextDueInDays: number;
}

export interface SeedHelpBanner {
  message: string;
  phoneNumber: string;
  linkUrl?: string;
  linkText?: string;
}

export const reviewers: SeedReviewer[] = [
  {
    slug: 'dr-amara-okafor',
    name: 'Dr Amara Okafor',
    credentials: 'Consultant Psychiatrist',
    bio: 'Amara is a consultant psychiatrist who volunteers as clinical reviewer for the newsroom. She checks that our health articles match current guidance and says so when they do not.',
  },
  {
    slug: 'ines-valdes',
    name: 'Inés Valdés',
    credentials: 'Registered Mental Health Nurse',
    bio: 'Inés has worked as a mental health nurse in community teams for fifteen years. She reviews our practical advice on sleep, cravings and family support.',
  },
];

export const reviews: SeedReview[] = [
  {
    article: 'why-sleep-matters-in-early-recovery',
    reviewer: 'ines-valdes',
    reviewedDaysAgo: 38,
    nextDueInDays: 327,
  },
  {
    article: 'riding-the-wave-getting-through-a-craving',
    reviewer: 'ines-valdes',
    reviewedDaysAgo: 99,
    nextDueInDays: 266,
  },
  {
    article: 'supporting-a-family-member-in-early-recovery',
    reviewer: 'ines-valdes',
    reviewedDaysAgo: 25,
    nextDueInDays: 340,
  },
  {
    article: 'five-myths-about-harm-reduction',
    reviewer: 'dr-amara-okafor',
    reviewedDaysAgo: 86,
    nextDueInDays: 94,
  },
  {
    article: 'your-first-appointment-what-to-expect',
    reviewer: 'dr-amara-okafor',
    reviewedDaysAgo: 4,
    nextDueInDays: 180,
  },
  {
    article: 'returning-to-work-after-treatment',
    reviewer: 'dr-amara-okafor',
    reviewedDaysAgo: 400,
    nextDueInDays: -35,
  },
  {
    article: 'a-gentle-weekly-wellbeing-checklist',
    reviewer: 'ines-valdes',
    reviewedDaysAgo: 250,
    nextDueInDays: 12,
  },
];

/** English slug of the article shown as "Updated on", and how many days ago the update was. */
export const materialUpdate = { article: 'why-sleep-matters-in-early-recovery', daysAgo: 3 };

export const helpBanners: Record<LocaleCode, SeedHelpBanner> = {
  en: {
    message:
      'Need to talk to someone now? Call our helpline, any time. (Example number in the demo content: replace it with your service’s real line.)',
    phoneNumber: '+1 555 0100',
    linkUrl: 'https://example.org/get-help',
    linkText: 'More ways to get help',
  },
  es: {
    message:
      '¿Necesitas hablar con alguien ahora? Llama a nuestra línea de ayuda, a cualquier hora. (Número de ejemplo del contenido de demostración: sustitúyelo por el real de tu servicio.)',
    phoneNumber: '+1 555 0101',
    linkUrl: 'https://example.org/get-help',
    linkText: 'Otras formas de pedir ayuda',
  },
};
