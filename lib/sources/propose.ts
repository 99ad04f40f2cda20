/**
 * "Add this page as a source", first half: read the page with the same engine as every page, and
 * propose one report per fact the page states in full (a value in a complete frame: its own
 * holder, time, an assertion, the fact's scope and unit — the claims the engine compares, whatever
 * their verdict). The quote is the claim's sentence, verbatim; the value is the one read from it.
 * Nothing is saved here: the reader reviews, edits or drops each proposal.
 */
import type { ClaimSnapshot } from '../model';
import type { Engine } from '../engine';
import { MAX_QUOTE, MAX_SOURCE_TEXT, type ReaderReport } from './reader-source';

export interface PageForSource {
  url: string;
  title: string;
  text: string;
  /** From the page's metadata (lib/dom/page-date.ts), where it says. */
  pageDate?: string;
}

export interface Proposal extends ReaderReport {
  /** The fact's question, for the review list. */
  label: string;
  /** How the sources compare with it now ("supported", "contradicted", …), to help the reader decide. */
  verdict: string;
  /** What was read, in words. */
  valueText: string;
}

export type ProposalResult =
  | { ok: true; proposals: Proposal[]; asOf?: string; publisher: string; title: string; url: string; text: string }
  | { ok: false; error: string };

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || 'this page';
  } catch {
    return 'this page';
  }
}

export function proposeReports(engine: Engine, snapshot: Pick<ClaimSnapshot, 'facts'>, page: PageForSource): ProposalResult {
  const text = typeof page.text === 'string' ? page.text : '';
  if (text.trim().length === 0) return { ok: false, error: 'This page has no text to read (it may be an image, a video or a script-only page).' };
  if (text.length > MAX_SOURCE_TEXT) {
    return { ok: false, error: `This page is too long to keep as a source (${Math.round(text.length / 1000)} thousand characters; the limit is ${MAX_SOURCE_TEXT / 1000} thousand).` };
  }
  const result = engine.scan(text, { named: new Set(), ...(page.pageDate ? { pageDate: page.pageDate } : {}) });
  if (result.mentions.length === 0) return { ok: false, error: 'This page does not name Binance, World Liberty Financial, USD1 or Changpeng Zhao, so it has nothing to add.' };
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  // A sentence of the article before a headline (a headline rounds: "$4 billion settlement"); then in page order.
  const isHeadline = (t: string) => !/[.!?…]["”’)]?$/.test(t.trim());
  const claims = [...result.claims].sort((a, b) => Number(isHeadline(a.text)) - Number(isHeadline(b.text)) || a.start - b.start);
  for (const claim of claims) {
    // A value compared with the sources is one stated in full; "related" values are another
    // holder's, time's or scope's, or hypothetical.
    if (!claim.stated || claim.verdict === 'related' || seen.has(claim.fact)) continue;
    const quote = claim.text.length <= MAX_QUOTE ? claim.text : claim.text.slice(Math.max(0, claim.stated.start - claim.start - 200), claim.stated.end - claim.start + 200);
    if (quote.length < 8 || !text.includes(quote)) continue;
    const fact = snapshot.facts.find((f) => f.id === claim.fact);
    if (!fact) continue;
    seen.add(claim.fact);
    proposals.push({
      fact: claim.fact,
      quote,
      value: claim.stated.value,
      summary: `${page.title.slice(0, 120) || hostOf(page.url)}: ${claim.stated.text}.`,
      label: fact.label,
      verdict: claim.verdict,
      valueText: claim.stated.text,
    });
  }
  if (proposals.length === 0) return { ok: false, error: 'ClaimLens found the names on this page but no figure or statement it can compare with the sources.' };
  return { ok: true, proposals, ...(page.pageDate ? { asOf: page.pageDate } : {}), publisher: hostOf(page.url), title: page.title.slice(0, 500) || hostOf(page.url), url: page.url, text };
}
