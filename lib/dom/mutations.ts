/**
 * Turns MutationRecords into the smallest set of things to rescan: block
 * containers whose inline text changed (shallow) and newly added block
 * subtrees (deep). The observer callback only does this routing — cheap and
 * deduplicated — and leaves scanning to the sliced queue, so a page that
 * mutates thousands of times a second costs a Set insertion per record.
 */
import { containerOf, isInline } from './blocks';

export interface MutationSink {
  /** The inline text directly inside `container` changed. */
  container(container: Node): void;
  /** `root` was added; scan its nested blocks (runs directly in an inline root are covered by its container). */
  subtree(root: Element): void;
  /** Something was removed: drop highlights whose nodes left the document. */
  removed(): void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function routeMutations(records: ArrayLike<MutationRecord>, sink: MutationSink, isOwnUi: (node: Node) => boolean): void {
  for (let i = 0; i < records.length; i++) {
    const rec = records[i]!;
    const target = rec.target;
    if (isOwnUi(target)) continue;
    if (rec.type === 'characterData') {
      if (target.nodeType === TEXT_NODE) {
        const c = containerOf(target);
        if (c) sink.container(c);
      }
      continue;
    }
    if (rec.type !== 'childList') continue;
    let ownOnly = rec.removedNodes.length === 0 && rec.addedNodes.length > 0;
    for (let j = 0; j < rec.addedNodes.length; j++) {
      const added = rec.addedNodes[j]!;
      if (isOwnUi(added)) continue;
      ownOnly = false;
      if (added.nodeType === ELEMENT_NODE) sink.subtree(added as Element);
    }
    if (ownOnly) continue;
    if (rec.removedNodes.length > 0) sink.removed();
    // The target's own inline text changed (a text node or inline element came or went).
    const c = target.nodeType === ELEMENT_NODE && isInline(target as Element) ? containerOf(target) : target;
    if (c) sink.container(c);
  }
}
