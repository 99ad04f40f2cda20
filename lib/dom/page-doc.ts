/**
 * Reading the page's Document without trusting its own properties.
 *
 * `document` is a legacy platform object whose named properties win over its
 * built-in ones, in every world: `<form name="title">` makes `document.title` a
 * form, `<img name="createElement">` makes `document.createElement` an image
 * (DOM clobbering). So the content script reads each member it uses through the
 * prototype chain, where named properties do not live, and calls methods with
 * the document as `this`. Works the same on happy-dom and linkedom documents.
 */

type Member = PropertyDescriptor | undefined;

function member(doc: Document, name: string): Member {
  for (let o: object | null = Object.getPrototypeOf(doc); o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return d;
  }
  return undefined;
}

function read<T>(doc: Document, name: string): T | undefined {
  const d = member(doc, name);
  if (!d) return undefined;
  return (d.get ? d.get.call(doc) : d.value) as T;
}

function method<F extends (...args: never[]) => unknown>(doc: Document, name: string): F | undefined {
  const d = member(doc, name);
  return typeof d?.value === 'function' ? (d.value as F) : undefined;
}

export const MAX_TITLE_CHARS = 2000;

/** The page's title as a string (never a clobbering element), cut to MAX_TITLE_CHARS. */
export function docTitle(doc: Document): string {
  const title = read<unknown>(doc, 'title');
  return typeof title === 'string' ? title.slice(0, MAX_TITLE_CHARS) : '';
}

export const docReadyState = (doc: Document): DocumentReadyState => read<DocumentReadyState>(doc, 'readyState') ?? 'complete';
export const docVisibility = (doc: Document): DocumentVisibilityState => read<DocumentVisibilityState>(doc, 'visibilityState') ?? 'visible';
export const docElement = (doc: Document): HTMLElement | null => read<HTMLElement | null>(doc, 'documentElement') ?? null;
export const docBody = (doc: Document): HTMLElement | null => read<HTMLElement | null>(doc, 'body') ?? null;
export const docHead = (doc: Document): HTMLHeadElement | null => read<HTMLHeadElement | null>(doc, 'head') ?? null;
export const docActiveElement = (doc: Document): Element | null => read<Element | null>(doc, 'activeElement') ?? null;

export function createIn<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K): HTMLElementTagNameMap[K] {
  const create = method<(tag: string) => HTMLElement>(doc, 'createElement');
  if (!create) throw new Error('this document cannot create elements');
  return create.call(doc, tag) as HTMLElementTagNameMap[K];
}

/** A text node of this document (the hover card writes every piece of text through this or textContent). */
export function createTextIn(doc: Document, data: string): Text {
  const create = method<(data: string) => Text>(doc, 'createTextNode');
  if (!create) throw new Error('this document cannot create text');
  return create.call(doc, data);
}

export function createRangeIn(doc: Document): Range {
  const create = method<() => Range>(doc, 'createRange');
  if (!create) throw new Error('this document cannot create ranges');
  return create.call(doc);
}

export function createTreeWalkerIn(doc: Document, root: Node, whatToShow: number): TreeWalker {
  const create = method<(root: Node, whatToShow: number) => TreeWalker>(doc, 'createTreeWalker');
  if (!create) throw new Error('this document cannot walk its tree');
  return create.call(doc, root, whatToShow);
}

/** addEventListener on the document, read from its prototype chain (a page cannot clobber it away). */
export function listenOn<E extends Event = Event>(doc: Document, type: string, listener: (e: E) => void, options?: AddEventListenerOptions): void {
  const add = method<(type: string, l: (e: E) => void, o?: AddEventListenerOptions) => void>(doc, 'addEventListener');
  add?.call(doc, type, listener, options);
}

/**
 * addEventListener on the window. A window's named properties (`<div id="addEventListener">`)
 * sit in its prototype chain above EventTarget.prototype, so `win.addEventListener` can be an
 * element; the window's own EventTarget interface object cannot.
 */
export function listenOnWindow<E extends Event = Event>(win: Window, type: string, listener: (e: E) => void, options?: AddEventListenerOptions): void {
  const Target = (win as unknown as { EventTarget?: typeof EventTarget }).EventTarget;
  // (A window that is not its own EventTarget's instance is a test double: call it directly.)
  if (Target && win instanceof Target) Target.prototype.addEventListener.call(win, type, listener as EventListener, options);
  else win.addEventListener(type, listener as EventListener, options);
}

export function docAdoptedSheets(doc: Document): CSSStyleSheet[] | undefined {
  return read<CSSStyleSheet[]>(doc, 'adoptedStyleSheets');
}

export function setDocAdoptedSheets(doc: Document, sheets: CSSStyleSheet[]): void {
  const d = member(doc, 'adoptedStyleSheets');
  if (!d?.set) throw new Error('no adoptedStyleSheets here');
  d.set.call(doc, sheets);
}

/** The caret APIs hit-testing uses, read the same way (absent ones stay undefined). */
export function caretApi(doc: Document): {
  caretPositionFromPoint?: (x: number, y: number, opts?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
  createRange(): Range;
} {
  type Pos = (x: number, y: number, opts?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  const pos = method<Pos>(doc, 'caretPositionFromPoint');
  const range = method<(x: number, y: number) => Range | null>(doc, 'caretRangeFromPoint');
  return {
    ...(pos ? { caretPositionFromPoint: (x, y, opts) => (opts ? pos.call(doc, x, y, opts) : pos.call(doc, x, y)) } : {}),
    ...(range ? { caretRangeFromPoint: (x, y) => range.call(doc, x, y) } : {}),
    createRange: () => createRangeIn(doc),
  };
}
