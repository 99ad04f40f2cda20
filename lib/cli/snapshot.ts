/**
 * The claim snapshot for the CLI and the engine tests: the same validated,
 * compiled claims the extension bundles, read from seeds/ on disk.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClaimsFromDir } from '../claims/load-node';
import type { ClaimSnapshot } from '../model';

/** The repository root, found from this file so the command works from any directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let cached: ClaimSnapshot | undefined;

export function loadSnapshot(root = REPO_ROOT): ClaimSnapshot {
  cached ??= loadClaimsFromDir(root).snapshot;
  return cached;
}
