/**
 * One fact, sources side by side: each source's title and whom it cites, the
 * stated value, the quote with the value marked, and a link to the quote in
 * the source viewer; the agreement in words above, the reader's notes below.
 */
import { asOfText } from '../../lib/claims/as-of';
import { useEffect, useRef } from 'preact/hooks';
import type { CompiledFact } from '../../lib/model';
import { factToClaimReview } from '../../lib/notes/claim-review';
import { makeExportContext } from '../../lib/notes/context';
import { AgreementBadge } from '../shared/AgreementBadge';
import { downloadText, exportFileName } from '../shared/download';
import { MarkedText } from '../shared/MarkedText';
import type { ToastMessage } from '../shared/Toast';
import { FactNotes } from './FactNotes';
import { viewerHref, type PopupServices } from './services';
import type { ClaimData } from './use-claims';

export interface FactDetailProps {
  fact: CompiledFact;
  claims: ClaimData;
  services: PopupServices;
  onBack: () => void;
  onToast: (toast: Omit<ToastMessage, 'id'>) => void;
}

const AGREEMENT_SENTENCE: Record<CompiledFact['agreement']['status'], string> = {
  agree: 'The sources agree',
  conflict: 'The sources disagree',
  single: 'Only one source reports this',
  unvalued: 'The sources state no comparable values',
};

export function FactDetail({ fact, claims, services, onBack, onToast }: FactDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the new view so keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), [fact.id]);
  const reporting = new Set(fact.reports.map((r) => r.source));
  const silent = claims.sources.filter((s) => !reporting.has(s.id));

  const exportComparison = () => {
    const ctx = makeExportContext(claims.facts, claims.sources, services.now(), claims.formatValue);
    const doc = { '@context': 'https://schema.org', ...factToClaimReview(fact, ctx) };
    downloadText(services.doc, exportFileName(`claim-${fact.id}`, 'json', ctx.now), 'application/ld+json', `${JSON.stringify(doc, null, 2)}\n`);
    onToast({ text: 'Comparison exported as ClaimReview JSON.' });
  };

  return (
    <article class="fact-detail" data-fact={fact.id}>
      <button type="button" class="link back" onClick={onBack}>
        ← All facts
      </button>
      <h2 tabIndex={-1} ref={heading}>
        {fact.label}
      </h2>
      <p class="agreement" data-testid="agreement">
        <AgreementBadge status={fact.agreement.status} />{' '}
        <span>
          {AGREEMENT_SENTENCE[fact.agreement.status]}
          {fact.agreement.reason ? `: ${fact.agreement.reason}` : '.'}
        </span>
      </p>
      {fact.varies ? (
        <p class="muted" data-testid="varies-note">
          This changes over time: a page's figure is compared only with sources from about the same time.
        </p>
      ) : null}
      <div class="sources-grid" role="list" aria-label="How each source reports it">
        {fact.reports.map((report, i) => {
          const source = claims.sourcesById.get(report.source);
          const value = claims.formatValue(fact, report);
          return (
            <section key={`${report.source}-${i}`} class="source-card" role="listitem" data-source={report.source}>
              <h3>
                {source?.title ?? report.source}
                {source?.reader ? <span class="tag">added by you</span> : null}
              </h3>
              <p class="muted cites">
                citing {source?.cites ?? 'unknown'}
                {asOfText(source, report) ? <span title={source?.asOfNote}> · {asOfText(source, report)}</span> : null}
              </p>
              {value ? (
                <p class="value" data-testid="stated-value">
                  <strong>{value}</strong>
                </p>
              ) : null}
              <blockquote>
                <MarkedText text={report.quote} spans={claims.valueSpans(fact, report)} markLabel="stated value" />
              </blockquote>
              <p class="summary">{report.summary}</p>
              <a href={viewerHref(report.source, report.quote, fact.id)} target="_blank" rel="noopener">
                Read it in the source
              </a>
            </section>
          );
        })}
        {silent.map((source) => (
          <section key={source.id} class="source-card silent" role="listitem" data-source={source.id}>
            <h3>{source.title}</h3>
            <p class="muted cites">
              citing {source.cites}
              {asOfText(source) ? <span title={source.asOfNote}> · {asOfText(source)}</span> : null}
            </p>
            <p class="muted">Does not mention this.</p>
          </section>
        ))}
      </div>
      <p>
        <button type="button" onClick={exportComparison}>
          Export comparison (ClaimReview JSON)
        </button>
      </p>
      <FactNotes fact={fact} services={services} onToast={onToast} />
    </article>
  );
}
