/**
 * The extension database "claimlens" (Dexie over IndexedDB, extension origin only:
 * the background and extension pages open it, the content script never does).
 *
 * EVERY schema version ever shipped is declared here, oldest first, and never
 * edited once released: Dexie needs the old declarations to upgrade an old
 * install step by step. To change the schema, append a version.
 *
 *  v1  sources, entities, parties, facts, reports (claim tables, replaced on
 *      every claims update), notes, settings. The seeded claims version lived
 *      in settings under the key "claimsVersion".
 *  v2  + meta table for the seeded bundle version (settings now hold only the
 *      reader's preferences, so seeding never has to write the settings table);
 *      notes gain indexes on updatedAt, target.url and target.factId so the
 *      popup lists one page's or one fact's notes without a full scan.
 *  v3  + readerSources: pages the reader added as sources (lib/sources). The reader's
 *      own data like notes: never touched by seeding; removal is soft (deletedAt) for undo.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { CompiledFact, Entity, Party, Report, Source } from '../model';
import type { Note } from './note-schema';
import type { ReaderSource } from '../sources/reader-source';

export const DB_NAME = 'claimlens';

export type SourceRow = Source & { order: number };
export type EntityRow = Entity & { order: number };
export type PartyRow = Party & { order: number };
/** A fact without its reports (those live in `reports`), keeping the computed agreement. */
export type FactRow = Omit<CompiledFact, 'reports'> & { order: number };
/** One source's report on one fact; id is `${factId}/${order}`. */
export type ReportRow = Report & { id: string; factId: string; order: number };
export type SettingRow = { key: string; value: unknown };
/** A reader source as stored: removed ones keep deletedAt until purged, so removal can be undone. */
export type ReaderSourceRow = ReaderSource & { deletedAt?: number };
/** key "claims": which bundled claims version the claim tables hold, and how many rows each should have. */
export type MetaRow = { key: string; version: string; counts: Record<ClaimTableName, number> };

export const CLAIM_TABLES = ['sources', 'entities', 'parties', 'facts', 'reports'] as const;
export type ClaimTableName = (typeof CLAIM_TABLES)[number];

export type ClaimDb = Dexie & {
  sources: EntityTable<SourceRow, 'id'>;
  entities: EntityTable<EntityRow, 'id'>;
  parties: EntityTable<PartyRow, 'id'>;
  facts: EntityTable<FactRow, 'id'>;
  reports: EntityTable<ReportRow, 'id'>;
  notes: EntityTable<Note, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  readerSources: EntityTable<ReaderSourceRow, 'id'>;
};

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      sources: 'id, order',
      entities: 'id, order',
      parties: 'id, order',
      facts: 'id, order, *entities',
      reports: 'id, factId, source',
      notes: 'id, createdAt',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      notes: 'id, createdAt, updatedAt, target.url, target.factId',
      meta: 'key',
    },
    // Move the seeded-claims marker out of the reader's settings.
    async upgrade(tx) {
      const old = await tx.table<SettingRow, string>('settings').get('claimsVersion');
      if (old && typeof old.value === 'string') {
        const counts = {} as Record<ClaimTableName, number>;
        for (const name of CLAIM_TABLES) counts[name] = await tx.table(name).count();
        await tx.table<MetaRow, string>('meta').put({ key: 'claims', version: old.value, counts });
      }
      await tx.table('settings').delete('claimsVersion');
    },
  },
  {
    version: 3,
    stores: {
      readerSources: 'id, addedAt',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export interface CreateDbOptions {
  /** Declare only versions up to this one (tests build an old install with upTo: 1). */
  upTo?: number;
}

/** A Dexie instance with every schema version declared; not opened yet. */
export function createClaimDb(name: string = DB_NAME, opts: CreateDbOptions = {}): ClaimDb {
  const upTo = opts.upTo ?? LATEST_VERSION;
  const db = new Dexie(name) as ClaimDb;
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}
