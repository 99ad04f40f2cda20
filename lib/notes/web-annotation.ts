/**
 * Notes as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/),
 * so other annotation tools (Hypothesis, Recogito, …) can read them.
 *
 * - A passage note targets its page (a SpecificResource whose source is the
 *   page URL) with a TextQuoteSelector (exact, prefix, suffix): the selector
 *   every annotation tool re-anchors with.
 * - A fact note targets the fact itself, named by a stable IRI
 *   (urn:claimlens:fact:<id>); the fact's question goes into a second,
 *   "describing" TextualBody so the file reads well without ClaimLens.
 * A passage note that is also about a fact has both targets.
 * The export is one AnnotationCollection with a single AnnotationPage.
 */
import { factIri, noteIri, sortNotes, type ExportContext } from './context';
import type { PortableNote } from './schema';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'describing';
}

export type AnnotationTarget =
  | { type: 'SpecificResource'; source: string; selector: TextQuoteSelector }
  | { id: string; type: 'Text' };

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  generator: { id: string; type: 'Software'; name: string };
  body: TextualBody[];
  target: AnnotationTarget | AnnotationTarget[];
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

const GENERATOR = { id: 'urn:claimlens:extension', type: 'Software', name: 'ClaimLens' } as const;

export function noteToAnnotation(note: PortableNote, ctx: ExportContext): Annotation {
  const body: TextualBody[] = [{ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' }];
  const targets: AnnotationTarget[] = [];
  if (note.passage) {
    const { url, exact, prefix, suffix } = note.passage;
    const selector: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
    if (prefix) selector.prefix = prefix;
    if (suffix) selector.suffix = suffix;
    targets.push({ type: 'SpecificResource', source: url, selector });
  }
  if (note.factId) {
    targets.push({ id: factIri(note.factId), type: 'Text' });
    const label = ctx.facts.get(note.factId)?.label;
    if (label) body.push({ type: 'TextualBody', value: label, format: 'text/plain', purpose: 'describing' });
  }
  return {
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: note.createdAt,
    modified: note.updatedAt,
    generator: GENERATOR,
    body,
    target: targets.length === 1 ? targets[0]! : targets,
  };
}

export function notesToWebAnnotations(notes: readonly PortableNote[], ctx: ExportContext, label = 'ClaimLens notes'): AnnotationCollection {
  const items = sortNotes(notes, ctx).map((note) => noteToAnnotation(note, ctx));
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
