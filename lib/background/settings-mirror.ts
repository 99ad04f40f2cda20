/**
 * A copy of the reader's switches (global pause, sites switched off) in
 * storage.local, written whenever they change and whenever the database opens.
 * When IndexedDB cannot be opened, the background answers site:status from this
 * copy: a site the reader switched off stays off (before, the defaults applied
 * and every such site was scanned again).
 */
import type { Browser } from 'webextension-polyfill';
import { DEFAULT_SETTINGS, Settings, type Repo } from '../db';

export const SETTINGS_MIRROR_KEY = 'claimlens:settings';

type LocalApi = Pick<Browser, 'storage'>;

export async function mirrorSettings(api: LocalApi, settings: Settings): Promise<void> {
  try {
    await api.storage.local.set({ [SETTINGS_MIRROR_KEY]: settings });
  } catch {
    // The copy is a fallback; the database stays the source of truth.
  }
}

export async function readMirroredSettings(api: LocalApi): Promise<Settings | null> {
  try {
    const parsed = Settings.safeParse((await api.storage.local.get(SETTINGS_MIRROR_KEY))[SETTINGS_MIRROR_KEY]);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The switches in force: the database's, or, while it is unavailable, the last copy. */
export async function currentSettings(repo: Repo, api: LocalApi): Promise<Settings> {
  if (repo.db) return repo.getSettings();
  return (await readMirroredSettings(api)) ?? structuredClone(DEFAULT_SETTINGS);
}
