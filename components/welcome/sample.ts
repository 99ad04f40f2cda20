/**
 * The first-run page's live sample: run the real engine (lib/engine) over a
 * short illustrative article and paint what it finds with the real highlight
 * layer (lib/dom/highlight-layer.ts, the rules of lib/marks.ts) — the same
 * names, shapes and colours a reader will see on pages.
 *
 * Each paragraph is one text node, so engine offsets are offsets into it. A
 * claim's mark covers the value it states (where it states one), as on pages;
 * the whole sentence is what the list below the sample explains.
 */
import { createEngine } from '../../lib/engine';
import type { CheckedClaim, ScanContext } from '../../lib/engine';
import { createHighlightLayer, type HighlightLayer } from '../../lib/dom/highlight-layer';
import type { ClaimSnapshot } from '../../lib/model';

/** Illustrative, not quoted from anyone: each paragraph is there to show one verdict. */
export const SAMPLE_TITLE = 'Exchange week in review';
export const SAMPLE_DATE = '2025-06';
export const SAMPLE_PARAGRAPHS = [
  'Binance had 150 million users in June 2025, a spokesperson said.',
  'Binance agreed to pay a record $4.3 billion fine in 2023, and founder Changpeng Zhao served four months in prison.',
  'The Trump family has made billions from USD1, one analyst claimed.',
  'World Liberty Financial launched the USD1 stablecoin, and MGX used USD1 to pay for a $2 billion stake in Binance.',
] as const;

export interface PaintedSample {
  claims: CheckedClaim[];
  mentions: number;
  layer: HighlightLayer | null;
}

/** Scans each paragraph (one shared context, like the blocks of a page) and paints the results. */
export function paintSample(win: Window, paragraphs: readonly HTMLElement[], snapshot: ClaimSnapshot): PaintedSample {
  const engine = createEngine(snapshot);
  const layer = createHighlightLayer(win as never);
  const ctx: ScanContext = { named: new Set(), pageDate: SAMPLE_DATE };
  const claims: CheckedClaim[] = [];
  let mentions = 0;
  for (const p of paragraphs) {
    const node = p.firstChild;
    if (!node || node.nodeType !== 3) continue;
    const text = (node as Text).data;
    const found = engine.scan(text, ctx);
    const range = (start: number, end: number) => {
      const r = win.document.createRange();
      r.setStart(node, start);
      r.setEnd(node, end);
      return r;
    };
    for (const m of found.mentions) {
      layer?.add('mention', range(m.start, m.end));
      mentions++;
    }
    for (const c of found.claims) {
      const at = c.stated ?? c;
      layer?.add(c.verdict, range(at.start, at.end));
      claims.push(c);
    }
  }
  return { claims, mentions, layer };
}
