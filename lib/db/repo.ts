/**
 * The repository every extension part uses instead of raw Dexie: claim reads
 * (from the database, falling back to the bundled claims held in memory), notes
 * and settings. See lib/db/index.ts for the overview.
 */
import type { Agreement, ClaimSnapshot, CompiledFact, Entity, EntityId, Party, Source } from '../model';
import { rowsToBundle, type ClaimBundle, type ClaimRows } from './claim-rows';
import { createNotesRepo, type NotesRepo, type NotesRepoOptions } from './notes-repo';
import { createReaderSourcesRepo, type ReaderSourcesRepo } from './reader-sources-repo';
import { readerMeta, withReaderSources } from '../sources/merge';
import { CLAIM_TABLES, type ClaimDb, type ReaderSourceRow } from './schema';
import { CLAIMS_META_KEY } from './seed';
import { createSettingsRepo, DEFAULT_SETTINGS, statusFor, type SettingsRepo } from './settings-repo';

/**
 * ok: the database is open and holds the bundled claims.
 * seed-failed: open, but replacing the claims failed; the previous claims (or, if
 *   there were none, the bundle) are served, notes and settings work.
 * unavailable: the database could not be opened (e.g. a failed upgrade); claims
 *   come from the bundle in memory, notes and settings writes throw, and nothing
 *   stored is lost: the next start tries again.
 */
export type DbState = 'ok' | 'seed-failed' | 'unavailable';

export interface DbStatus {
  state: DbState;
  /** What went wrong, for the popup to show. */
  error?: string;
  /** The claims version the extension ships. */
  bundleVersion: string;
  /** When this status was determined (epoch ms). */
  at: number;
}

export interface FactFilter {
  entity?: EntityId;
  agreement?: Agreement['status'];
  /** Words that must all appear (case-insensitive) in the label, a quote or a summary. */
  query?: string;
}

export interface Repo extends NotesRepo, SettingsRepo, ReaderSourcesRepo {
  /** The open database, or null when unavailable. Prefer the methods. */
  readonly db: ClaimDb | null;
  status(): DbStatus;
  /** What the engine needs: the bundled claims (from the database, else the bundle) plus the reader's sources that are on. */
  getSnapshot(): Promise<ClaimSnapshot>;
  /** The bundled snapshot plus the sources' full texts, as seeded (reader sources are not in it). */
  getClaims(): Promise<ClaimBundle>;
  listFacts(filter?: FactFilter): Promise<CompiledFact[]>;
  getFact(id: string): Promise<CompiledFact | undefined>;
  /** Facts that this source reports on, in bundle order. */
  factsForSource(sourceId: string): Promise<CompiledFact[]>;
  listSources(): Promise<Source[]>;
  getSource(id: string): Promise<Source | undefined>;
  listEntities(): Promise<Entity[]>;
  listParties(): Promise<Party[]>;
}

export class DbUnavailableError extends Error {
  constructor(reason: string) {
    super(`the ClaimLens database is unavailable (${reason}); your notes are kept and will be back when it opens`);
    this.name = 'DbUnavailableError';
  }
}

export interface RepoOptions extends NotesRepoOptions {
  bundle: ClaimBundle;
  status?: DbStatus;
}

export function createRepo(db: ClaimDb | null, opts: RepoOptions): Repo {
  const { bundle } = opts;
  const status: DbStatus = opts.status ?? {
    state: db ? 'ok' : 'unavailable',
    bundleVersion: bundle.snapshot.version,
    at: Date.now(),
  };

  async function getClaims(): Promise<ClaimBundle> {
    if (!db) return bundle;
    try {
      return await db.transaction('r', [...CLAIM_TABLES.map((name) => db.table(name)), db.meta], async () => {
        const meta = await db.meta.get(CLAIMS_META_KEY);
        const rows: ClaimRows = {
          sources: await db.sources.toArray(),
          entities: await db.entities.toArray(),
          parties: await db.parties.toArray(),
          facts: await db.facts.toArray(),
          reports: await db.reports.toArray(),
        };
        // Not seeded yet (first start still running) or emptied: the bundle is the truth.
        if (!meta || rows.facts.length === 0) return bundle;
        return rowsToBundle(meta.version, rows);
      });
    } catch {
      // A read that fails (database closed by an upgrade in another context…) must not leave the reader without claims.
      return bundle;
    }
  }

  /**
   * The bundled claims plus the reader's sources that are on: what the Facts comparison, the source
   * viewer and the engine use. A reader source is a Source with its stored page text.
   */
  async function getClaimsWithReaders(): Promise<ClaimBundle> {
    const bundled = await getClaims();
    if (!db) return bundled;
    let readers: ReaderSourceRow[] = [];
    try {
      readers = (await db.readerSources.toArray()).filter((r) => r.deletedAt === undefined && r.enabled);
    } catch {
      return bundled;
    }
    if (readers.length === 0) return bundled;
    return {
      snapshot: withReaderSources(bundled.snapshot, readers),
      sources: [...bundled.sources, ...readers.map((r) => ({ ...readerMeta(r), text: r.text }))],
    };
  }

  const facts = async () => (await getClaimsWithReaders()).snapshot.facts;

  const claimReads = {
    db,
    status: () => ({ ...status }),
    getSnapshot: async () => (await getClaimsWithReaders()).snapshot,
    getClaims,
    async listFacts(filter: FactFilter = {}) {
      const terms = (filter.query ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
      return (await facts()).filter(
        (fact) =>
          (!filter.entity || fact.entities.includes(filter.entity)) &&
          (!filter.agreement || fact.agreement.status === filter.agreement) &&
          (!terms.length || terms.every((term) => factText(fact).includes(term))),
      );
    },
    getFact: async (id: string) => (await facts()).find((fact) => fact.id === id),
    factsForSource: async (sourceId: string) => (await facts()).filter((fact) => fact.reports.some((r) => r.source === sourceId)),
    listSources: async () => (await getClaimsWithReaders()).sources,
    getSource: async (id: string) => (await getClaimsWithReaders()).sources.find((source) => source.id === id),
    listEntities: async () => (await getClaims()).snapshot.entities,
    listParties: async () => (await getClaims()).snapshot.parties,
  };

  if (db) return { ...claimReads, ...createNotesRepo(db, opts), ...createSettingsRepo(db), ...createReaderSourcesRepo(db) };
  return { ...claimReads, ...unavailableStore(status.error ?? 'not opened') };
}

function factText(fact: CompiledFact): string {
  return [fact.label, ...fact.reports.flatMap((r) => [r.quote, r.summary])].join('\n').toLocaleLowerCase();
}

/** Without a database: reads of settings give the defaults (pages keep working), everything else throws. */
function unavailableStore(reason: string): NotesRepo & SettingsRepo & ReaderSourcesRepo {
  const fail = async (): Promise<never> => {
    throw new DbUnavailableError(reason);
  };
  return {
    createNote: fail,
    getNote: fail,
    updateNote: fail,
    deleteNote: fail,
    restoreNote: fail,
    purgeNote: fail,
    purgeDeleted: fail,
    listNotes: fail,
    searchNotes: fail,
    upsertNotes: fail,
    getSettings: async () => structuredClone(DEFAULT_SETTINGS),
    setPaused: fail,
    setMarks: fail,
    setSiteEnabled: fail,
    setSitesOff: fail,
    siteStatus: async (url: string) => statusFor(DEFAULT_SETTINGS, url),
    listReaderSources: async () => [],
    putReaderSource: fail,
    setReaderSourceEnabled: fail,
    removeReaderSource: fail,
    restoreReaderSource: fail,
  };
}
