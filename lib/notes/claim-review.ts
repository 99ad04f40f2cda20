/**
 * The claim comparison (how each source reported a fact, and whether they agree)
 * as schema.org ClaimReview JSON-LD, where ClaimReview fits:
 *
 * - claimReviewed: the fact's question ("How many users does Binance have?");
 * - itemReviewed: a Claim whose `appearance`s are the source reports, each a
 *   CreativeWork with the verbatim quote as `text`, what it cites as `citation`
 *   and the stated value as an `additionalProperty`;
 * - reviewRating: not a truth score (we compare sources, we do not rule on
 *   truth) but the agreement: alternateName "Sources agree" / "Sources conflict"
 *   / "One source" / "No comparable values", with the reason in words as
 *   ratingExplanation.
 */
import type { CompiledFact } from '../model';
import type { ExportContext } from './context';

export const AGREEMENT_WORDS: Record<CompiledFact['agreement']['status'], string> = {
  agree: 'Sources agree',
  conflict: 'Sources conflict',
  single: 'One source',
  unvalued: 'No comparable values',
};

export interface ClaimReviewJson {
  '@type': 'ClaimReview';
  identifier: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string };
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingExplanation: string };
  itemReviewed: {
    '@type': 'Claim';
    name: string;
    about: { '@type': 'Thing'; identifier: string }[];
    appearance: {
      '@type': 'CreativeWork';
      identifier: string;
      name: string;
      citation: string;
      text: string;
      abstract: string;
      additionalProperty?: { '@type': 'PropertyValue'; name: 'stated value'; value: string }[];
    }[];
  };
}

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': ClaimReviewJson[];
}

export function factToClaimReview(fact: CompiledFact, ctx: ExportContext): ClaimReviewJson {
  return {
    '@type': 'ClaimReview',
    identifier: fact.id,
    claimReviewed: fact.label,
    datePublished: ctx.now.toISOString().slice(0, 10),
    author: { '@type': 'Organization', name: 'ClaimLens (comparison of its bundled news reports)' },
    reviewRating: {
      '@type': 'Rating',
      alternateName: AGREEMENT_WORDS[fact.agreement.status],
      ratingExplanation: fact.agreement.reason,
    },
    itemReviewed: {
      '@type': 'Claim',
      name: fact.label,
      about: fact.entities.map((e) => ({ '@type': 'Thing', identifier: e })),
      appearance: fact.reports.map((report) => {
        const source = ctx.sources.get(report.source);
        const value = ctx.formatValue?.(fact, report);
        return {
          '@type': 'CreativeWork',
          identifier: report.source,
          name: source?.title ?? report.source,
          citation: source?.cites ?? '',
          text: report.quote,
          abstract: report.summary,
          ...(value ? { additionalProperty: [{ '@type': 'PropertyValue', name: 'stated value', value }] } : {}),
        } as ClaimReviewJson['itemReviewed']['appearance'][number];
      }),
    },
  };
}

export function factsToClaimReview(facts: readonly CompiledFact[], ctx: ExportContext): ClaimReviewDocument {
  return { '@context': 'https://schema.org', '@graph': facts.map((f) => factToClaimReview(f, ctx)) };
}
