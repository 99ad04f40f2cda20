/** Loads the claim data once per popup opening, and again when `revision` changes (a source was added or removed). */
import { useEffect, useState } from 'preact/hooks';
import type { Repo } from '../../lib/db';
import type { ClaimSnapshot, CompiledFact, Entity, Party, Report, SourceMeta } from '../../lib/model';
import type { Span } from './quote-marks';
import { reportValueSpans, reportValueText } from './value-text';

export interface ClaimData {
  /** Everything below, as the engine takes it (bundled and the reader's sources). */
  snapshot: ClaimSnapshot;
  facts: CompiledFact[];
  sources: SourceMeta[];
  entities: Entity[];
  parties: Party[];
  /** The stated value in words ("250 million"), where the report has one. */
  formatValue: (fact: CompiledFact, report: Report) => string | undefined;
  /** Where in the quote the value is written, for <mark>. */
  valueSpans: (fact: CompiledFact, report: Report) => Span[];
  factsById: Map<string, CompiledFact>;
  sourcesById: Map<string, SourceMeta>;
}

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: string };

export function useClaims(repo: Repo, revision = 0): Loadable<ClaimData> {
  const [data, setData] = useState<Loadable<ClaimData>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    repo
      .getSnapshot()
      .then((snapshot) => {
        if (!live) return;
        setData({
          state: 'ready',
          value: {
            snapshot,
            facts: snapshot.facts,
            sources: snapshot.sources,
            entities: snapshot.entities,
            parties: snapshot.parties,
            formatValue: (fact, report) => reportValueText(fact, report, snapshot.parties),
            valueSpans: (fact, report) => reportValueSpans(fact, report, snapshot.parties),
            factsById: new Map(snapshot.facts.map((f) => [f.id, f])),
            sourcesById: new Map(snapshot.sources.map((s) => [s.id, s])),
          },
        });
      })
      .catch((error: unknown) => live && setData({ state: 'error', error: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [repo, revision]);
  return data;
}
