/**
 * Between the bundled claims (a ClaimSnapshot plus the sources' full texts) and
 * the rows of the claim tables. Pure: no Dexie, no browser globals.
 *
 * Rows carry an `order` so that reading the tables back rebuilds the snapshot
 * exactly as bundled (same fact, report, entity and party order).
 */
import { ClaimSnapshot, Source, type CompiledFact } from '../model';
import type { ClaimTableName, EntityRow, FactRow, PartyRow, ReportRow, SourceRow } from './schema';

/** What the extension bundles: lib/claims/bundle.ts builds this from seeds/. */
export interface ClaimBundle {
  snapshot: ClaimSnapshot;
  /** The sources with their full texts (the snapshot carries only their metadata). */
  sources: Source[];
}

export interface ClaimRows {
  sources: SourceRow[];
  entities: EntityRow[];
  parties: PartyRow[];
  facts: FactRow[];
  reports: ReportRow[];
}

/**
 * Checks a bundle before it may replace the claim tables. Throws with the
 * first problem; the caller's transaction has not started yet, so nothing changes.
 */
export function validateBundle(bundle: ClaimBundle): void {
  const snapshot = ClaimSnapshot.safeParse(bundle.snapshot);
  if (!snapshot.success) {
    const issue = snapshot.error.issues[0];
    throw new Error(`bundled claims are invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }
  const texts = new Set<string>();
  for (const source of bundle.sources) {
    const parsed = Source.safeParse(source);
    if (!parsed.success) throw new Error(`bundled source ${String((source as { id?: unknown }).id)} is invalid`);
    texts.add(source.id);
  }
  for (const meta of bundle.snapshot.sources) {
    if (!texts.has(meta.id)) throw new Error(`bundled source ${meta.id} has no text`);
  }
  if (!bundle.snapshot.version) throw new Error('bundled claims have no version');
}

export function bundleToRows(bundle: ClaimBundle): ClaimRows {
  const { snapshot } = bundle;
  const reports: ReportRow[] = [];
  const facts: FactRow[] = snapshot.facts.map((fact, order) => {
    const { reports: factReports, ...rest } = fact;
    factReports.forEach((report, index) => reports.push({ ...report, id: `${fact.id}/${index}`, factId: fact.id, order: index }));
    return { ...rest, order };
  });
  // Full texts come from bundle.sources, metadata (and order) from the snapshot.
  const texts = new Map(bundle.sources.map((s) => [s.id, s.text]));
  return {
    sources: snapshot.sources.map((meta, order) => ({ ...meta, text: texts.get(meta.id) ?? '', order })),
    entities: snapshot.entities.map((entity, order) => ({ ...entity, order })),
    parties: snapshot.parties.map((party, order) => ({ ...party, order })),
    facts,
    reports,
  };
}

export function rowCounts(rows: ClaimRows): Record<ClaimTableName, number> {
  return {
    sources: rows.sources.length,
    entities: rows.entities.length,
    parties: rows.parties.length,
    facts: rows.facts.length,
    reports: rows.reports.length,
  };
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
function withoutOrder<T extends { order: number }>(row: T): Omit<T, 'order'> {
  const { order: _order, ...rest } = row;
  return rest;
}

/** Rebuilds the snapshot (and the full source texts) from rows read out of the claim tables. */
export function rowsToBundle(version: string, rows: ClaimRows): ClaimBundle {
  const reportsByFact = new Map<string, ReportRow[]>();
  for (const report of rows.reports) {
    const list = reportsByFact.get(report.factId) ?? [];
    list.push(report);
    reportsByFact.set(report.factId, list);
  }
  const facts: CompiledFact[] = [...rows.facts].sort(byOrder).map((row) => ({
    ...withoutOrder(row),
    reports: (reportsByFact.get(row.id) ?? []).sort(byOrder).map(({ id: _id, factId: _factId, order: _order, ...report }) => report),
  }));
  const sources = [...rows.sources].sort(byOrder).map(withoutOrder);
  return {
    snapshot: {
      version,
      sources: sources.map(({ text: _text, ...meta }) => meta),
      entities: [...rows.entities].sort(byOrder).map(withoutOrder),
      parties: [...rows.parties].sort(byOrder).map(withoutOrder),
      facts,
    },
    sources,
  };
}
