/**
 * Which highlights cover a caret position? Highlight pseudo-elements take no
 * pointer events, and CSS.highlights.highlightsFromPoint gets slow with
 * thousands of ranges, so we keep our own index: per text node, the pieces of
 * highlights that fall in it, sorted by start offset.
 */
import type { Block } from './blocks';

interface Piece<T> {
  start: number;
  end: number;
  value: T;
}

export class HitIndex<T> {
  /** Per text node, its pieces sorted by start, in an exact-size array (a dense page has tens of thousands). */
  private byNode = new Map<Text, Piece<T>[]>();
  /** The text nodes a value has pieces in: the node itself when one (most), else an exact-size array. */
  private nodesOf = new Map<T, Text | Text[]>();

  /** Index `value` as covering block.text[start, end), split over the block's text nodes. */
  add(block: Block, start: number, end: number, value: T): void {
    const touched: Text[] = [];
    const { nodes, starts } = block;
    for (let i = firstNodeAt(starts, start); i < nodes.length; i++) {
      const node = nodes[i]!;
      const nodeStart = starts[i]!;
      if (nodeStart >= end) break;
      const a = Math.max(start, nodeStart) - nodeStart;
      const b = Math.min(end, nodeStart + node.data.length) - nodeStart;
      if (b <= a) continue;
      const piece: Piece<T> = { start: a, end: b, value };
      const list = this.byNode.get(node);
      this.byNode.set(node, list ? inserted(list, insertionPoint(list, a), piece) : [piece]);
      touched.push(node);
    }
    this.nodesOf.set(value, touched.length === 1 ? touched[0]! : touched.slice());
  }

  remove(value: T): void {
    const touched = this.nodesOf.get(value);
    if (touched === undefined) return;
    this.nodesOf.delete(value);
    for (const node of Array.isArray(touched) ? touched : [touched]) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const kept = list.filter((p) => p.value !== value);
      if (kept.length) this.byNode.set(node, kept.slice());
      else this.byNode.delete(node);
    }
  }

  /** Values whose piece in `node` contains the caret `offset` (boundaries included: a caret sits between characters). */
  at(node: Node, offset: number): T[] {
    const list = this.byNode.get(node as Text);
    if (!list) return [];
    const out: T[] = [];
    // Pieces are sorted by start; every piece starting after the offset is out.
    const last = insertionPoint(list, offset + 1) - 1;
    for (let i = last; i >= 0; i--) {
      const p = list[i]!;
      if (p.end >= offset) out.push(p.value);
    }
    return out;
  }

  get size(): number {
    return this.nodesOf.size;
  }

  clear(): void {
    this.byNode.clear();
    this.nodesOf.clear();
  }
}

/** A copy of `list` with `item` at `at`, exactly as long as it needs to be. */
function inserted<V>(list: readonly V[], at: number, item: V): V[] {
  const out = new Array<V>(list.length + 1);
  for (let i = 0; i < at; i++) out[i] = list[i]!;
  out[at] = item;
  for (let i = at; i < list.length; i++) out[i + 1] = list[i]!;
  return out;
}

/** Index of the first piece with start >= offset. */
function insertionPoint<T>(list: Piece<T>[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the text node containing `offset` (last node starting at or before it). */
function firstNodeAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
