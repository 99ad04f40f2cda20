/**
 * The reader's own sources (lib/sources): added from a page after review, switched off and on,
 * removed with undo. Like notes, never touched by seeding or a claims update.
 */
import type { ReaderSource } from '../sources/reader-source';
import type { ClaimDb, ReaderSourceRow } from './schema';

export interface ReaderSourcesRepo {
  /** Every reader source, oldest first (removed ones only when asked). */
  listReaderSources(opts?: { includeRemoved?: boolean }): Promise<ReaderSourceRow[]>;
  /** Adds (or replaces: the same page has the same id) a validated source. */
  putReaderSource(source: ReaderSource): Promise<ReaderSource>;
  setReaderSourceEnabled(id: string, enabled: boolean): Promise<ReaderSourceRow>;
  /** Soft removal: returns what was removed, for undo. */
  removeReaderSource(id: string): Promise<ReaderSourceRow>;
  restoreReaderSource(id: string): Promise<ReaderSourceRow>;
}

export function createReaderSourcesRepo(db: ClaimDb): ReaderSourcesRepo {
  const get = async (id: string): Promise<ReaderSourceRow> => {
    const row = await db.readerSources.get(id);
    if (!row) throw new Error(`no reader source ${id}`);
    return row;
  };
  return {
    async listReaderSources(opts = {}) {
      const rows = await db.readerSources.orderBy('addedAt').toArray();
      return opts.includeRemoved ? rows : rows.filter((r) => r.deletedAt === undefined);
    },
    async putReaderSource(source) {
      await db.readerSources.put({ ...source });
      return source;
    },
    async setReaderSourceEnabled(id, enabled) {
      return db.transaction('rw', db.readerSources, async () => {
        const row = { ...(await get(id)), enabled };
        await db.readerSources.put(row);
        return row;
      });
    },
    async removeReaderSource(id) {
      return db.transaction('rw', db.readerSources, async () => {
        const row = { ...(await get(id)), deletedAt: Date.now() };
        await db.readerSources.put(row);
        return row;
      });
    },
    async restoreReaderSource(id) {
      return db.transaction('rw', db.readerSources, async () => {
        const { deletedAt: _deleted, ...row } = await get(id);
        await db.readerSources.put(row);
        return row;
      });
    },
  };
}
