/**
 * The claims every comparison uses: the bundled snapshot plus the reader's own sources that are
 * switched on. A reader source becomes one more SourceMeta (marked `reader: true`) and one more
 * report on each fact it covers; agreement between sources is computed again over all of them, and
 * the version changes so every cache built on the snapshot (engines, cards) starts again.
 */
import { computeAgreement } from '../claims/agreement';
import { fnv1a64 } from '../claims/compile';
import type { ClaimSnapshot, Report, SourceMeta } from '../model';
import type { ReaderSource } from './reader-source';

export function readerMeta(source: ReaderSource): SourceMeta {
  return {
    id: source.id,
    cites: source.publisher,
    title: source.title,
    ...(source.asOf ? { asOf: source.asOf, asOfNote: "the page's own date, as added by the reader" } : {}),
    reader: true,
    url: source.url,
  };
}

export function withReaderSources(snapshot: ClaimSnapshot, readers: readonly ReaderSource[]): ClaimSnapshot {
  const on = readers.filter((r) => r.enabled);
  if (on.length === 0) return snapshot;
  const sources = [...snapshot.sources, ...on.map(readerMeta)];
  const facts = snapshot.facts.map((fact) => {
    const added: Report[] = [];
    for (const r of on) {
      for (const report of r.reports) {
        if (report.fact !== fact.id) continue;
        const { fact: _fact, ...rest } = report;
        added.push({ ...rest, source: r.id });
      }
    }
    if (added.length === 0) return fact;
    const reports = [...fact.reports, ...added];
    return { ...fact, reports, agreement: computeAgreement({ ...fact, reports }, snapshot.parties, sources) };
  });
  const version = `${snapshot.version}+${fnv1a64(on.map((r) => `${r.id}:${r.addedAt}:${r.reports.length}`).join('|'))}`;
  return { ...snapshot, version, sources, facts };
}
