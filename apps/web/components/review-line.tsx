import Link from 'next/link';
import type { Locale, Review } from '@newsroom/cms-client';
import { formatDate, t } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import styles from './review-line.module.css';

/** "Reviewed by Dr Lena Ortiz, Consultant Psychiatrist, on 1 October 2026", linking to the reviewer. */
export function ReviewLine({ review, locale }: { review: Review; locale: Locale }) {
  const text = t(locale);
  const { reviewer, lastReviewedAt } = review;
  return (
    <p className={styles.review}>
      {text.reviewedBy} <Link href={paths.author(locale, reviewer.slug)}>{reviewer.name}</Link>
      {reviewer.credentials && <span>, {reviewer.credentials}</span>}
      {lastReviewedAt && (
        <>
          {' '}
          {text.reviewedOn} <time dateTime={lastReviewedAt}>{formatDate(lastReviewedAt, locale)}</time>
        </>
      )}
    </p>
  );
}
