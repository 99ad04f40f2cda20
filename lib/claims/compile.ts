/**
 * Turns a validated claims file into the snapshot the engine and the database use, with a
 * content hash as its version. Pure JS (no node:crypto) so the extension computes the same hash.
 */
import type { ClaimSnapshot, ClaimsFile, Source, SourceMeta } from '../model';
import { computeAgreement } from './agreement';
import { validateClaims, type SourceText } from './validate';

export function compileSnapshot(file: ClaimsFile, metas: SourceMeta[], version: string): ClaimSnapshot {
  return {
    version,
    sources: metas,
    entities: file.entities,
    parties: file.parties,
    facts: file.facts.map((fact) => ({ ...fact, agreement: computeAgreement(fact, file.parties, metas) })),
  };
}

/** JSON with object keys sorted, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}

/** The version of a claim database: changes whenever the claims, the metadata or a source text change. */
export function contentHash(file: ClaimsFile, metas: SourceMeta[], sources: SourceText[]): string {
  const texts = [...sources].sort((a, b) => (a.id < b.id ? -1 : 1)).map((s) => [s.id, s.text]);
  return fnv1a64(canonicalJson({ file, metas, texts }));
}

export class ClaimsValidationError extends Error {
  constructor(readonly errors: string[]) {
    super(`seeds/claims.json is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n- ${errors.join('\n- ')}`);
    this.name = 'ClaimsValidationError';
  }
}

/** Validates and compiles; throws ClaimsValidationError naming every problem. */
export function buildClaims(raw: unknown, sources: SourceText[], metasRaw: unknown): { snapshot: ClaimSnapshot; sources: Source[] } {
  const result = validateClaims(raw, sources, metasRaw);
  if (!result.ok) throw new ClaimsValidationError(result.errors);
  const version = contentHash(result.file, result.metas, sources);
  const snapshot = compileSnapshot(result.file, result.metas, version);
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  return { snapshot, sources: result.metas.map((m) => ({ ...m, text: texts.get(m.id) ?? '' })) };
}
