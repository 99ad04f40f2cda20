import type { PageScanResult, ScanResult } from './types';

/** Only what the page needs, as plain new objects (a ScanResult carries more). */
export function toPageResult(r: ScanResult): PageScanResult {
  return {
    mentions: r.mentions.map(({ entity, start, end }) => ({ entity, start, end })),
    claims: r.claims.map(({ start, end, fact, verdict, sources, stated, reason }) => ({
      start,
      end,
      fact,
      verdict,
      sources: sources.map(({ source, agrees }) => ({ source, agrees })),
      ...(stated ? { stated: { start: stated.start, end: stated.end } } : {}),
      reason,
    })),
  };
}
