/**
 * The background's handle on the database, rebuilt on demand: a stopped service
 * worker comes back with empty globals, so the first message or event after a
 * restart opens (and if needed seeds) the database again. The cached promise is
 * only a cache; a database closed under us (an upgrade from another context,
 * or a failed open) is reopened on the next call.
 *
 * The outcome (ok / seed-failed / unavailable + error) is mirrored to
 * storage.local under DB_STATUS_KEY so the popup can show it even when its own
 * open succeeds later.
 */
import type { Browser } from 'webextension-polyfill';
import { openClaimDb, type ClaimBundle, type DbStatus, type OpenOptions, type Repo } from '../db';
import { mirrorSettings } from './settings-mirror';

export const DB_STATUS_KEY = 'claimlens:db-status';

export interface DbContext {
  repo(): Promise<Repo>;
}

export function createDbContext(
  getBundle: () => ClaimBundle,
  api: Pick<Browser, 'storage'>,
  opts: OpenOptions & { retryAfterMs?: number } = {},
): DbContext {
  let current: Promise<Repo> | null = null;
  let lastState: DbStatus['state'] | null = null;
  let openedAt = 0;
  const retryAfterMs = opts.retryAfterMs ?? 30_000;

  async function open(): Promise<Repo> {
    const repo = await openClaimDb(getBundle(), opts);
    // If something else closes it (versionchange from a newer schema), reopen next time.
    repo.db?.on('close', () => {
      current = null;
    });
    const status = repo.status();
    try {
      await api.storage.local.set({ [DB_STATUS_KEY]: status });
    } catch {
      // Reporting the status must never stop the database from being used.
    }
    lastState = status.state;
    openedAt = Date.now();
    // Keep the switches' copy current (settings written by an older version included).
    if (repo.db) {
      const settings = await repo.getSettings().catch(() => null);
      if (settings) await mirrorSettings(api, settings);
    }
    return repo;
  }

  return {
    async repo() {
      if (current) {
        const repo = await current;
        // A failed open is retried now and then (the cause may have been transient), not on every message.
        const retry = lastState === 'unavailable' && Date.now() - openedAt >= retryAfterMs;
        const stale = retry || (repo.db !== null && !repo.db.isOpen());
        if (!stale) return repo;
        current = null;
      }
      current ??= open();
      return current;
    },
  };
}
