/**
 * Keeps a document's highlights in step with its text: a queue of containers
 * to (re)scan, worked through in time slices; per container, the entries it
 * produced (ranges registered in the highlight layer and the hit index), so a
 * change replaces exactly that container's highlights.
 */
import type { PageClaim, PageMention, PageScanResult, ScanContext, ScanResult } from '../engine/types';
import type { EntityId } from '../model';
import { DEFAULT_MARKS, isMarked, type Marks } from '../marks';
import { type Block, containerOf, type ExtractOptions, isInline, isInsideSkipped, isSkipped, iterateBlocks, positionAt, rangeFor } from './blocks';
import type { HighlightKind, HighlightLayer } from './highlight-layer';
import { createSliceRunner, type SchedulerWindow } from './scheduler';
import { createTreeWalkerIn, docElement } from './page-doc';

export type ScanFn = (text: string, ctx: ScanContext) => ScanResult;
/**
 * The engine elsewhere (the background, issue 11): scans `texts` in order with `ctx` and updates
 * ctx.named / ctx.carry from the answer; null when it could not be reached (after retries).
 */
export type RemoteScanFn = (texts: string[], ctx: ScanContext) => Promise<PageScanResult[] | null>;

export interface PageEntry {
  /** Stable within one page load. */
  id: number;
  kind: 'mention' | 'claim';
  highlight: HighlightKind;
  block: Block;
  /** Offsets into block.text: the name, or the claim's whole sentence (what hover, the card and the popup use). */
  start: number;
  end: number;
  /** The range of start..end: hit-testing and the card's anchor. */
  range: AbstractRange;
  /**
   * The range painted in CSS.highlights: for a mention the name (the same range), for a claim
   * the value it states ("$50 million"), or its sentence when it states none (docs/design.md, section 5).
   */
  mark: AbstractRange;
  /** Is `mark` in the highlight layer now? (Verdicts marked 'none' are found but not painted.) */
  painted: boolean;
  mention?: PageMention;
  claim?: PageClaim;
}

export interface ScannerWindow extends SchedulerWindow {
  document: Document;
  StaticRange?: typeof StaticRange;
}

export interface PageScannerOptions {
  win: ScannerWindow;
  /** The engine in this context (tests, the CLI, the benchmark's in-page probe). */
  scan?: ScanFn;
  /**
   * The engine in the background: blocks that pass the pre-filter are batched (per slice, or
   * when a batch is full) and sent one batch at a time, in document order, so the page's
   * ScanContext evolves exactly as with `scan`. Results for text that changed meanwhile are dropped.
   */
  scanRemote?: RemoteScanFn;
  /** With scanRemote: the entities whose names may occur in a block (prefilter namedIn), for the pre-filter's own `named`. */
  namedIn?: (text: string) => readonly EntityId[];
  /**
   * A cheap test before the engine (prefilter.ts): false when the block cannot hold a finding
   * given the entities named so far. Must never reject a block the engine would find something in.
   */
  mayMatch?: (text: string, named: ReadonlySet<EntityId>) => boolean;
  layer: HighlightLayer | null;
  /** How each verdict is marked (lib/marks.ts); verdicts marked 'none' are not painted. Default DEFAULT_MARKS. */
  marks?: Marks;
  extract?: ExtractOptions;
  /** Entries were added or removed (callers debounce). */
  onChange?: () => void;
  /** A pass finished: the queue is empty. */
  onIdle?: () => void;
  /**
   * Browser only: is this text rendered (not display:none / visibility:hidden via CSS)?
   * Asked only for text that produced a hit, so pages pay for layout queries per
   * finding, not per element.
   */
  isRendered?: (node: Text) => boolean;
  /** The walk entered an open shadow root: style it, observe it (once per root). */
  onShadowRoot?: (root: ShadowRoot) => void;
  signal?: AbortSignal;
  budgetMs?: number;
  waitForIdle?: boolean;
  /** When the page was published, where it says (figures that change over time are dated by it). */
  pageDate?: string;
  /** Longer blocks are scanned in pieces cut at sentence ends, so one scan stays short. */
  maxChunk?: number;
  /**
   * Work from mutations waits this long before a run starts, so a storm of
   * changes becomes a few batches a second instead of one run per callback.
   */
  batchDelayMs?: number;
}

interface WorkItem {
  id: number;
  node: Node;
  deep: boolean;
  /** Skip runs directly in `node` (an added inline element: its container covers them). */
  skipRoot: boolean;
}

export interface ScannerStats {
  blocks: number;
  chars: number;
  /** Blocks the pre-filter let through to the engine. */
  scanned: number;
  slices: number;
  longestSliceMs: number;
  scanErrors: number;
  /** Subtrees whose whole text failed the pre-filter: no blocks built there (only their open shadow roots looked for). */
  skippedSubtrees: number;
}

export class PageScanner {
  readonly entries = new Map<number, PageEntry>();
  readonly stats: ScannerStats = { blocks: 0, chars: 0, scanned: 0, slices: 0, longestSliceMs: 0, scanErrors: 0, skippedSubtrees: 0 };
  #records = new Map<Node, PageEntry[]>();
  #ctx: ScanContext;
  #queue: WorkItem[] = [];
  #head = 0;
  #current: { item: WorkItem; iter: Generator<Block | null> } | null = null;
  /** Container → the work item that (re)scanned it in this pass, so two items never both add its runs. */
  #owner = new Map<Node, number>();
  /** Containers queued for a shallow rescan that has not started yet. */
  #pending = new Set<Node>();
  #nextItem = 1;
  #nextEntry = 0;
  #needSweep = false;
  /** Bumped on every entry change; ordered() caches per version. */
  #version = 0;
  #orderVersion = -1;
  #orderCache: PageEntry[] | null = null;
  #batchTimer: unknown = undefined;
  #shadowSeen = new WeakSet<ShadowRoot>();
  #runner;
  #marks: Marks;
  /**
   * Remote mode: bumped per container whenever its entries are replaced, so late results are
   * dropped. Weak: a container removed from the page is not kept alive by its count.
   */
  #gens = new WeakMap<Node, number>();
  #cleared = 0;
  #batch: RemoteItem[] = [];
  #batchChars = 0;
  #outbox: RemoteItem[][] = [];
  #inFlight = false;
  /** Remote mode: entities the pre-filter has seen named (a superset of the engine's ctx.named). */
  #seen = new Set<EntityId>();
  /** Interned strings and source lists of entries (see #intern). */
  #strings = new Map<string, string>();
  #sourceLists = new Map<string, PageClaim['sources']>();

  readonly #opts: PageScannerOptions;

  constructor(opts: PageScannerOptions) {
    this.#opts = opts;
    this.#marks = { ...(opts.marks ?? DEFAULT_MARKS) };
    this.#ctx = this.#freshContext();
    this.#runner = createSliceRunner(opts.win, () => this.#step(), {
      budgetMs: opts.budgetMs ?? 8,
      waitForIdle: opts.waitForIdle ?? true,
      signal: opts.signal,
      onDrained: () => {
        this.#flush();
        this.#maybeIdle();
      },
      onSlice: (ms) => {
        this.#flush(); // what this slice found goes out now: visible text first, one message per slice
        this.stats.slices++;
        if (ms > this.stats.longestSliceMs) this.stats.longestSliceMs = ms;
      },
    });
  }

  /** Rescan the inline text directly inside `container` (batched: see batchDelayMs). */
  enqueueContainer(container: Node): void {
    // A storm rewrites the same few containers thousands of times: queue each once until it is scanned.
    if (this.#pending.has(container)) return;
    this.#pending.add(container);
    this.#owner.delete(container);
    this.#push(container, false, false);
  }

  /** Scan everything under `root` (batched, except the first whole-document pass via start()). */
  enqueueSubtree(root: Node, skipRoot = false): void {
    this.#push(root, true, skipRoot);
  }

  /** Drop highlights of nodes that left the document (checked on the next batch). */
  markRemoved(): void {
    this.#needSweep = true;
    this.#kickSoon();
  }

  /** What the engine keeps across the blocks of this document; dated by the page (lib/dom/page-date.ts). */
  #freshContext(): ScanContext {
    return this.#opts.pageDate ? { named: new Set(), pageDate: this.#opts.pageDate } : { named: new Set() };
  }

  /** Start working on what is queued now (the initial pass), without the batching delay. */
  start(): void {
    this.#runner.kick();
  }

  get busy(): boolean {
    return this.#runner.running || this.#inFlight || this.#outbox.length > 0 || this.#batch.length > 0;
  }

  /**
   * Every entry in document order (mentions and claims interleaved by start).
   * Sorting with compareDocumentPosition walks sibling lists (seconds on a
   * 5 MB page), so one TreeWalker pass numbers the text nodes instead; the
   * result is cached until entries change.
   */
  ordered(): PageEntry[] {
    if (this.#orderCache && this.#orderVersion === this.#version) return this.#orderCache;
    const doc = this.#opts.win.document;
    const wanted = new Set<Node>();
    for (const e of this.entries.values()) wanted.add(hostChainTop(e.range.startContainer));
    const position = new Map<Node, number>();
    const walker = createTreeWalkerIn(doc, doc, 0x1 | 0x4); // elements and text
    let i = 0;
    for (let n: Node | null = walker.currentNode; n && position.size < wanted.size; n = walker.nextNode()) {
      i++;
      if (wanted.has(n)) position.set(n, i);
    }
    const key = (e: PageEntry) => position.get(hostChainTop(e.range.startContainer)) ?? Number.MAX_SAFE_INTEGER;
    const list = [...this.entries.values()];
    list.sort((a, b) => key(a) - key(b) || compareEntries(a, b));
    this.#orderCache = list;
    this.#orderVersion = this.#version;
    return list;
  }

  /**
   * Apply new marks without rescanning: claims of a verdict that became marked are painted,
   * those of one now marked 'none' are taken out of the layer (they stay found and hoverable).
   */
  setMarks(marks: Marks): void {
    const before = this.#marks;
    this.#marks = { ...marks };
    const changed = (Object.keys(marks) as (keyof Marks)[]).filter((v) => isMarked(before, v) !== isMarked(marks, v));
    if (changed.length === 0) return;
    for (const e of this.entries.values()) {
      if (e.kind !== 'claim' || !changed.includes(e.highlight as keyof Marks)) continue;
      this.#paint(e, this.#shouldPaint(e.highlight));
    }
  }

  #shouldPaint(highlight: HighlightKind): boolean {
    return highlight === 'mention' || isMarked(this.#marks, highlight);
  }

  #paint(e: PageEntry, on: boolean): void {
    if (e.painted === on) return;
    e.painted = on;
    if (on) this.#opts.layer?.add(e.highlight, e.mark, e.block.container);
    else this.#opts.layer?.remove(e.highlight, e.mark, e.block.container);
  }

  /**
   * The entries whose text covers a caret (a text node and an offset in it), latest start first:
   * found through the records of the node's containers, with no index kept per text node (one
   * cost 7.5 MB of heap on a dense 100,000-node page, issue 11). Once per hovered frame.
   */
  at(node: Node, offset: number): PageEntry[] {
    const out: PageEntry[] = [];
    if (node.nodeType !== 3 || this.#records.size === 0) return out;
    for (let el = node.parentNode; el; el = el.parentNode) {
      const list = this.#records.get(el);
      if (!list) continue;
      let block: Block | null = null;
      let at = -1;
      for (const e of list) {
        if (e.block !== block) {
          block = e.block;
          const i = block.nodes.indexOf(node as Text);
          at = i < 0 ? -1 : block.starts[i]! + offset;
        }
        if (at >= 0 && e.start <= at && at <= e.end) out.push(e);
      }
    }
    return out.sort((a, b) => b.start - a.start);
  }

  /** Entries of the same block, e.g. the claim around a hovered mention. */
  siblings(entry: PageEntry): PageEntry[] {
    return (this.#records.get(entry.block.container) ?? []).filter((e) => e.block === entry.block);
  }

  /** Remove every highlight and forget all state (page switched off, or cleanup). */
  clear(): void {
    for (const container of [...this.#records.keys()]) this.#removeRecords(container);
    this.#queue = [];
    this.#head = 0;
    this.#current = null;
    this.#owner.clear();
    this.#pending.clear();
    if (this.#batchTimer !== undefined) this.#opts.win.clearTimeout(this.#batchTimer);
    this.#batchTimer = undefined;
    this.#ctx = this.#freshContext();
    this.#cleared++;
    this.#gens = new WeakMap();
    this.#batch = [];
    this.#batchChars = 0;
    this.#outbox = [];
    this.#seen.clear();
  }

  #push(node: Node, deep: boolean, skipRoot: boolean): void {
    this.#queue.push({ id: this.#nextItem++, node, deep, skipRoot });
    this.#kickSoon();
  }

  #kickSoon(): void {
    const delay = this.#opts.batchDelayMs ?? 0;
    if (this.#runner.running) return this.#runner.kick();
    if (delay <= 0) return this.#runner.kick();
    if (this.#batchTimer !== undefined) return;
    this.#batchTimer = this.#opts.win.setTimeout(() => {
      this.#batchTimer = undefined;
      if (!this.#opts.signal?.aborted) this.#runner.kick();
    }, delay);
  }

  /** One unit of work: one block, one queue item start, or one sweep. */
  #step(): boolean {
    if (this.#needSweep) {
      this.#needSweep = false;
      this.#sweep();
      return true;
    }
    if (this.#current) {
      const next = this.#current.iter.next();
      if (!next.done) {
        if (next.value) this.#handle(this.#current.item, next.value);
        return true;
      }
      this.#current = null;
      return true;
    }
    if (this.#head >= this.#queue.length) {
      this.#queue = [];
      this.#head = 0;
      this.#owner.clear();
      return false;
    }
    const item = this.#queue[this.#head++]!;
    if (!item.deep) this.#pending.delete(item.node);
    const extract = this.#opts.extract ?? {};
    if (!item.node.isConnected || isInsideSkipped(item.node, extract)) {
      this.#removeRecords(item.node);
      return true;
    }
    if (!item.deep) {
      // A shallow rescan replaces the container's runs even when none are left.
      this.#removeRecords(item.node);
      this.#owner.set(item.node, item.id);
    }
    const onShadowRoot = (sr: ShadowRoot) => {
      if (this.#shadowSeen.has(sr)) return;
      this.#shadowSeen.add(sr);
      this.#opts.onShadowRoot?.(sr);
    };
    if (item.deep && this.#opts.mayMatch && isWalkRoot(item.node)) {
      // Blocks only where the walk found text that may match (issue 11): a page that never names an
      // entity costs one pass over its text, and a sparse page builds only the blocks around names.
      this.#current = { item, iter: this.#candidateBlocks(item, extract, onShadowRoot) };
      return true;
    }
    this.#current = { item, iter: iterateBlocks(item.node, { ...extract, deep: item.deep, onShadowRoot }) };
    return true;
  }

  /**
   * The walk's first test (issue 11), the deep pass with a pre-filter: one TreeWalker pass over the
   * subtree's text nodes, whose text is joined into chunks cut only where a non-inline element
   * starts (so no name the engine could see straddles two chunks); a chunk is tested against the
   * pre-filter and, where it may match, the blocks of its text nodes' containers are built and
   * scanned (each again tested on its own). Skipped subtrees (code, editors, hidden) are not
   * entered; open shadow roots are queued as subtrees of their own. Containers under the root that
   * held entries and were not rescanned in this pass are cleared (their text no longer matches).
   */
  *#candidateBlocks(item: WorkItem, extract: ExtractOptions, found: (sr: ShadowRoot) => void): Generator<Block | null> {
    const root = item.node;
    const test = this.#opts.mayMatch!;
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    const walker = createTreeWalkerIn(doc, root, 0x1 | 0x4); // elements and text
    // An added inline element (skipRoot): the runs around it belong to its container's own rescan.
    const outsideOnly = item.skipRoot && root.nodeType === 1 && isInline(root as Element);
    const shallow: ExtractOptions = { ...extract, deep: false, shadowRoots: false };
    const done = new Set<Node>();
    /** Containers under the root that held entries before this walk (a Map lookup per element, not a pass over every record). */
    const held: Node[] = this.#records.has(root) ? [root] : [];
    let chunk = '';
    let nodes: Text[] = [];
    let visited = 0;
    const queueShadow = (sr: ShadowRoot) => {
      found(sr);
      this.#push(sr, true, false);
    };
    if (root.nodeType === 1 && (root as Element).shadowRoot) queueShadow((root as Element).shadowRoot!);
    const containersOf = (list: Text[]): Node[] => {
      const out: Node[] = [];
      for (const t of list) {
        const c = containerOf(t);
        if (!c || done.has(c)) continue;
        done.add(c);
        if (outsideOnly && (c === root || !root.contains(c))) continue;
        out.push(c);
      }
      return out;
    };
    const seen = this.#opts.scanRemote ? this.#seen : this.#ctx.named;
    /** The chunk so far, if it may match: the containers whose blocks to build now. */
    const flush = (): Node[] => {
      const text = chunk;
      const list = nodes;
      chunk = '';
      nodes = [];
      if (list.length === 0 || !test(text, seen)) return [];
      // The pre-filter's `named` grows with what the walk passed, in document order (a superset).
      if (this.#opts.scanRemote) for (const id of this.#opts.namedIn?.(text) ?? []) this.#seen.add(id);
      return containersOf(list);
    };
    let node = walker.nextNode();
    while (node) {
      if (++visited % 512 === 0) yield null;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length) {
          chunk += data;
          nodes.push(node as Text);
        }
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      if (isSkipped(el, extract)) {
        node = skipSubtree(walker);
        continue;
      }
      if (this.#records.size && this.#records.has(el)) held.push(el);
      const sr = el.shadowRoot;
      if (sr) queueShadow(sr);
      if (chunk.length >= CHUNK_CHARS && !isInline(el)) {
        for (const c of flush()) for (const b of iterateBlocks(c, shallow)) yield b;
      }
      node = walker.nextNode();
    }
    for (const c of flush()) for (const b of iterateBlocks(c, shallow)) yield b;
    this.stats.skippedSubtrees += done.size === 0 ? 1 : 0;
    // What the subtree held before and no item of this pass rescanned: its text changed and no longer matches.
    for (const c of held) if (!this.#owner.has(c)) this.#removeRecords(c);
  }

  #handle(item: WorkItem, block: Block): void {
    const c = block.container;
    if (item.skipRoot && c === item.node && isInline(item.node as Element)) return;
    const owner = this.#owner.get(c);
    if (owner === undefined) {
      this.#removeRecords(c);
      this.#owner.set(c, item.id);
    } else if (owner !== item.id) {
      return; // already rescanned in this pass by another item
    }
    this.#scanBlock(block);
  }

  #scanBlock(block: Block): void {
    this.stats.blocks++;
    this.stats.chars += block.text.length;
    const remote = this.#opts.scanRemote;
    if (this.#opts.mayMatch && !this.#opts.mayMatch(block.text, remote ? this.#seen : this.#ctx.named)) return;
    this.stats.scanned++;
    if (remote) {
      for (const id of this.#opts.namedIn?.(block.text) ?? []) this.#seen.add(id);
      this.#enqueueRemote(block);
      return;
    }
    let result: PageScanResult;
    try {
      result = this.#scanText(block.text);
    } catch {
      // One odd block must not stop the page; the count shows up in stats and the benchmark.
      this.stats.scanErrors++;
      return;
    }
    this.#addResult(block, result);
  }

  #enqueueRemote(block: Block): void {
    const pieces = chunks(block.text, this.#opts.maxChunk ?? 20_000);
    const item: RemoteItem = { block, gen: this.#gens.get(block.container) ?? 0, cleared: this.#cleared, pieces };
    this.#batch.push(item);
    this.#batchChars += block.text.length;
    if (this.#batch.length >= REMOTE_BATCH_BLOCKS || this.#batchChars >= REMOTE_BATCH_CHARS) this.#flush();
  }

  /** Send what is batched (one request at a time, in order). */
  #flush(): void {
    if (this.#batch.length) {
      this.#outbox.push(this.#batch);
      this.#batch = [];
      this.#batchChars = 0;
    }
    this.#pump();
  }

  #pump(): void {
    const remote = this.#opts.scanRemote;
    if (!remote || this.#inFlight || this.#opts.signal?.aborted) return;
    const items = this.#outbox.shift();
    if (!items) return;
    this.#inFlight = true;
    const texts = items.flatMap((it) => it.pieces.map((p) => p.text));
    const cleared = this.#cleared;
    remote(texts, this.#ctx)
      .then((results) => {
        if (cleared !== this.#cleared || this.#opts.signal?.aborted) return;
        if (!results) {
          this.stats.scanErrors += items.length;
          return;
        }
        let k = 0;
        for (const it of items) {
          const merged: PageScanResult = { mentions: [], claims: [] };
          for (const p of it.pieces) shiftInto(merged, results[k++]!, p.from);
          if (this.#isCurrent(it)) this.#addResult(it.block, merged);
        }
      })
      .catch(() => {
        this.stats.scanErrors += items.length;
      })
      .finally(() => {
        this.#inFlight = false;
        if (this.#opts.signal?.aborted) return;
        this.#pump();
        this.#maybeIdle();
      });
  }

  /** Is this block's text still what was sent, and its container not rescanned since? */
  #isCurrent(it: RemoteItem): boolean {
    if (it.cleared !== this.#cleared || (this.#gens.get(it.block.container) ?? 0) !== it.gen) return false;
    const { nodes, starts, text } = it.block;
    return nodes.every((n, i) => n.isConnected && n.data.length === (starts[i + 1] ?? text.length) - starts[i]!);
  }

  #maybeIdle(): void {
    if (this.#runner.running || this.#inFlight || this.#outbox.length || this.#batch.length) return;
    this.#opts.onIdle?.();
  }

  #addResult(scanned: Block, result: PageScanResult): void {
    if (result.mentions.length === 0 && result.claims.length === 0) return;
    const block = keptBlock(scanned);
    const rendered = this.#opts.isRendered;
    // A claim and the names in it usually start in the same element: ask about each element once.
    const seen = new Map<Node | null, boolean>();
    const shown = (start: number) => {
      if (!rendered) return true;
      const node = positionAt(block, start).node;
      let ok = seen.get(node.parentNode);
      if (ok === undefined) seen.set(node.parentNode, (ok = rendered(node)));
      return ok;
    };
    const list = this.#records.get(block.container) ?? [];
    const before = list.length;
    for (const m of result.mentions) if (shown(m.start)) list.push(this.#addEntry(block, 'mention', 'mention', m.start, m.end, null, { mention: this.#compactMention(m) }));
    for (const c of result.claims) if (shown(c.start)) list.push(this.#addEntry(block, 'claim', c.verdict, c.start, c.end, markSpan(c), { claim: this.#compactClaim(c) }));
    if (list.length === before) return;
    // Exact-size while short (most containers hold a few entries); a long list keeps growing in place.
    this.#records.set(block.container, list.length <= 64 ? list.slice() : list);
    this.#version++;
    this.#opts.onChange?.();
  }

  /**
   * One copy of each string and of each list of sources for the whole page: a reply's structured
   * clone gives every claim its own copies of the same few reasons, fact ids and source ids
   * (measured: 30,000 claims on a dense page held 7 MB of copies of 40 distinct strings).
   */
  #intern(s: string): string {
    let v = this.#strings.get(s);
    if (v === undefined) {
      if (this.#strings.size >= INTERN_MAX) return s;
      this.#strings.set(s, (v = s));
    }
    return v;
  }

  #compactMention(m: PageMention): PageMention {
    return { entity: this.#intern(m.entity) as PageMention['entity'], start: m.start, end: m.end };
  }

  #compactClaim(c: PageClaim): PageClaim {
    let key = c.fact;
    for (const x of c.sources) key += `\u0000${x.source}\u0000${x.agrees}`;
    let sources = this.#sourceLists.get(key);
    if (!sources) {
      sources = c.sources.map((x) => ({ source: this.#intern(x.source), agrees: x.agrees }));
      if (this.#sourceLists.size < INTERN_MAX) this.#sourceLists.set(key, sources);
    }
    return {
      start: c.start,
      end: c.end,
      fact: this.#intern(c.fact),
      verdict: this.#intern(c.verdict) as PageClaim['verdict'],
      sources,
      ...(c.stated ? { stated: { start: c.stated.start, end: c.stated.end } } : {}),
      reason: this.#intern(c.reason),
    };
  }

  #scanText(text: string): PageScanResult {
    const scan = this.#opts.scan;
    if (!scan) return { mentions: [], claims: [] };
    const out: PageScanResult = { mentions: [], claims: [] };
    for (const p of chunks(text, this.#opts.maxChunk ?? 20_000)) shiftInto(out, scan(p.text, this.#ctx), p.from);
    return out;
  }

  #addEntry(
    block: Block,
    kind: PageEntry['kind'],
    highlight: HighlightKind,
    start: number,
    end: number,
    marked: { start: number; end: number } | null,
    extra: Pick<PageEntry, 'mention' | 'claim'>,
  ): PageEntry {
    const range = rangeFor(block, start, end, this.#opts.win);
    const mark = marked ? rangeFor(block, marked.start, marked.end, this.#opts.win) : range;
    const entry: PageEntry = { id: this.#nextEntry++, kind, highlight, block, start, end, range, mark, painted: false, ...extra };
    this.entries.set(entry.id, entry);
    this.#paint(entry, this.#shouldPaint(highlight));
    return entry;
  }

  #removeRecords(container: Node): void {
    // Results still on their way for this container's old text no longer apply.
    if (this.#opts.scanRemote) this.#gens.set(container, (this.#gens.get(container) ?? 0) + 1);
    const list = this.#records.get(container);
    if (!list) return;
    this.#records.delete(container);
    for (const e of list) {
      this.entries.delete(e.id);
      this.#paint(e, false);
    }
    this.#version++;
    if (list.length) this.#opts.onChange?.();
  }

  #sweep(): void {
    for (const [container, list] of [...this.#records]) {
      const gone = !container.isConnected || list.some((e) => !e.block.nodes.every((n) => n.isConnected));
      if (gone) this.#removeRecords(container);
      if (gone && container.isConnected) this.enqueueContainer(container);
    }
  }
}

/**
 * What entries keep of a scanned block: its nodes and offsets in exact-size arrays (an array grown
 * by push keeps room for at least 17 elements), and not its text, which is read back from the
 * nodes when asked (the card's passage, the popup's list). On a dense 100,000-node page the kept
 * texts were 16 MB of the heap, for a few reads per hover. A container whose text changes is
 * rescanned (its entries replaced) within a batch, so the text read back is the scanned one.
 */
class KeptBlock implements Block {
  readonly container: Node;
  nodes: Text[];
  starts: number[];
  constructor(block: Block) {
    this.container = block.container;
    this.nodes = block.nodes.slice();
    this.starts = block.starts.slice();
  }
  get text(): string {
    let s = '';
    for (const n of this.nodes) s += n.data;
    return s;
  }
}

function keptBlock(block: Block): Block {
  return block instanceof KeptBlock ? block : new KeptBlock(block);
}

/** A page:scan batch: about one slice of blocks, well under the message's limits (lib/messages.ts). */
/** The walk tests text in chunks of about this many characters (cut where a non-inline element starts). */
const CHUNK_CHARS = 1024;

/** Roots the candidate walk handles: an element, the document, a shadow root (a text node goes the plain way). */
function isWalkRoot(node: Node): boolean {
  const t = node.nodeType;
  return t === 1 || t === 9 || t === 11;
}

/** Past the walker's current node and its subtree: the next node in document order under the root, or null. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/** At most this many distinct strings (and source lists) are interned; past it, entries keep their own copies. */
const INTERN_MAX = 10_000;

const REMOTE_BATCH_BLOCKS = 48;
const REMOTE_BATCH_CHARS = 120_000;

interface RemoteItem {
  block: Block;
  gen: number;
  cleared: number;
  pieces: { from: number; text: string }[];
}

/** Longer texts in pieces cut after a sentence end, so a claim is never split and one scan stays short. */
function chunks(text: string, max: number): { from: number; text: string }[] {
  if (text.length <= max) return [{ from: 0, text }];
  const out: { from: number; text: string }[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + max);
    if (to < text.length) {
      const cut = Math.max(text.lastIndexOf('. ', to), text.lastIndexOf('\n', to));
      if (cut > from + max / 2) to = cut + 1;
    }
    out.push({ from, text: text.slice(from, to) });
    from = to;
  }
  return out;
}

/** Add a piece's result, its offsets moved by `from`, to `out`. */
function shiftInto(out: PageScanResult, part: PageScanResult, from: number): void {
  for (const m of part.mentions) out.mentions.push(from ? { ...m, start: m.start + from, end: m.end + from } : m);
  for (const c of part.claims) {
    if (!from) {
      out.claims.push(c);
      continue;
    }
    const stated = c.stated ? { ...c.stated, start: c.stated.start + from, end: c.stated.end + from } : undefined;
    out.claims.push({ ...c, start: c.start + from, end: c.end + from, ...(stated ? { stated } : {}) });
  }
}

/**
 * What a claim paints: the value it states, when the engine read one inside its sentence;
 * otherwise null (the whole sentence is painted, as for a claim that states no value).
 */
export function markSpan(c: Pick<PageClaim, 'start' | 'end' | 'stated'>): { start: number; end: number } | null {
  const v = c.stated;
  if (!v || v.end <= v.start || v.start < c.start || v.end > c.end) return null;
  return { start: v.start, end: v.end };
}

/** The node itself, or for a node inside (nested) shadow roots the outermost host: what a document walk can see. */
function hostChainTop(node: Node): Node {
  let n = node;
  for (let root = n.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = n.getRootNode()) n = (root as ShadowRoot).host;
  return n;
}

/** Within one text node (or one shadow host): by offset. Only called for ties of the walk order. */
function compareEntries(a: PageEntry, b: PageEntry): number {
  const na = a.range.startContainer;
  const nb = b.range.startContainer;
  if (na !== nb) {
    // Same shadow host: fall back to the DOM's order (small trees).
    const pos = na.compareDocumentPosition(nb);
    if (pos & 4) return -1; // b follows a
    if (pos & 2) return 1;
  }
  return a.range.startOffset - b.range.startOffset || a.start - b.start || (a.kind === 'claim' ? -1 : 1);
}
