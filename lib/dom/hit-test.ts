/**
 * From a pointer position to the highlights under it. Highlight
 * pseudo-elements take no events, so: the caret position under the pointer
 * (caretPositionFromPoint, else caretRangeFromPoint) gives a text node and
 * offset, the scanner gives the entries covering it, and the entry's client
 * rects confirm the pointer is really over the text (a caret is found even in
 * a paragraph's margin). Without either caret API, fall back to the rects of
 * every entry.
 */

export interface Caret {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number, opts?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
  createRange(): Range;
}

export function caretFromPoint(doc: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = shadowRoots.length ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export function toLiveRange(doc: { createRange(): Range }, r: AbstractRange): Range | null {
  try {
    const live = doc.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live;
  } catch {
    return null; // the text changed under a StaticRange; the rescan will replace it
  }
}

/** Is (x, y) within one of the range's line boxes (with a little slack for underlines)? */
export function rangeContainsPoint(doc: { createRange(): Range }, r: AbstractRange, x: number, y: number, slack = 2): boolean {
  const live = toLiveRange(doc, r);
  if (!live) return false;
  const rects = live.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const b = rects[i]!;
    if (x >= b.left - slack && x <= b.right + slack && y >= b.top - slack && y <= b.bottom + slack) return true;
  }
  return false;
}

export function entriesAtPoint<T extends { range: AbstractRange }>(
  doc: CaretDocument,
  finder: { at(node: Node, offset: number): T[] },
  x: number,
  y: number,
  opts: { shadowRoots?: ShadowRoot[]; all?: () => Iterable<T> } = {},
): T[] {
  const caret = caretFromPoint(doc, x, y, opts.shadowRoots);
  if (caret) return finder.at(caret.node, caret.offset).filter((e) => rangeContainsPoint(doc, e.range, x, y));
  if (!opts.all) return [];
  const out: T[] = [];
  for (const e of opts.all()) if (rangeContainsPoint(doc, e.range, x, y)) out.push(e);
  return out;
}
