/**
 * What the exporters need to know besides the notes themselves: the facts and
 * sources a note refers to, so an exported file is readable on its own.
 * Plain data in, no database access: the popup gathers it, tests build it.
 */
import type { CompiledFact, SourceMeta } from '../model';
import type { PortableNote } from './schema';

export interface ExportContext {
  facts: ReadonlyMap<string, CompiledFact>;
  sources: ReadonlyMap<string, SourceMeta>;
  /** When the export was made; a parameter so tests are deterministic. */
  now: Date;
  /** Turns a stated value into words ("250 million"); lib/values' formatValue in the extension. */
  formatValue?: (fact: CompiledFact, report: CompiledFact['reports'][number]) => string | undefined;
}

export function makeExportContext(
  facts: readonly CompiledFact[],
  sources: readonly SourceMeta[],
  now = new Date(),
  formatValue?: ExportContext['formatValue'],
): ExportContext {
  return {
    facts: new Map(facts.map((f) => [f.id, f])),
    sources: new Map(sources.map((s) => [s.id, s])),
    now,
    formatValue,
  };
}

/** A stable IRI for a fact, so Web Annotations on it can be matched up across exports. */
export const factIri = (factId: string): string => `urn:claimlens:fact:${factId}`;
/** And for a note (Web Annotation ids must be IRIs). */
export const noteIri = (noteId: string): string => `urn:claimlens:note:${noteId}`;

/** Notes in a stable, readable order: by fact label or page title, then by creation time. */
export function sortNotes(notes: readonly PortableNote[], ctx: ExportContext): PortableNote[] {
  const key = (n: PortableNote) =>
    n.passage ? `1 ${n.passage.title || n.passage.url}` : `0 ${ctx.facts.get(n.factId ?? '')?.label ?? n.factId ?? ''}`;
  return [...notes].sort((a, b) => key(a).localeCompare(key(b)) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
