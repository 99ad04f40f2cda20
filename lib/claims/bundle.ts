/**
 * The claim database as bundled into the EXTENSION: Vite inlines seeds/claims.json, the source
 * metadata and the source texts at build time. The build hook (wxt.config.ts) has already
 * validated the same files, so the check here only fails if the bundle itself is broken.
 */
import claimsJson from '../../seeds/claims.json';
import sourcesJson from '../../seeds/sources/sources.json';
import type { ClaimSnapshot, Source } from '../model';
import { buildClaims } from './compile';

const texts = import.meta.glob('../../seeds/sources/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cached: { snapshot: ClaimSnapshot; sources: Source[] } | null = null;

/** The validated, compiled claims and the sources' full texts. Throws a clear error if invalid. */
export function loadBundle(): { snapshot: ClaimSnapshot; sources: Source[] } {
  if (cached) return cached;
  const sources = Object.entries(texts).map(([path, text]) => ({ id: path.replace(/^.*\//, '').replace(/\.txt$/, ''), text }));
  cached = buildClaims(claimsJson, sources, sourcesJson);
  return cached;
}
