/**
 * Page object for the content-script e2e tests: open a fixture and collect its
 * errors, wait for highlights, hover a phrase, read or click the hover card, and
 * write a note in its note frame.
 * The card lives in a CLOSED shadow root on a plain <div> child of <html> that
 * neither page scripts nor Playwright selectors can enter, so the card is read
 * through the DevTools protocol (DOM.getDocument with pierce: true), the way
 * assistive tech sees it. The note field is an extension page framed in the
 * card (note-frame.html): Playwright reaches it as one of the page's frames.
 */
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';
import { readHighlights } from '../harness';

export interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface CardView {
  /** The dialog's accessible label, e.g. "ClaimLens: Contradicted — How many users…". */
  label: string;
  text: string;
  buttons: string[];
  shadowMode: string;
}

export class ContentPage {
  readonly errors: string[] = [];
  private cdp: CDPSession | null = null;

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console: ${m.text()}`);
    });
  }

  /** Before navigation: collect every long task of the page into window.__longTasks from its start. */
  static async recordLongTasks(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
  }

  static async open(page: Page, url: string): Promise<ContentPage> {
    const cp = new ContentPage(page);
    await page.goto(url);
    return cp;
  }

  /**
   * The page's findings as the popup gets them (page:findings), asked from the service worker or an extension page:
   * every claim with its whole sentence and verdict, the unmarked ('related' by default) too.
   */
  async findings(worker: Worker | Page): Promise<{ kind: string; verdict?: string; text: string }[]> {
    const url = this.page.url();
    return worker.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const tabs = await c.tabs.query({});
      const replies = await Promise.all(tabs.map((t) => c.tabs.sendMessage(t.id!, { type: 'page:findings', data: {} }).catch(() => null)));
      for (const r of replies as ({ ok: boolean; value: { url: string; findings: { kind: string; verdict?: string; text: string }[] } } | null)[]) {
        if (r?.ok && r.value.url === url) return r.value.findings;
      }
      return [];
    }, url);
  }

  highlights(): Promise<Record<string, string[]>> {
    return readHighlights(this.page);
  }

  /** Polls until `check` passes on the highlights (returns them), or throws with the last ones seen. */
  async waitForHighlights(
    check: (h: Record<string, string[]>) => boolean,
    timeout = 30_000,
    read: () => Promise<Record<string, string[]>> = () => this.highlights(),
  ): Promise<Record<string, string[]>> {
    const until = Date.now() + timeout;
    let last: Record<string, string[]> = {};
    while (Date.now() < until) {
      last = await read().catch(() => ({}));
      if (check(last)) return last;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`highlights never matched; last seen: ${JSON.stringify(last).slice(0, 2000)}`);
  }

  /**
   * Polls `read` until its result has not changed for `quietMs` (the pass has settled), with a
   * generous ceiling for busy machines. Returns the settled value.
   */
  async waitForStable<T>(read: () => Promise<T>, quietMs = 1000, timeout = 60_000): Promise<T> {
    const until = Date.now() + timeout;
    let last = JSON.stringify(await read());
    let since = Date.now();
    while (Date.now() < until) {
      await this.page.waitForTimeout(100);
      const now = JSON.stringify(await read());
      if (now !== last) {
        last = now;
        since = Date.now();
      } else if (Date.now() - since >= quietMs) {
        return JSON.parse(now) as T;
      }
    }
    throw new Error(`never settled; last: ${last.slice(0, 2000)}`);
  }

  /** Per highlight name: each range's text and whether its nodes are still in the document (no stale ranges). */
  static async details(target: Page | Frame): Promise<Record<string, { text: string; connected: boolean }[]>> {
    return target.evaluate(() => {
      const out: Record<string, { text: string; connected: boolean }[]> = {};
      (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((set, name) => {
        out[name] = [...set].map((r) => {
          const connected = r.startContainer.isConnected && r.endContainer.isConnected;
          try {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return { text: range.toString(), connected };
          } catch {
            return { text: '<invalid range>', connected };
          }
        });
      });
      return out;
    });
  }

  bodyHtml(): Promise<string> {
    // The serialization of <body> (XMLSerializer: the project never touches outerHTML/innerHTML).
    return this.page.evaluate(() => new XMLSerializer().serializeToString(document.body));
  }

  /** CSP violations the page saw (recorded by dom-guard.js). */
  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.slice());
  }

  /** Mutations the page did not make itself (see tests/fixtures/pages/dom-guard.js). */
  foreignMutations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __foreignMutations: string[] }).__foreignMutations.slice());
  }

  /** Viewport centre of the first occurrence of `phrase` inside the element matching `selector`. */
  async pointAt(selector: string, phrase: string, frameSelector?: string): Promise<{ x: number; y: number }> {
    const frame = frameSelector ? this.page.frameLocator(frameSelector) : this.page;
    const box = await frame.locator(selector).evaluate((el, phrase) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(phrase);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + Math.min(phrase.length, 3));
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      throw new Error(`phrase not found: ${phrase}`);
    }, phrase, { timeout: 120_000 }); // a 5 MB page being scanned on a busy machine answers late
    if (frameSelector) {
      const frameBox = await this.page.locator(frameSelector).boundingBox();
      return { x: box.x + frameBox!.x, y: box.y + frameBox!.y };
    }
    return box;
  }

  async hover(selector: string, phrase: string, frameSelector?: string): Promise<void> {
    const { x, y } = await this.pointAt(selector, phrase, frameSelector);
    await this.page.mouse.move(x - 30, y + 60);
    await this.page.mouse.move(x, y, { steps: 3 });
  }

  private async session(): Promise<CDPSession> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    return this.cdp;
  }

  private async hostNodes(): Promise<CdpNode[]> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const out: CdpNode[] = [];
    const walk = (n: CdpNode, parent: CdpNode | null) => {
      if (isCardHost(n, parent)) out.push(n);
      n.children?.forEach((c) => walk(c, n));
      n.shadowRoots?.forEach((c) => walk(c, n));
      if (n.contentDocument) walk(n.contentDocument, n);
    };
    walk(root, null);
    return out;
  }

  /** The note frame of the open card (an extension page), once it has loaded. */
  async noteFrame(timeout = 15_000): Promise<Frame> {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      const frame = this.page.frames().find((f) => f.url().includes('/note-frame.html'));
      if (frame && (await frame.locator('textarea').count().catch(() => 0)) > 0) return frame;
      await this.page.waitForTimeout(50);
    }
    throw new Error('no note frame in the card');
  }

  /** "Add note", wait for the note frame to hold focus, then type `text` with the real keyboard. */
  async writeNote(text: string): Promise<Frame> {
    await this.clickCardButton('Add note');
    const frame = await this.noteFrame();
    const until = Date.now() + 15_000;
    while (!(await frame.evaluate(() => document.hasFocus() && document.activeElement?.tagName === 'TEXTAREA').catch(() => false))) {
      if (Date.now() > until) throw new Error('the note field never got focus');
      await this.page.waitForTimeout(50);
    }
    await this.page.keyboard.type(text);
    return frame;
  }

  /** Press "Save note" in the note frame (a real click) and wait for the card to say so. */
  async saveNote(frame: Frame): Promise<void> {
    await frame.getByRole('button', { name: 'Save note' }).click();
    await this.waitForCard((c) => c.text.includes('Note saved.'));
  }

  /** The open card (or null), read through the closed shadow root via CDP. */
  async readCard(): Promise<CardView | null> {
    for (const host of await this.hostNodes()) {
      const shadow = host.shadowRoots?.[0];
      if (!shadow) continue;
      const dialog = openDialog(shadow);
      if (!dialog) continue;
      const buttons: string[] = [];
      const walkButtons = (n: CdpNode) => {
        if (n.nodeName === 'BUTTON') buttons.push(textOf(n).trim());
        n.children?.forEach(walkButtons);
      };
      walkButtons(dialog);
      return { label: attr(dialog, 'aria-label') ?? '', text: textOf(dialog), buttons, shadowMode: (shadow as unknown as { shadowRootType: string }).shadowRootType };
    }
    return null;
  }

  async waitForCard(check: (c: CardView) => boolean = () => true, timeout = 15_000): Promise<CardView> {
    const until = Date.now() + timeout;
    let last: CardView | null = null;
    while (Date.now() < until) {
      last = await this.readCard();
      if (last && check(last)) return last;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`card never matched; last: ${JSON.stringify(last)}`);
  }

  async waitForNoCard(timeout = 15_000): Promise<void> {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      if (!(await this.readCard())) return;
      await this.page.waitForTimeout(50);
    }
    throw new Error('card still open');
  }

  /** An element's border box through CDP only (no page-world script: works even when the page broke its built-ins). */
  async boxOf(selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: CdpNode };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  }

  /** The open card's border box in the viewport (through CDP), or null. */
  async cardBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    for (const host of await this.hostNodes()) {
      const dialog = host.shadowRoots?.[0] && openDialog(host.shadowRoots[0]);
      if (!dialog) continue;
      const cdp = await this.session();
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: dialog.backendNodeId })) as { model: { border: number[] } };
      const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
      return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
    }
    return null;
  }

  /** Click a button inside the card by its text, with a real mouse click at its box. */
  async clickCardButton(label: string): Promise<void> {
    for (const host of await this.hostNodes()) {
      const dialog = host.shadowRoots?.[0] && openDialog(host.shadowRoots[0]);
      const button = dialog && find(dialog, (n) => n.nodeName === 'BUTTON' && textOf(n).trim() === label);
      if (!button) continue;
      const cdp = await this.session();
      // The card scrolls when it is long: bring the button into its visible area first.
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      return;
    }
    throw new Error(`no card button ${label}`);
  }
}

/** Our card's host: a child of <html> (not <head>/<body>) with a closed shadow root. */
function isCardHost(n: CdpNode, parent: CdpNode | null): boolean {
  const shadow = n.shadowRoots?.[0] as (CdpNode & { shadowRootType?: string }) | undefined;
  return parent?.nodeName === 'HTML' && n.nodeType === 1 && shadow?.shadowRootType === 'closed';
}

/** The card's dialog when shown (a closed card stays mounted, `hidden`, keeping its note frame loaded). */
function openDialog(shadow: CdpNode): CdpNode | null {
  return find(shadow, (n) => attr(n, 'role') === 'dialog' && attr(n, 'hidden') === undefined);
}

function attr(n: CdpNode, name: string): string | undefined {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function find(n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | null {
  if (pred(n)) return n;
  for (const c of n.children ?? []) {
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return null;
}

function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue;
  if (n.nodeName === 'STYLE') return '';
  return (n.children ?? []).map(textOf).join(n.nodeName === 'LI' || n.nodeName === 'P' ? ' ' : '');
}
