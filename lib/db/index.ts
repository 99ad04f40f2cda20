/**
 * lib/db — the extension database, for the background AND extension pages
 * (popup, viewer, options: same origin, so they open it directly). NEVER import
 * this from the content script or anything it imports: there IndexedDB is the
 * web page's (tests/unit/db-content-isolation.test.ts enforces it).
 *
 * Typical use in an extension page:
 *
 *   import { openClaimDb } from '@/lib/db';
 *   import { loadBundle } from '@/lib/claims/bundle';    // bundled claims (fallback + seeding)
 *   const repo = await openClaimDb(loadBundle());         // never throws; seeds if needed ({ seed: false } to skip)
 *   if (repo.status().state !== 'ok') showWarning(repo.status().error);
 *   // The background's own open outcome is mirrored in storage.local['claimlens:db-status'] (DbStatus).
 *
 * Repo (lib/db/repo.ts) — all async:
 *   status(): DbStatus                      { state: 'ok'|'seed-failed'|'unavailable', error?, bundleVersion, at }
 *   getSnapshot(): ClaimSnapshot            from the DB, else the bundle
 *   getClaims(): { snapshot, sources }      sources with full text
 *   listFacts({ entity?, agreement?, query? }): CompiledFact[]   (reports + agreement included)
 *   getFact(id) / factsForSource(sourceId) / listSources() / getSource(id) / listEntities() / listParties()
 *   createNote({ target, body }): Note      target = { kind:'fact', factId } | { kind:'passage', url, title, exact, prefix, suffix, factId? }
 *   getNote(id) / updateNote(id, { body }) / deleteNote(id) (soft, returns note) / restoreNote(id) (undo)
 *   purgeNote(id) / purgeDeleted(beforeEpochMs): number
 *   listNotes({ url?, factId?, query?, includeDeleted? }): Note[]   newest first; url ignores #fragment
 *   searchNotes(query): Note[]
 *   upsertNotes(notes, { dryRun? }): { added, updated, unchanged, kept }   one transaction; newer updatedAt wins
 *   getSettings(): { paused, sites } / setPaused(b) / setSiteEnabled(host, b) / siteStatus(url): { host, enabled, paused }
 * In 'unavailable' state, claim reads serve the bundle, getSettings/siteStatus give defaults and
 * every other note/settings call rejects with DbUnavailableError (nothing is lost).
 *
 * Notes are plain objects (lib/db/note-schema.ts, pure zod, importable without Dexie); times are epoch ms.
 * Dexie live queries: repo.db is the Dexie instance (null when unavailable), e.g. liveQuery(() => repo.listNotes()).
 */
export { openClaimDb, type OpenOptions } from './open';
export { createRepo, DbUnavailableError, type DbState, type DbStatus, type FactFilter, type Repo, type RepoOptions } from './repo';
export { ensureSeeded, CLAIMS_META_KEY, type SeedResult } from './seed';
export { createClaimDb, DB_NAME, LATEST_VERSION, SCHEMA_VERSIONS, CLAIM_TABLES, type ClaimDb } from './schema';
export { bundleToRows, rowsToBundle, validateBundle, type ClaimBundle } from './claim-rows';
export type { ListNotesQuery, NotesRepo, UpsertResult } from './notes-repo';
export { DEFAULT_SETTINGS, Settings, statusFor, type SettingsRepo, type SiteStatus } from './settings-repo';
export { siteKey, normalizeHost, FILE_SITE } from './site-key';
export * from './note-schema';
