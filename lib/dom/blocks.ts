/**
 * Page text as the engine sees it: runs of inline text between block
 * boundaries, each with a map from string offsets back to text nodes.
 *
 * Names split across inline tags ("Changpeng <b>Zhao</b>") must be one string
 * for the matcher, so a Block joins the text nodes of a block-level element's
 * inline content; nested block-level elements start their own Blocks.
 *
 * No layout is needed (the `scan` CLI runs this on linkedom); the browser may
 * pass `isHidden` to also skip display:none / visibility:hidden elements.
 */
import { createRangeIn } from './page-doc';

/** Elements whose text is never prose (or belongs to the reader, not the page). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Inline elements: their text continues the surrounding run. Everything else breaks it. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'RUBY', 'RB', 'RT', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME',
  'TT', 'U', 'VAR', 'BIG', 'NOBR', 'WBR',
]);

export interface Block {
  /** The element (or shadow root / document) whose inline content this is. */
  container: Node;
  /** The joined text of `nodes`. */
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** starts[i] = offset in `text` where nodes[i] begins. */
  starts: number[];
}

export interface ExtractOptions {
  /** Browser only: true for elements that are not rendered (computed display/visibility). */
  isHidden?: (el: Element) => boolean;
  /** Elements to skip entirely, e.g. the extension's own UI host. */
  isOwnUi?: (el: Element) => boolean;
  /** false: only the runs directly inside `root`, not those of nested block elements. Default true. */
  deep?: boolean;
  /** Walk into open shadow roots (element.shadowRoot). Default true. */
  shadowRoots?: boolean;
  /** Told about every open shadow root the walk enters (to observe and style it). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

const SKIP = 1;
const INLINE = 2;
/**
 * tagName → SKIP | INLINE | 0. A page has a few dozen distinct tag names and
 * the walk asks about every element: one map lookup instead of upper-casing
 * the name and two set lookups each time.
 */
const tagKinds = new Map<string, number>();

function kindOf(el: Element): number {
  const name = el.tagName;
  let kind = tagKinds.get(name);
  if (kind === undefined) {
    const tag = name.toUpperCase();
    kind = SKIP_TAGS.has(tag) ? SKIP : INLINE_TAGS.has(tag) ? INLINE : 0;
    if (tagKinds.size < 1000) tagKinds.set(name, kind);
  }
  return kind;
}

/** Skipped with its whole subtree, before layout is considered. */
export function isSkipped(el: Element, opts: ExtractOptions = {}): boolean {
  if (kindOf(el) === SKIP) return true;
  // Most elements of a page have no attributes at all: one call instead of three.
  if (el.hasAttributes()) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
  }
  if (opts.isOwnUi?.(el)) return true;
  if (opts.isHidden?.(el)) return true;
  return false;
}

export function isInline(el: Element): boolean {
  return kindOf(el) === INLINE;
}

/** Is `node` inside something we never read (an editor, a code block, a hidden subtree)? */
export function isInsideSkipped(node: Node, opts: ExtractOptions = {}): boolean {
  for (let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && isSkipped(n as Element, opts)) return true;
    if (n.nodeType === DOCUMENT_FRAGMENT_NODE) n = (n as ShadowRoot).host ?? null;
    if (!n) break;
  }
  return false;
}

/** The node whose inline content a node belongs to: its nearest non-inline ancestor (or shadow root/document). */
export function containerOf(node: Node): Node | null {
  let n: Node | null = node.parentNode;
  while (n && n.nodeType === ELEMENT_NODE && isInline(n as Element)) n = n.parentNode;
  return n;
}

class RunBuilder {
  nodes: Text[] = [];
  starts: number[] = [];
  parts: string[] = [];
  length = 0;
  constructor(readonly container: Node) {}
  add(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }
  /** A run with only whitespace is no Block. */
  finish(): Block | null {
    if (this.nodes.length === 0) return null;
    const text = this.parts.join('');
    if (!/\S/.test(text)) return null;
    return { container: this.container, text, nodes: this.nodes, starts: this.starts };
  }
}

/**
 * Yields the Blocks under `root` in document order. A generator, so a caller
 * can stop after a time budget and resume in the next slice.
 */
export function* iterateBlocks(root: Node, opts: ExtractOptions = {}): Generator<Block> {
  const deep = opts.deep ?? true;
  const shadows = opts.shadowRoots ?? true;
  if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element, opts)) return;
  if (root.nodeType === TEXT_NODE) {
    const run = new RunBuilder(containerOf(root) ?? root);
    run.add(root as Text);
    const block = run.finish();
    if (block) yield block;
    return;
  }
  // A pre-order walk with an explicit stack of open block containers instead of
  // recursion: 5 MB pages nest deep enough to matter.
  const stack: RunBuilder[] = [new RunBuilder(root)];
  const shadowRoots: ShadowRoot[] = [];
  const rootShadow = shadows && root.nodeType === ELEMENT_NODE ? (root as Element).shadowRoot : null;
  if (rootShadow) shadowRoots.push(rootShadow);
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    const top = stack[stack.length - 1]!;
    if (node.nodeType === TEXT_NODE) {
      top.add(node as Text);
    } else if (node.nodeType === ELEMENT_NODE && !isSkipped(node as Element, opts)) {
      const el = node as Element;
      const sr = shadows ? el.shadowRoot : null;
      if (sr && deep) shadowRoots.push(sr);
      if (isInline(el) && !sr) {
        descend = true; // same run
      } else {
        // A block boundary: the text before it and after it are separate runs.
        const block = top.finish();
        if (block) yield block;
        stack[stack.length - 1] = new RunBuilder(top.container);
        if (deep && el.firstChild) {
          stack.push(new RunBuilder(el));
          descend = true;
        }
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Climb until there is a next sibling, closing block containers on the way.
    while (node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node === null) break;
      const open = stack[stack.length - 1]!;
      if (node === open.container && stack.length > 1) {
        stack.pop();
        const block = open.finish();
        if (block) yield block;
        // The parent's run before this block was flushed when the block began; start a fresh one.
        stack[stack.length - 1] = new RunBuilder(stack[stack.length - 1]!.container);
      }
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  const last = stack[0]!.finish();
  if (last) yield last;
  for (const sr of shadowRoots) {
    opts.onShadowRoot?.(sr);
    yield* iterateBlocks(sr, opts);
  }
}

/** Every Block under `root`, in document order. */
export function extractBlocks(root: Node, opts: ExtractOptions = {}): Block[] {
  const out: Block[] = [];
  for (const block of iterateBlocks(root, opts)) out.push(block);
  return out;
}

/** The text node and offset inside it for a string offset of `block.text`. `end` prefers the earlier node at a boundary. */
export function positionAt(block: Block, offset: number, end = false): { node: Text; offset: number } {
  const { starts, nodes } = block;
  // Binary search: last i with starts[i] <= offset (or < offset for ends, so a range ends inside its last node).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (end ? s < offset : s <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return { node, offset: Math.min(Math.max(offset - starts[lo]!, 0), node.data.length) };
}

/** A StaticRange (or a live Range where StaticRange is missing) over exactly block.text[start, end). */
export function rangeFor(block: Block, start: number, end: number, win: { StaticRange?: typeof StaticRange; document: Document }): AbstractRange {
  const a = positionAt(block, start);
  const b = positionAt(block, end, true);
  if (win.StaticRange) {
    return new win.StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
  }
  const range = createRangeIn(win.document);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Is this the document or a shadow root (a place blocks can live directly)? */
export function isTreeRoot(node: Node): boolean {
  return node.nodeType === DOCUMENT_NODE || node.nodeType === DOCUMENT_FRAGMENT_NODE;
}
