/**
 * The claim database read from disk, for Node: the CLI, the tests and the build hook.
 * Never imported by extension code (it uses node:fs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimSnapshot, Source } from '../model';
import { buildClaims } from './compile';
import type { SourceText } from './validate';

export interface SeedFiles {
  raw: unknown;
  metas: unknown;
  sources: SourceText[];
}

/** Reads seeds/claims.json, seeds/sources/sources.json and seeds/sources/*.txt under `root`. */
export function readSeeds(root: string): SeedFiles {
  const dir = join(root, 'seeds', 'sources');
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: name.slice(0, -'.txt'.length), text: readFileSync(join(dir, name), 'utf8') }));
  const raw: unknown = JSON.parse(readFileSync(join(root, 'seeds', 'claims.json'), 'utf8'));
  const metas: unknown = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
  return { raw, metas, sources };
}

/** Validated and compiled claims from `root`; throws ClaimsValidationError naming every problem. */
export function loadClaimsFromDir(root: string): { snapshot: ClaimSnapshot; sources: Source[] } {
  const { raw, metas, sources } = readSeeds(root);
  return buildClaims(raw, sources, metas);
}
