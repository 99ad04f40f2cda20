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
  // One callback of a storm carries hundreds of records for the same few nodes:
  // dedupe here so the sink sees each container once per callback.
  const containers = new Set<Node>();
  let removed = false;
  let lastTarget: Node | null = null;
  for (let i = 0; i < records.length; i++) {
    const rec = records[i]!;
    const target = rec.target;
    if (rec.type === 'characterData') {
      if (target === lastTarget || target.nodeType !== TEXT_NODE || isOwnUi(target)) continue;
      lastTarget = target;
      const c = containerOf(target);
      if (c) containers.add(c);
      continue;
    }
    if (rec.type !== 'childList' || isOwnUi(target)) continue;
    let ownOnly = rec.removedNodes.length === 0 && rec.addedNodes.length > 0;
    for (let j = 0; j < rec.addedNodes.length; j++) {
      const added = rec.addedNodes[j]!;
      if (isOwnUi(added)) continue;
      ownOnly = false;
      if (added.nodeType === ELEMENT_NODE) sink.subtree(added as Element);
    }
    if (ownOnly) continue;
    if (rec.removedNodes.length > 0) removed = true;
    if (target === lastTarget) continue;
    lastTarget = target;
    // The target's own inline text changed (a text node or inline element came or went).
    const c = target.nodeType === ELEMENT_NODE && isInline(target as Element) ? containerOf(target) : target;
    if (c) containers.add(c);
  }
  if (removed) sink.removed();
  for (const c of containers) sink.container(c);
}
