/**
 * The CSS Custom Highlight API side of ClaimLens: one Highlight per name in
 * docs/design.md (section 5), registered in the document's CSS.highlights, plus a page-level
 * stylesheet that holds only ::highlight() rules. Nothing here touches the
 * page's DOM tree: ranges are painted, not wrapped, and the stylesheet is an
 * adopted (constructed) one.
 */
import type { Verdict } from '../engine/types';
import { DEFAULT_MARKS, markCss } from '../marks';
import { createIn, docAdoptedSheets, docElement, docHead, setDocAdoptedSheets } from './page-doc';

export type HighlightKind = 'mention' | Verdict;

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  mention: 'claimlens-mention',
  supported: 'claimlens-supported',
  mixed: 'claimlens-mixed',
  contradicted: 'claimlens-contradicted',
  related: 'claimlens-related',
};

const KINDS = Object.keys(HIGHLIGHT_NAMES) as HighlightKind[];
const PRIORITY: Record<HighlightKind, number> = { mention: 0, related: 1, supported: 2, mixed: 3, contradicted: 4 };

/**
 * The default rules (lib/marks.ts): mentions get a calm tint; claims an underline whose
 * *shape* says the verdict, so colour is never the only signal; 'related' is not marked.
 */
export const HIGHLIGHT_CSS = markCss(DEFAULT_MARKS);

interface Registry {
  get(name: string): unknown;
  set(name: string, value: unknown): unknown;
  delete(name: string): boolean;
}

type HighlightLike = { add(r: AbstractRange): unknown; delete(r: AbstractRange): boolean; clear(): void; priority: number; readonly size: number };

export interface HighlightLayer {
  /** `owner`: the block container the range lies in (the windowed layer, viewport-layer.ts, observes it). */
  add(kind: HighlightKind, range: AbstractRange, owner?: Node): void;
  remove(kind: HighlightKind, range: AbstractRange, owner?: Node): void;
  clear(): void;
  /** Give an open shadow root the ::highlight rules (styles do not cross shadow boundaries). */
  styleShadowRoot(root: ShadowRoot): void;
  /** Replace the ::highlight rules (the reader changed how verdicts are marked, lib/marks.ts): one sheet, every styled root. */
  setCss(css: string): void;
  /** Unregister our highlights (only if still ours: a newer script may own the names) and drop the stylesheet. */
  dispose(): void;
}

interface HighlightWindow {
  CSS?: { highlights?: Registry };
  Highlight?: new () => HighlightLike;
  CSSStyleSheet?: typeof CSSStyleSheet;
  document: Document;
  /** With timers, the layer puts back what a page takes out of the shared registry (REPAIR_MS). */
  setInterval?: (handler: () => void, ms: number) => number;
  clearInterval?: (id: number) => void;
}

/**
 * CSS.highlights is shared with the page: a page can delete our names or clear our Highlight
 * objects (`CSS.highlights.clear()`), a kill switch of its own. The layer keeps its own copy of
 * its ranges and puts back what went missing this often (docs/design.md, section 7).
 */
export const REPAIR_MS = 1000;

/** Delete every claimlens-* entry, e.g. left by an older instance of the content script. */
export function clearRegistry(win: HighlightWindow): void {
  const registry = win.CSS?.highlights;
  if (!registry) return;
  for (const kind of KINDS) registry.delete(HIGHLIGHT_NAMES[kind]);
}

/** null where the Highlight API is missing: the caller degrades (card via keyboard/popup only). */
export function createHighlightLayer(win: HighlightWindow, css: string = HIGHLIGHT_CSS): HighlightLayer | null {
  const registry = win.CSS?.highlights;
  const HighlightCtor = win.Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  clearRegistry(win);
  const own = new Map<HighlightKind, HighlightLike>();
  const mine = new Map<HighlightKind, Set<AbstractRange>>();
  for (const kind of KINDS) {
    const h = new HighlightCtor();
    // Where ranges overlap (a name inside a claim, two facts in one sentence) the graver verdict paints on top.
    h.priority = PRIORITY[kind];
    own.set(kind, h);
    mine.set(kind, new Set());
    registry.set(HIGHLIGHT_NAMES[kind], h);
  }
  /** Re-register our names and refill our Highlights where the page took something away. */
  const repair = () => {
    for (const kind of KINDS) {
      const h = own.get(kind)!;
      const ranges = mine.get(kind)!;
      if (registry.get(HIGHLIGHT_NAMES[kind]) !== h) registry.set(HIGHLIGHT_NAMES[kind], h);
      if (h.size !== ranges.size) {
        h.clear();
        h.priority = PRIORITY[kind];
        ranges.forEach((r) => h.add(r));
      }
    }
  };
  const repairTimer = win.setInterval?.(repair, REPAIR_MS);
  let rules = css;
  const sheet = createSheet(win, rules);
  const styled: Array<Document | ShadowRoot> = [];
  let fallback: HTMLStyleElement | null = null;
  const adopt = (target: Document | ShadowRoot): boolean => {
    if (!sheet || styled.includes(target)) return styled.includes(target);
    if (sheetsOf(target).includes(sheet)) {
      styled.push(target); // adopted early (preadoptSheet): no second assignment, no recalculation
      return true;
    }
    try {
      setSheets(target, [...sheetsOf(target), sheet]);
      styled.push(target);
      return true;
    } catch {
      return false;
    }
  };
  // Adopted at once, not at the first range: adding a sheet invalidates the whole document's
  // style, and doing it now lets the next rendered frame absorb the recalculation. Adopted
  // mid-scan, the next style query of ours (checkVisibility) paid it synchronously: a 400 ms
  // task on a 5 MB page.
  const styleDocument = () => {
    if (adopt(win.document)) return;
    // No constructable sheets for us here (e.g. Firefox's Xray wrappers refuse the assignment):
    // a <style> in <head> instead. It changes <head>, never <body>, and holds only ::highlight rules.
    const doc = win.document;
    fallback = createIn(doc, 'style');
    fallback.textContent = rules;
    (docHead(doc) ?? docElement(doc))?.appendChild(fallback);
  };
  styleDocument();
  return {
    add(kind, range) {
      own.get(kind)!.add(range);
      mine.get(kind)!.add(range);
    },
    remove(kind, range) {
      own.get(kind)!.delete(range);
      mine.get(kind)!.delete(range);
    },
    clear() {
      own.forEach((h) => h.clear());
      mine.forEach((set) => set.clear());
    },
    styleShadowRoot: (root) => void adopt(root),
    setCss(next) {
      if (next === rules) return;
      rules = next;
      // The adopted sheet is shared by the document and every open shadow root we styled.
      if (sheet) writeSheet(sheet, next);
      if (fallback) fallback.textContent = next;
    },
    dispose() {
      if (repairTimer !== undefined) win.clearInterval?.(repairTimer);
      mine.forEach((set) => set.clear());
      for (const [kind, h] of own) {
        h.clear();
        if (registry.get(HIGHLIGHT_NAMES[kind]) === h) registry.delete(HIGHLIGHT_NAMES[kind]);
      }
      for (const target of styled) {
        try {
          setSheets(target, sheetsOf(target).filter((s) => s !== sheet));
        } catch {
          // Nothing more we can do; the rules only style names we no longer register.
        }
      }
      styled.length = 0;
      fallback?.remove();
      fallback = null;
    },
  };
}

const isDocument = (t: Document | ShadowRoot): t is Document => t.nodeType === 9;
/** A document's sheets are read through its prototype (a page can clobber document.adoptedStyleSheets). */
const sheetsOf = (t: Document | ShadowRoot): CSSStyleSheet[] => (isDocument(t) ? (docAdoptedSheets(t) ?? []) : t.adoptedStyleSheets);
const setSheets = (t: Document | ShadowRoot, sheets: CSSStyleSheet[]): void => {
  if (isDocument(t)) setDocAdoptedSheets(t, sheets);
  else t.adoptedStyleSheets = sheets;
};

/** Sheets adopted early (preadoptSheet), per document, for the layer to take over. */
const early = new WeakMap<Document, CSSStyleSheet>();
/** The rules each of our sheets holds now: a sheet is rewritten only when they change (a rewrite restyles the page). */
const sheetCss = new WeakMap<CSSStyleSheet, string>();

/** Put `css` in `sheet` unless it already holds it; false where the sheet refuses. */
function writeSheet(sheet: CSSStyleSheet, css: string): boolean {
  if (sheetCss.get(sheet) === css) return true;
  try {
    sheet.replaceSync(css);
    sheetCss.set(sheet, css);
    return true;
  } catch {
    return false; // keeps the rules it had: only the look is stale
  }
}

/**
 * Adopt the ::highlight sheet before the page is styled (the content script
 * runs at document_start for this). Adding a sheet with a universal
 * `::highlight()` rule to a styled document recalculates the style of every
 * element: 340 ms on a 100,000-node page, measured. Before the first style
 * pass it costs nothing. Returns false where the page refuses it (Firefox
 * Xrays); the layer then falls back as usual.
 */
export function preadoptSheet(win: HighlightWindow, css: string = HIGHLIGHT_CSS): boolean {
  const doc = win.document;
  const known = early.get(doc);
  if (known) {
    writeSheet(known, css);
    return true;
  }
  const sheet = createSheet(win, css, false);
  if (!sheet) return false;
  try {
    setDocAdoptedSheets(doc, [...(docAdoptedSheets(doc) ?? []), sheet]);
  } catch {
    return false;
  }
  early.set(doc, sheet);
  return true;
}

/** Drop an early sheet that no layer took over (the site turned out to be switched off). */
export function dropEarlySheet(win: HighlightWindow): void {
  const doc = win.document;
  const sheet = early.get(doc);
  if (!sheet) return;
  early.delete(doc);
  try {
    setDocAdoptedSheets(doc, (docAdoptedSheets(doc) ?? []).filter((s) => s !== sheet));
  } catch {
    // The rules only style names nobody registers.
  }
}

function createSheet(win: HighlightWindow, css: string, reuse = true): CSSStyleSheet | null {
  const pre = reuse ? early.get(win.document) : undefined;
  if (pre) {
    early.delete(win.document);
    writeSheet(pre, css);
    return pre;
  }
  const Sheet = win.CSSStyleSheet;
  if (!Sheet || docAdoptedSheets(win.document) === undefined) return null;
  try {
    const sheet = new Sheet();
    return writeSheet(sheet, css) ? sheet : null;
  } catch {
    return null;
  }
}
