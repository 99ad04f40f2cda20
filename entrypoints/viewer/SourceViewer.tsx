/**
 * The source viewer: one source's full text with the quoted sentence in a
 * <mark> (found with indexOf, built with JSX) scrolled into view, and beside it
 * the facts this source reports; choosing one moves the highlight to its quote.
 */
import { asOfText } from '../../lib/claims/as-of';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompiledFact, Source } from '../../lib/model';
import { AgreementBadge } from '../../components/shared/AgreementBadge';

export interface SourceViewerProps {
  source: Source;
  /** The facts this source reports, in bundle order. */
  facts: CompiledFact[];
  /** The quote to highlight first (from ?quote=), if any. */
  initialQuote?: string;
  /** Mirror the current quote into the address bar, so reload and sharing keep it. */
  onQuoteChange?: (quote: string, factId?: string) => void;
}

/** Where a quote sits in the text; quotes are verbatim, so indexOf is enough. */
export function locateQuote(text: string, quote: string | undefined): { start: number; end: number } | null {
  if (!quote) return null;
  const start = text.indexOf(quote);
  return start === -1 ? null : { start, end: start + quote.length };
}

export function SourceViewer({ source, facts, initialQuote, onQuoteChange }: SourceViewerProps) {
  const [quote, setQuote] = useState(initialQuote);
  const mark = useRef<HTMLElement>(null);
  const at = locateQuote(source.text, quote);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
    mark.current?.focus({ preventScroll: true });
  }, [quote]);

  const choose = (fact: CompiledFact) => {
    const report = fact.reports.find((r) => r.source === source.id);
    if (!report) return;
    setQuote(report.quote);
    onQuoteChange?.(report.quote, fact.id);
  };
  const current = facts.find((f) => f.reports.some((r) => r.source === source.id && r.quote === quote));

  return (
    <div class="viewer">
      <header>
        <h1>{source.title}</h1>
        <p class="muted">
          Citing {source.cites}
          {asOfText(source) ? <span title={source.asOfNote}> · reports {asOfText(source)}</span> : null}
          {source.reader ? (
            <>
              {' '}· added by you from{' '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                the page
              </a>
              ; this is the text it was read from
            </>
          ) : (
            ' · one of the three reports bundled with ClaimLens'
          )}
        </p>
      </header>
      <div class="columns">
        <main>
          {quote && !at ? (
            <p class="error" role="alert">
              The quoted passage was not found in this source.
            </p>
          ) : null}
          <article class="source-text" aria-label="Full text of the source">
            {at ? (
              <>
                {source.text.slice(0, at.start)}
                <mark ref={mark} tabIndex={-1} data-testid="quote-mark">
                  {source.text.slice(at.start, at.end)}
                </mark>
                {source.text.slice(at.end)}
              </>
            ) : (
              source.text
            )}
          </article>
        </main>
        <aside aria-labelledby="facts-heading">
          <h2 id="facts-heading">What this source reports</h2>
          <ul>
            {facts.map((fact) => (
              <li key={fact.id}>
                <button
                  type="button"
                  class="fact-button"
                  aria-current={fact === current ? 'true' : undefined}
                  data-fact={fact.id}
                  onClick={() => choose(fact)}
                >
                  <span>{fact.label}</span> <AgreementBadge status={fact.agreement.status} />
                </button>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
