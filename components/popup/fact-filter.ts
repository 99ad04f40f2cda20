/** Search and filters of the Facts tab, as a pure function of the facts. */
import type { CompiledFact, EntityId } from '../../lib/model';

export type AgreementFilter = 'all' | 'agree' | 'conflict' | 'single';

export interface FactFilter {
  query: string;
  entity: EntityId | 'all';
  agreement: AgreementFilter;
}

export const NO_FILTER: FactFilter = { query: '', entity: 'all', agreement: 'all' };

/** Every word must appear in the question, a quote, a summary or the agreement reason. */
export function filterFacts(facts: readonly CompiledFact[], filter: FactFilter): CompiledFact[] {
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return facts.filter((fact) => {
    if (filter.entity !== 'all' && !fact.entities.includes(filter.entity)) return false;
    if (filter.agreement !== 'all' && fact.agreement.status !== filter.agreement) return false;
    if (!words.length) return true;
    const hay = [fact.label, fact.id, fact.agreement.reason, ...fact.reports.flatMap((r) => [r.quote, r.summary])]
      .join('\n')
      .toLocaleLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
