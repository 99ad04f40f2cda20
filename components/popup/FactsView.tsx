/**
 * "Facts": every fact in the database, searchable and filterable by entity and
 * by agreement; choosing one shows how each source reported it (FactDetail).
 */
import { useState } from 'preact/hooks';
import { AgreementBadge } from '../shared/AgreementBadge';
import { FactDetail } from './FactDetail';
import { filterFacts, NO_FILTER, type AgreementFilter, type FactFilter } from './fact-filter';
import type { PopupServices } from './services';
import type { ClaimData } from './use-claims';
import type { ToastMessage } from '../shared/Toast';
import type { EntityId } from '../../lib/model';
import { factsToClaimReview } from '../../lib/notes/claim-review';
import { makeExportContext } from '../../lib/notes/context';
import { downloadText, exportFileName } from '../shared/download';
import { SearchInput } from '../shared/SearchInput';

export interface FactsViewProps {
  claims: ClaimData;
  services: PopupServices;
  selected: string | null;
  onSelect: (factId: string | null) => void;
  onToast: (toast: Omit<ToastMessage, 'id'>) => void;
}

export function FactsView({ claims, services, selected, onSelect, onToast }: FactsViewProps) {
  const [filter, setFilter] = useState<FactFilter>(NO_FILTER);
  const fact = selected ? claims.factsById.get(selected) : undefined;
  if (fact) return <FactDetail fact={fact} claims={claims} services={services} onBack={() => onSelect(null)} onToast={onToast} />;
  const shown = filterFacts(claims.facts, filter);
  return (
    <div class="facts-view">
      <div class="filters" role="search">
        <SearchInput label="Search facts and quotes" value={filter.query} onChange={(query) => setFilter({ ...filter, query })} />
        <select
          aria-label="Filter by entity"
          value={filter.entity}
          onChange={(e) => setFilter({ ...filter, entity: e.currentTarget.value as EntityId | 'all' })}
        >
          <option value="all">All entities</option>
          {claims.entities.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {entity.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by agreement"
          value={filter.agreement}
          onChange={(e) => setFilter({ ...filter, agreement: e.currentTarget.value as AgreementFilter })}
        >
          <option value="all">Any agreement</option>
          <option value="agree">Sources agree</option>
          <option value="conflict">Sources conflict</option>
          <option value="single">One source</option>
        </select>
      </div>
      <p class="muted" aria-live="polite">
        {shown.length === claims.facts.length ? `${shown.length} facts` : `${shown.length} of ${claims.facts.length} facts`}
      </p>
      {shown.length ? (
        <button
          type="button"
          class="link export-shown"
          onClick={() => {
            const ctx = makeExportContext(claims.facts, claims.sources, services.now(), claims.formatValue);
            const doc = factsToClaimReview(shown, ctx);
            downloadText(services.doc, exportFileName('claim-comparison', 'json', ctx.now), 'application/ld+json', `${JSON.stringify(doc, null, 2)}\n`);
            onToast({ text: `Exported the comparison of ${shown.length} fact${shown.length === 1 ? '' : 's'} as ClaimReview JSON.` });
          }}
        >
          Export these {shown.length} comparisons (ClaimReview JSON)
        </button>
      ) : null}
      {shown.length === 0 ? (
        <p class="empty">No fact matches. Try fewer words or another filter.</p>
      ) : (
        <ul class="fact-list">
          {shown.map((f) => (
            <li key={f.id}>
              <button type="button" class="fact-row" data-fact={f.id} onClick={() => onSelect(f.id)}>
                <span class="fact-label">{f.label}</span>
                <span class="fact-meta">
                  <AgreementBadge status={f.agreement.status} />{' '}
                  <span class="muted">
                    {f.reports.length} source{f.reports.length === 1 ? '' : 's'}
                    {f.agreement.status === 'conflict' ? ` · ${f.agreement.reason}` : ''}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
