/**
 * What the engine returns. The first fields of Mention and CheckedClaim are the
 * `scan --json` contract in docs/design.md (section 4); the rest feed the hover card and popup.
 */
import type { EntityId, Value } from '../model';
import type { DocumentCarry } from './claims';

export type Verdict = 'supported' | 'contradicted' | 'mixed' | 'related';

export interface Mention {
  entity: EntityId;
  /** JS string offsets into the scanned text. */
  start: number;
  end: number;
  text: string;
}

export interface SourceComparison {
  source: string;
  quote: string;
  /** true agrees, false conflicts, null silent or not comparable. */
  agrees: boolean | null;
}

export interface CheckedClaim {
  /** The sentence (trimmed) that states the claim. */
  start: number;
  end: number;
  text: string;
  fact: string;
  verdict: Verdict;
  sources: SourceComparison[];
  /** The value the page states, where there is one, and where it was written. */
  stated?: { value: Value; start: number; end: number; text: string };
  /** Why, in words: "this page says 300 million; the sources say 250 million (2) and 275 million (1)". */
  reason: string;
}

export interface ScanResult {
  mentions: Mention[];
  claims: CheckedClaim[];
}

/**
 * What the content script gets back from the background for a block (page:scan, issue 11): offsets,
 * verdicts and reasons, but no copies of the page's own text (it has the block) and no source quotes
 * (a card looks those up with card:get, per fact, in report order). A ScanResult is one of these.
 */
export interface PageMention {
  entity: EntityId;
  start: number;
  end: number;
}
export interface PageClaim {
  start: number;
  end: number;
  fact: string;
  verdict: Verdict;
  /** In the fact's report order (the quotes of card:get's `quotes` line up with these). */
  sources: { source: string; agrees: boolean | null }[];
  stated?: { start: number; end: number };
  reason: string;
}
export interface PageScanResult {
  mentions: PageMention[];
  claims: PageClaim[];
}

/**
 * State carried across the pieces of one document (the blocks of a page), so that
 * "Zhao" counts once the same document has named Changpeng Zhao.
 */
export interface ScanContext {
  named: Set<EntityId>;
  /**
   * When the page was published or reports as of (YYYY, YYYY-MM or YYYY-MM-DD), where it says
   * (lib/dom/page-date.ts reads it from the page's metadata). Figures that vary over time are
   * dated by it when their own words give no time.
   */
  pageDate?: string;
  /** What one block of a page leaves for the next (who "he" is, which country's case): kept by the engine. */
  carry?: DocumentCarry;
}
