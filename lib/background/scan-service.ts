/**
 * The engine, once per browser (issue 11): the background compiles it from the
 * claims it serves (bundled + the reader's sources, repo.getSnapshot) and
 * scans the blocks content scripts send (`page:scan`). Content scripts carry no
 * engine and no claim data: they get the pre-filter's regexes (`page:prefilter`)
 * and, for a card, the facts and sources it shows (`card:get`).
 *
 * Stateless per request: a page's state between batches (which entities it has
 * named, who "he" is) travels with the batch, so a service worker stopped and
 * woken between two batches answers the next one exactly as before.
 *
 * The compiled engine is cached per snapshot version; the snapshot is re-read at
 * most every SNAPSHOT_TTL_MS, and at once after invalidate() (setup.ts calls it when
 * another extension page writes the claim or reader-source tables: a reader source
 * added in the popup changes the version, and the next batch gets a new engine).
 */
import { createEngine, type Engine } from '../engine';
import type { ClaimSnapshot, EntityId } from '../model';
import type { CardLookup } from '../../components/card/card-model';
import { prefilterSpec } from '../dom/prefilter-spec';
import type { PrefilterSpec } from '../dom/prefilter';
import { formatValue } from '../values/format';
import type { RequestOf, ResponseMap } from '../messages';
import type { ScanContext } from '../engine/types';
import { toPageResult } from '../engine/page-result';

export const SNAPSHOT_TTL_MS = 2000;

export interface ScanService {
  prefilter(): Promise<PrefilterSpec>;
  scan(data: RequestOf<'page:scan'>['data']): Promise<ResponseMap['page:scan']>;
  card(facts: readonly string[]): Promise<CardLookup>;
  /** How many engines were compiled (tests: one per snapshot version). */
  readonly builds: number;
  /** The claims changed (a reader source added, removed or switched): read the snapshot again on the next request. */
  invalidate(): void;
}

interface Compiled {
  snapshot: ClaimSnapshot;
  engine: Engine;
  spec: PrefilterSpec | null;
}

export function createScanService(getSnapshot: () => Promise<ClaimSnapshot>, now: () => number = Date.now): ScanService {
  let compiled: Compiled | null = null;
  let readAt = -Infinity;
  let pending: Promise<Compiled> | null = null;
  let builds = 0;

  const current = (): Promise<Compiled> => {
    if (compiled && now() - readAt < SNAPSHOT_TTL_MS) return Promise.resolve(compiled);
    pending ??= getSnapshot()
      .then((snapshot) => {
        readAt = now();
        if (!compiled || compiled.snapshot.version !== snapshot.version) {
          builds++;
          compiled = { snapshot, engine: createEngine(snapshot), spec: null };
        }
        return compiled;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  return {
    get builds() {
      return builds;
    },
    invalidate() {
      readAt = -Infinity;
    },
    async prefilter() {
      const c = await current();
      return (c.spec ??= prefilterSpec(c.snapshot));
    },
    async scan(data) {
      const { engine } = await current();
      const ctx: ScanContext = { named: new Set<EntityId>(data.named), ...(data.pageDate ? { pageDate: data.pageDate } : {}), carry: { ...data.carry } };
      const results = data.blocks.map((text) => toPageResult(engine.scan(text, ctx)));
      return { results, named: [...ctx.named], ...(ctx.carry && Object.keys(ctx.carry).length ? { carry: ctx.carry } : {}) };
    },
    async card(ids) {
      const { snapshot } = await current();
      const facts = snapshot.facts.filter((f) => ids.includes(f.id));
      const used = new Set(facts.flatMap((f) => f.reports.map((r) => r.source)));
      return {
        entities: snapshot.entities.map(({ id, name, description }) => ({ id, name, description })),
        facts: facts.map((f) => ({
          id: f.id,
          label: f.label,
          quotes: f.reports.map((r) => r.quote),
          says: f.reports.filter((r) => r.value).map((r) => ({ source: r.source, value: formatValue(r.value!, snapshot.parties, f.statuses ?? []) })),
        })),
        sources: snapshot.sources
          .filter((s) => used.has(s.id))
          .map(({ id, title, cites, asOf, asOfNote, reader }) => ({ id, title, cites, ...(asOf ? { asOf } : {}), ...(asOfNote ? { asOfNote } : {}), ...(reader ? { reader } : {}) })),
      };
    },
  };
}
