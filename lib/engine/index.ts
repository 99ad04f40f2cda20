/**
 * The engine: text in, mentions and checked claims out. Used by the content
 * script (one block of page text at a time, with a ScanContext per page), the
 * `scan` CLI and the tests. Pure TypeScript: no DOM, no Node APIs.
 *
 * createEngine compiles everything once (alias regex, rules); scan is linear
 * in the text length and never throws: on an internal error it returns what it
 * has rather than break the page it runs on.
 */
import type { ClaimSnapshot } from '../model';
import { createClaimFinder } from './claims';
import { foldText, toOriginal } from './fold';
import { createMentionFinder } from './mentions';
import type { CheckedClaim, ScanContext, ScanResult } from './types';

export type { CheckedClaim, Mention, ScanContext, ScanResult, SourceComparison, Verdict } from './types';

export interface Engine {
  scan(text: string, ctx?: ScanContext): ScanResult;
}

export function createEngine(snapshot: ClaimSnapshot): Engine {
  const mentionFinder = createMentionFinder(snapshot.entities);
  const claimFinder = createClaimFinder(snapshot);

  return {
    scan(text, ctx) {
      if (typeof text !== 'string' || text.length === 0) return { mentions: [], claims: [] };
      const named = ctx?.named ?? new Set();
      let result: ScanResult = { mentions: [], claims: [] };
      try {
        const folded = foldText(text);
        const found = mentionFinder.find(folded, text, named);
        result = { mentions: found.mentions, claims: [] };
        for (const m of found.folded) if (!m.needsContext) named.add(m.entity);
        if (ctx && !ctx.carry) ctx.carry = {};
        const claims = claimFinder.find(folded.text, found.folded, named, ctx?.pageDate, ctx?.carry);
        result.claims = claims.map((c): CheckedClaim => {
          const span = toOriginal(folded, c.start, c.end);
          const claim: CheckedClaim = {
            start: span.start,
            end: span.end,
            text: text.slice(span.start, span.end),
            fact: c.fact,
            verdict: c.verdict,
            sources: c.sources,
            reason: c.reason,
          };
          if (c.stated) {
            const v = toOriginal(folded, c.stated.start, c.stated.end);
            claim.stated = { value: c.stated.value, start: v.start, end: v.end, text: text.slice(v.start, v.end) };
          }
          return claim;
        });
      } catch (err) {
        // Never break a page: report what was found so far. Tests assert this path is not taken.
        if (typeof console !== 'undefined') console.warn('claimlens engine:', err);
      }
      return result;
    },
  };
}
