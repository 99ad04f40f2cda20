/**
 * Which verdicts are marked on pages, and how: one select per verdict over the
 * known shapes, a warning when two verdicts share a shape (colour would then be
 * the only difference), and a live preview drawn with the same ::highlight()
 * rules the pages get (markCss) on ranges of sample text.
 */
import { useEffect, useRef } from 'preact/hooks';
import { MARK_STYLE_LABELS, MARK_STYLES, MARK_VERDICTS, markCss, sharedShapes, type Marks, type MarkStyle } from '../../lib/marks';
import type { Verdict } from '../../lib/engine/types';

export interface MarksSectionProps {
  marks: Marks;
  onChange: (marks: Marks) => void;
  doc: Document;
}

const VERDICT_HELP: Record<Verdict, string> = {
  contradicted: 'Contradicted — the page states a value the sources do not support',
  mixed: 'Mixed — the sources disagree with each other on this',
  supported: 'Supported — the page agrees with the sources',
  related: 'Related — about the same fact, but nothing to compare',
};

/** Sample text for the preview: the part after the colon is what a page's mark would cover. */
const PREVIEW: Record<Verdict, [string, string]> = {
  contradicted: ['A page says Binance has ', '900 million users'],
  mixed: ['A page says Binance has ', '275 million users'],
  supported: ['A page says Binance agreed to pay ', '$4.3 billion'],
  related: ['A page says Binance ', 'reported its user numbers'],
};

export function MarksSection({ marks, onChange, doc }: MarksSectionProps) {
  const clashes = sharedShapes(marks);
  const targets = useRef<Partial<Record<Verdict, HTMLElement | null>>>({});
  const sheet = useRef<HTMLStyleElement | null>(null);

  // The preview: our own generated CSS (known shapes only) and ranges over our own sample text.
  useEffect(() => {
    if (!sheet.current) {
      sheet.current = doc.createElement('style');
      doc.head.append(sheet.current);
    }
    sheet.current.textContent = markCss(marks);
    const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (!registry || !HighlightCtor) return;
    for (const verdict of MARK_VERDICTS) {
      const text = targets.current[verdict]?.firstChild;
      if (!text) continue;
      const range = doc.createRange();
      range.selectNodeContents(text);
      registry.set(`claimlens-${verdict}`, new HighlightCtor(range));
    }
  }, [marks, doc]);

  return (
    <section aria-labelledby="marks-heading">
      <h2 id="marks-heading">How claims are marked</h2>
      <p class="muted">
        Each verdict gets its own line shape, so the colour is never the only signal. Names (Binance, WLFI, USD1, CZ) always get a light
        yellow background. A claim that is not marked is still listed in the popup and still opens its card when you hover it.
      </p>
      <div class="marks-grid">
        {MARK_VERDICTS.map((verdict) => (
          <div class="mark-row" key={verdict}>
            <label for={`mark-${verdict}`}>{VERDICT_HELP[verdict]}</label>
            <select id={`mark-${verdict}`} value={marks[verdict]} onChange={(e) => onChange({ ...marks, [verdict]: e.currentTarget.value as MarkStyle })}>
              {MARK_STYLES.map((style) => (
                <option key={style} value={style}>
                  {MARK_STYLE_LABELS[style]}
                </option>
              ))}
            </select>
            <p class="preview" data-testid={`preview-${verdict}`}>
              {PREVIEW[verdict][0]}
              <span ref={(el) => void (targets.current[verdict] = el)}>{PREVIEW[verdict][1]}</span>
              {marks[verdict] === 'none' ? <span class="muted"> (not marked)</span> : null}
            </p>
          </div>
        ))}
      </div>
      {clashes.length ? (
        <p class="warning" role="alert" data-testid="marks-clash">
          {clashes.map((c) => `${c.verdicts.join(' and ')} share the ${MARK_STYLE_LABELS[c.style]}`).join('; ')}: on the page they would differ
          by colour only. Choose a different shape for one of them.
        </p>
      ) : null}
    </section>
  );
}
