/**
 * One "on" period of ClaimLens in one document: highlight layer, scanner,
 * mutation observer, hover card. Everything it sets up hangs off one
 * AbortSignal, so switching the site off, an extension update and page
 * unload all go through the same stop().
 */
import type { CardHost } from '../../components/card/card-host';
import type { ExtractOptions } from '../../lib/dom/blocks';
import { createHighlightLayer } from '../../lib/dom/highlight-layer';
import { createWindowedLayer } from '../../lib/dom/viewport-layer';
import { routeMutations } from '../../lib/dom/mutations';
import { PageScanner } from '../../lib/dom/page-scanner';
import { afterNextFrame } from '../../lib/dom/scheduler';
import { createPrefilter, type PrefilterSpec } from '../../lib/dom/prefilter';
import type { PageEntry, RemoteScanFn } from '../../lib/dom/page-scanner';
import type { CardLookup } from '../../components/card/card-model';
import { pageDateOf } from '../../lib/dom/page-date';
import { visibleSubtrees } from '../../lib/dom/visible';
import { docElement, docVisibility, listenOn, listenOnWindow } from '../../lib/dom/page-doc';
import { isTyping, stepDirection } from '../../lib/dom/keys';
import type { Finding, VerdictCounts } from '../../lib/messages';
import { DEFAULT_MARKS, markCss, type Marks } from '../../lib/marks';
import type { CardController } from './card-controller';
import { loadCardModule } from './card-loader';
import { ask, isOrphaned, noteFrameUrl } from './messaging';

export interface PageSession {
  /** For the popup, in document order (one tree walk). */
  findings(inDocumentOrder: boolean): { mentions: number; claims: number; findings: Finding[] };
  /** For the badge: counts only (claims per verdict: the badge's colour follows the worst). */
  counts(): { mentions: number; claims: number; verdicts: VerdictCounts };
  reveal(id: number): boolean;
  /** The note frame saved or closed (page:note); false when the note is not this card's. */
  noteEvent(token: string, event: 'saved' | 'cancel' | 'escape'): boolean;
  /** The reader changed how verdicts are marked: new ::highlight rules, ranges painted or unpainted, no rescan. */
  setMarks(marks: Marks): void;
  stop(): void;
  readonly scanner: PageScanner;
}

export interface SessionOptions {
  /** Findings changed (debounced here). */
  onFindings?: () => void;
  /** How each verdict is marked (site:status); default DEFAULT_MARKS. */
  marks?: Marks;
}

/** What a session needs from the background (issue 11: the engine and the claims live there). */
export interface SessionBackend {
  /** The pre-filter's regexes (page:prefilter). */
  prefilter: PrefilterSpec;
  /** Scan blocks that pass the pre-filter (page:scan). */
  scan: RemoteScanFn;
  /** The facts and sources a card shows (card:get); null when the background could not answer. */
  lookupCard(facts: string[]): Promise<CardLookup | null>;
}

const MAX_FINDINGS = 5000;

export function startPageSession(win: Window, backend: SessionBackend, opts: SessionOptions = {}): PageSession {
  const doc = win.document;
  const abort = new AbortController();
  const signal = abort.signal;
  // The engine runs in the background (issue 11); here only the pre-filter's few regexes.
  const prefilter = createPrefilter(backend.prefilter);
  const plainLayer = createHighlightLayer(win as never, markCss(opts.marks ?? DEFAULT_MARKS));
  // Past a few thousand ranges, only those near the viewport are registered (viewport-layer.ts).
  // Its viewport observer looks again whenever the page (or a scroller in it) scrolls or resizes.
  const layer =
    plainLayer &&
    createWindowedLayer(plainLayer, win as never, {
      wakeOn: (wake) => {
        listenOnWindow(win, 'scroll', wake, { capture: true, passive: true, signal });
        listenOnWindow(win, 'resize', wake, { passive: true, signal });
      },
    });
  /** The hover card: its code is loaded (card-loader.ts) once the page has a highlight. */
  let card: CardHost | null = null;
  let controller: CardController | null = null;
  const shadowRoots: ShadowRoot[] = [];

  const extract: ExtractOptions = { isOwnUi: (el) => el === card?.host };
  // Layout is available here (unlike the CLI): drop hits in text the reader cannot see. Checked
  // per hit (checkVisibility looks at every ancestor), not per element of the page.
  const isRendered = (node: Text): boolean => {
    const el = node.parentElement;
    if (!el) return false;
    if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
    const style = win.getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden';
  };

  // Report findings (for the badge) once a pass settles, or every few seconds during a long one:
  // building the report walks the document, so not after every block.
  let findingsTimer: ReturnType<typeof setTimeout> | undefined;
  let dirtySince = 0;
  const findingsChanged = () => {
    if (!opts.onFindings || findingsTimer !== undefined) return;
    dirtySince ||= Date.now();
    const fire = () => {
      findingsTimer = undefined;
      if (signal.aborted) return;
      if (scanner.busy && Date.now() - dirtySince < 3000) {
        findingsTimer = setTimeout(fire, 400);
        return;
      }
      dirtySince = 0;
      opts.onFindings?.();
    };
    findingsTimer = setTimeout(fire, 400);
  };

  // The card's code (card.js) loads on the reader's first pointer move or step shortcut on a page
  // that has a highlight (or when the popup reveals one): pages nobody points at never load it, and
  // nothing is fetched on its own while an update may be cutting this script off. The move or key
  // that started the load is replayed once the controller listens. Then the card looks up what the
  // cards of the page's claims show (again as more claims come in), so a hover draws at once.
  let cardReady: Promise<CardController | null> | null = null;
  let prefetchTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPointer: { x: number; y: number } | null = null;
  let pendingStep: 1 | -1 | 0 = 0;
  const stopWatching = new AbortController();
  let watching = false;
  signal.addEventListener('abort', () => stopWatching.abort(), { once: true });
  const loadCard = (): Promise<CardController | null> =>
    (cardReady ??= loadCardModule().then((mod) => {
      // A script cut off by an update (its runtime gone: getURL would throw) builds no card.
      if (!mod || signal.aborted || isOrphaned()) {
        if (!mod) cardReady = null; // try again on the next move
        return null;
      }
      card = mod.createCardHost(doc);
      controller = mod.createCardController({ win, scanner, lookupCard: backend.lookupCard, card, shadowRoots, signal, ask, noteFrameBase: noteFrameUrl('') });
      stopWatching.abort();
      docElement(doc)?.appendChild(card.host);
      controller.prefetch();
      if (pendingStep) controller.step(pendingStep);
      else if (lastPointer) controller.hoverAt(lastPointer.x, lastPointer.y);
      return controller;
    }));
  const watchForReader = () => {
    if (watching) return;
    watching = true;
    const opts = { capture: true, passive: true, signal: stopWatching.signal };
    listenOn<PointerEvent>(doc, 'pointermove', (e) => {
      if (!e.isTrusted) return; // a page's synthetic events load nothing
      lastPointer = { x: e.clientX, y: e.clientY };
      void loadCard();
    }, opts);
    listenOnWindow<KeyboardEvent>(win, 'keydown', (e) => {
      const dir = e.isTrusted ? stepDirection(e) : 0;
      if (!dir || isTyping(e.composedPath()[0] ?? e.target)) return;
      e.preventDefault();
      pendingStep = dir;
      void loadCard();
    }, { capture: true, signal: stopWatching.signal });
  };
  const prepareCard = () => {
    if (scanner.entries.size === 0 || signal.aborted) return;
    if (!controller) return watchForReader();
    if (prefetchTimer !== undefined) return;
    prefetchTimer = setTimeout(() => {
      prefetchTimer = undefined;
      if (!signal.aborted) controller?.prefetch();
    }, 200);
  };

  const observed = new WeakSet<Node>();
  const mutationOptions: MutationObserverInit = { childList: true, characterData: true, subtree: true };
  const observer = new MutationObserver((records) =>
    routeMutations(
      records,
      {
        container: (c) => scanner.enqueueContainer(c),
        subtree: (root) => scanner.enqueueSubtree(root, true),
        removed: () => scanner.markRemoved(),
      },
      (node) => card?.owns(node) ?? false,
    ),
  );

  const scanner: PageScanner = new PageScanner({
    win: win as never,
    scanRemote: backend.scan,
    namedIn: (text) => prefilter.namedIn(text),
    pageDate: pageDateOf(doc),
    // Most blocks name none of the entities: one regex test instead of folding and the engine.
    mayMatch: (text, named) => prefilter.mayMatch(text, named),
    layer,
    marks: opts.marks ?? DEFAULT_MARKS,
    extract,
    isRendered,
    signal,
    // Mutations are processed in batches at most every 150 ms: storms coalesce, reading stays live.
    batchDelayMs: 150,
    onChange: () => {
      findingsChanged();
      prepareCard();
    },
    onShadowRoot: (sr) => {
      shadowRoots.push(sr);
      layer?.styleShadowRoot(sr);
      if (!observed.has(sr)) {
        observed.add(sr);
        observer.observe(sr, mutationOptions);
      }
    },
  });

  observer.observe(doc, mutationOptions);
  // Visible text first, then the whole document (containers already done are skipped). Boxes
  // are measured after the next rendered frame: measured now, they would force the page's
  // first full layout inside our task (270 ms on a 100,000-node page).
  afterNextFrame(
    win as never,
    () => {
      if (docVisibility(doc) !== 'hidden') for (const el of visibleSubtrees(win)) scanner.enqueueSubtree(el, true);
      scanner.enqueueSubtree(doc);
      scanner.start();
    },
    signal,
  );


  return {
    scanner,
    findings(inDocumentOrder) {
      let mentions = 0;
      let claims = 0;
      const findings: Finding[] = [];
      // A kept block's text is read back from its nodes (page-scanner.ts KeptBlock): once per block here.
      let lastBlock: unknown = null;
      let lastText = '';
      const textOf = (e: PageEntry): string => {
        if (e.block !== lastBlock) {
          lastBlock = e.block;
          lastText = e.block.text;
        }
        return lastText;
      };
      // Sorting walks the whole document (tens of ms on a 5 MB page): only when the popup asks.
      for (const e of inDocumentOrder ? scanner.ordered() : scanner.entries.values()) {
        if (e.kind === 'mention') mentions++;
        else claims++;
        if (findings.length >= MAX_FINDINGS) continue;
        findings.push({
          id: e.id,
          kind: e.kind,
          ...(e.mention ? { entity: e.mention.entity } : {}),
          ...(e.claim ? { fact: e.claim.fact, verdict: e.claim.verdict } : {}),
          text: textOf(e).slice(e.start, e.end).slice(0, 2000),
        });
      }
      return { mentions, claims, findings };
    },
    counts() {
      let mentions = 0;
      const verdicts: VerdictCounts = { contradicted: 0, mixed: 0, supported: 0, related: 0 };
      for (const e of scanner.entries.values()) {
        if (e.kind === 'mention') mentions++;
        else if (e.claim) verdicts[e.claim.verdict]++;
      }
      return { mentions, claims: scanner.entries.size - mentions, verdicts };
    },
    noteEvent: (token, event) => controller?.noteEvent(token, event) ?? false,
    setMarks(marks) {
      if (signal.aborted) return;
      layer?.setCss(markCss(marks));
      scanner.setMarks(marks);
    },
    reveal(id) {
      const entry = scanner.entries.get(id);
      if (!entry) return false;
      if (controller) controller.reveal(entry, false);
      else void loadCard().then((c) => c?.reveal(entry, false));
      return true;
    },
    stop() {
      if (signal.aborted) return;
      abort.abort();
      if (findingsTimer !== undefined) clearTimeout(findingsTimer);
      if (prefetchTimer !== undefined) clearTimeout(prefetchTimer);
      observer.disconnect();
      scanner.clear();
      layer?.dispose();
      card?.dispose();
    },
  };
}
