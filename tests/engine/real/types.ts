/**
 * The real-text sets: excerpts of public articles, forums and posts (found with
 * the search tool's stored pages, URL recorded), labelled by hand BEFORE the
 * engine was run on them. See README.md in this folder for the labelling guide.
 */
import type { EntityId } from '../../../lib/model';

export type RealVerdict = 'supported' | 'contradicted' | 'mixed' | 'related';

export interface RealClaimLabel {
  /** A fact id from seeds/claims.json. */
  fact: string;
  verdict: RealVerdict;
  /**
   * A verbatim substring of `text`, unique in it, inside the sentence that states the claim:
   * the stated value where there is one ("$4.3 billion", "four months"), else a short phrase.
   */
  at: string;
  /** Why, in a few words, especially for "related" (e.g. "a 2022 figure", "Zhao's personal fine"). */
  why?: string;
}

export interface RealCase {
  /** Stable id: "dev-001", "fresh-001". */
  id: string;
  /** Where the excerpt was read (the stored page's address). */
  url: string;
  /** The date the page was published or reports as of (YYYY-MM-DD, YYYY-MM or YYYY), when the page shows it. */
  published?: string;
  kind: 'news' | 'forum' | 'social' | 'blog' | 'press' | 'reference';
  /** The excerpt, verbatim (paragraph breaks as "\n\n"). */
  text: string;
  /** Every mention a careful reader would highlight, as "entity:exact text" (a multiset, in any order). */
  mentions: `${EntityId}:${string}`[];
  /** Every claim a careful reader would flag ([] for a negative case). */
  claims: RealClaimLabel[];
  /** Anything a reviewer should know about the labels. */
  note?: string;
}
