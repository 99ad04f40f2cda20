// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { ScanContext, ScanResult } from '../../lib/engine/types';
import { PageScanner } from '../../lib/dom/page-scanner';
import { extractBlocks } from '../../lib/dom/blocks';
import { routeMutations } from '../../lib/dom/mutations';
import type { HighlightKind, HighlightLayer } from '../../lib/dom/highlight-layer';
import { DEFAULT_MARKS, type Marks } from '../../lib/marks';

/**
 * A tiny stand-in for the engine: "Binance" mentions, "N million users" claims (contradicted
 * unless 250) that state "N million", and "users grew" claims that are related and state nothing.
 */
function fakeScan(text: string, ctx: ScanContext): ScanResult {
  const mentions = [...text.matchAll(/Binance/g)].map((m) => ({ entity: 'binance' as const, start: m.index!, end: m.index! + 7, text: 'Binance' }));
  if (mentions.length) ctx.named.add('binance');
  const claims: ScanResult['claims'] = [...text.matchAll(/[A-Z][^.]*?((\d+) million) users[^.]*\./g)].map((m) => {
    const at = m.index! + m[0].indexOf(m[1]!);
    return {
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      fact: 'binance-users',
      verdict: m[2] === '250' ? ('supported' as const) : ('contradicted' as const),
      sources: [],
      stated: { value: { type: 'number' as const, low: 1, high: 1 } as never, start: at, end: at + m[1]!.length, text: m[1]! },
      reason: `this page says ${m[1]}`,
    };
  });
  for (const m of text.matchAll(/[A-Z][^.]*? users grew\./g)) {
    claims.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], fact: 'binance-users', verdict: 'related', sources: [], reason: 'no figure' });
  }
  return { mentions, claims };
}

function fakeLayer(): HighlightLayer & { sets: Map<HighlightKind, Set<AbstractRange>> } {
  const sets = new Map<HighlightKind, Set<AbstractRange>>();
  const get = (k: HighlightKind) => sets.get(k) ?? sets.set(k, new Set()).get(k)!;
  return {
    sets,
    add: (k, r) => void get(k).add(r),
    remove: (k, r) => void get(k).delete(r),
    clear: () => sets.clear(),
    styleShadowRoot: () => {},
    setCss: () => {},
    dispose: () => sets.clear(),
  };
}

const textOf = (r: AbstractRange) => {
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
};

function setup(html: string, opts: { marks?: Marks } = {}) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  const layer = fakeLayer();
  let idle: () => void = () => {};
  const scanner = new PageScanner({ win: window as never, scan: fakeScan, layer, waitForIdle: false, onIdle: () => idle(), marks: opts.marks });
  const drained = () => new Promise<void>((resolve) => (idle = resolve));
  return { layer, scanner, drained, read: (k: HighlightKind) => [...(layer.sets.get(k) ?? [])].map(textOf).sort() };
}

describe('PageScanner', () => {
  test('scans a document into highlights and hit-test entries', async () => {
    const { scanner, drained, read } = setup('<p>Binance has 300 million users.</p><p>Also <b>Bin</b>ance.</p><pre>Binance</pre>');
    const done = drained();
    scanner.enqueueSubtree(document.body);
    await done;
    expect(read('mention')).toEqual(['Binance', 'Binance']);
    // The claim paints the value it states; the entry (hover, card, popup) is the whole sentence.
    expect(read('contradicted')).toEqual(['300 million']);
    expect([...scanner.entries.values()].filter((e) => e.kind === 'claim').map((e) => e.block.text.slice(e.start, e.end))).toEqual(['Binance has 300 million users.']);
    const text = document.querySelector('p')!.firstChild!;
    const hits = scanner.at(text, 2);
    expect(hits.map((h) => h.kind).sort()).toEqual(['claim', 'mention']);
    expect(scanner.ordered().map((e) => e.kind)).toEqual(['claim', 'mention', 'mention']);
  });

  test('a changed container replaces exactly its highlights; removed nodes drop theirs', async () => {
    const { scanner, drained, read } = setup('<p id="a">Binance has 300 million users.</p><p id="b">Binance again</p>');
    let done = drained();
    scanner.enqueueSubtree(document.body);
    await done;
    const a = document.getElementById('a')!;
    a.firstChild!.textContent = 'Binance has 250 million users.';
    done = drained();
    scanner.enqueueContainer(a);
    await done;
    expect(read('contradicted')).toEqual([]);
    expect(read('supported')).toEqual(['250 million']);
    expect(read('mention')).toHaveLength(2);
    document.getElementById('b')!.remove();
    done = drained();
    scanner.markRemoved();
    await done;
    expect(read('mention')).toEqual(['Binance']);
    expect(scanner.entries.size).toBe(2);
  });

  test('mutation records route to containers and added subtrees, never to our own UI', async () => {
    const { scanner, drained, read } = setup('<main id="feed"></main>');
    let done = drained();
    scanner.enqueueSubtree(document.body);
    await done;
    const feed = document.getElementById('feed')!;
    const host = document.createElement('claimlens-card');
    const isOwn = (n: Node) => n === host || host.contains(n);
    const observed: MutationRecord[] = [];
    const mo = new MutationObserver((records) => observed.push(...records));
    mo.observe(document, { childList: true, subtree: true, characterData: true });
    for (let i = 0; i < 200; i++) {
      const item = document.createElement('article');
      item.textContent = `Item ${i}: Binance news`;
      feed.appendChild(item);
    }
    document.documentElement.appendChild(host);
    host.textContent = 'Binance in our own card';
    await new Promise((r) => setTimeout(r, 0));
    mo.disconnect();
    done = drained();
    routeMutations(observed, {
      container: (c) => scanner.enqueueContainer(c),
      subtree: (r) => scanner.enqueueSubtree(r),
      removed: () => scanner.markRemoved(),
    }, isOwn);
    await done;
    expect(read('mention')).toHaveLength(200);
    host.remove();
  });

  test('long blocks are scanned in sentence-aligned chunks with offsets mapped back', async () => {
    const sentence = 'Binance has 300 million users. ';
    const { drained, read, scanner } = setup(`<p>${sentence.repeat(2000)}</p>`);
    const done = drained();
    scanner.enqueueSubtree(document.body);
    await done;
    const mentions = read('mention');
    expect(mentions).toHaveLength(2000);
    expect(new Set(mentions)).toEqual(new Set(['Binance']));
    expect(new Set(read('contradicted'))).toEqual(new Set(['300 million']));
    expect(scanner.stats.longestSliceMs).toBeGreaterThan(0);
  });
});

describe('PageScanner whole-text test', () => {
  test('a page that names nothing builds no blocks; a name only inside an open shadow root is still found', async () => {
    document.body.innerHTML = '<p>Gardening tips.</p><p>More <b>soil</b>.</p><div id="host"></div>';
    const layer = fakeLayer();
    let idle: () => void = () => {};
    const tested: string[] = [];
    const scanner = new PageScanner({
      win: window as never,
      scan: fakeScan,
      layer,
      waitForIdle: false,
      onIdle: () => idle(),
      mayMatch: (text) => (tested.push(text), /Binance/.test(text)),
    });
    let done = new Promise<void>((r) => (idle = r));
    scanner.enqueueSubtree(document);
    scanner.start();
    await done;
    expect(scanner.stats.blocks).toBe(0);
    expect(scanner.stats.skippedSubtrees).toBe(1);
    expect(tested).toHaveLength(1); // the whole text, once
    // A name in an open shadow root: textContent does not see it, the shadow-root search does.
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Binance has 300 million users.</p>';
    done = new Promise<void>((r) => (idle = r));
    scanner.enqueueSubtree(document);
    scanner.start();
    await done;
    expect([...(layer.sets.get('mention') ?? [])].map(textOf)).toEqual(['Binance']);
    expect(scanner.stats.blocks).toBe(1); // only the shadow root's block was built
  });
});

describe('PageScanner marks', () => {
  test("verdicts marked 'none' are found and hoverable but not painted; new marks paint or unpaint them without a rescan", async () => {
    const { scanner, drained, read, layer } = setup('<p>Binance users grew. Binance has 300 million users.</p>');
    const done = drained();
    scanner.enqueueSubtree(document.body);
    await done;
    // Default: related is not marked.
    expect(read('related')).toEqual([]);
    const related = [...scanner.entries.values()].find((e) => e.highlight === 'related')!;
    expect(related.block.text.slice(related.start, related.end)).toBe('Binance users grew.');
    const text = document.querySelector('p')!.firstChild!;
    expect(scanner.at(text, 10)).toContain(related); // hover still finds it
    const scans = scanner.stats.scanned;
    scanner.setMarks({ ...DEFAULT_MARKS, related: 'double', contradicted: 'none' });
    // A related claim without a stated value paints its sentence.
    expect(read('related')).toEqual(['Binance users grew.']);
    expect(read('contradicted')).toEqual([]);
    expect(scanner.entries.size).toBe(4);
    scanner.setMarks(DEFAULT_MARKS);
    expect(read('related')).toEqual([]);
    expect(read('contradicted')).toEqual(['300 million']);
    expect(scanner.stats.scanned).toBe(scans); // nothing rescanned
    // Removing the block takes only what is painted out of the layer.
    scanner.clear();
    expect([...layer.sets.values()].every((s) => s.size === 0)).toBe(true);
  });

  test('marks given at start apply to the first pass', async () => {
    const { scanner, drained, read } = setup('<p>Binance users grew.</p>', { marks: { ...DEFAULT_MARKS, related: 'dashed' } });
    const done = drained();
    scanner.enqueueSubtree(document.body);
    await done;
    expect(read('related')).toEqual(['Binance users grew.']);
  });
});

describe('PageScanner.at (the entries under a caret, from the containers\' records)', () => {
  test('finds every entry covering a caret across inline elements, latest start first, and forgets removed ones', async () => {
    const { scanner, drained } = setup('<p id="a">now <i>Bin</i>ance has 300 <b>million</b> users.</p><p id="b">Binance</p>');
    let done = drained();
    scanner.enqueueSubtree(document.body);
    await done;
    const a = document.getElementById('a')!;
    const [now, bin, ance] = [a.firstChild!, a.querySelector('i')!.firstChild!, a.querySelector('i')!.nextSibling!];
    const b = a.querySelector('b')!.firstChild!;
    const kinds = (node: Node, offset: number) => scanner.at(node, offset).map((e) => e.kind);
    expect(kinds(bin, 1)).toEqual(['mention', 'claim']); // same start: found in the order they were added
    expect(kinds(ance, 2)).toEqual(['mention', 'claim']); // the name's second node
    expect(kinds(b, 3)).toEqual(['claim']); // inside <b>: the sentence only
    expect(kinds(now, 0)).toEqual([]); // before the sentence
    expect(kinds(a, 0)).toEqual([]); // not a text node
    expect(kinds(document.getElementById('b')!.firstChild!, 7)).toEqual(['mention']); // the end offset counts
    a.remove();
    done = drained();
    scanner.markRemoved();
    await done;
    expect(kinds(bin, 1)).toEqual([]);
  });
});

describe('PageScanner candidate walk (a pre-filter builds blocks only where text may match)', () => {
  const MAY = /Binance|million users|users grew/;
  async function entriesOf(withFilter: boolean, root: Node = document.body) {
    const layer = fakeLayer();
    let idle: () => void = () => {};
    const scanner = new PageScanner({
      win: window as never,
      scan: fakeScan,
      layer,
      waitForIdle: false,
      onIdle: () => idle(),
      ...(withFilter ? { mayMatch: (text: string) => MAY.test(text) } : {}),
    });
    const whenIdle = () => new Promise<void>((r) => (idle = r));
    const done = whenIdle();
    scanner.enqueueSubtree(root);
    scanner.start();
    await done;
    const list = [...scanner.entries.values()].map((e) => `${e.kind}:${e.highlight}:${e.block.text.slice(e.start, e.end)}`).sort();
    return { list, scanner, layer, whenIdle };
  }

  /** Seeded pages: names split across inline tags, hidden and code subtrees, nested blocks, long text around names. */
  function randomPage(seed: number): string {
    let x = seed * 7919 + 17;
    // mulberry32
    const rnd = (n: number) => {
      x = (x + 0x6d2b79f5) | 0;
      let t = Math.imul(x ^ (x >>> 15), 1 | x);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const words = ['the', 'market', 'grew', 'quietly', 'and', 'readers', 'noticed', 'nothing', 'new', 'today'];
    const prose = () => Array.from({ length: 5 + rnd(60) }, () => words[rnd(words.length)]).join(' ');
    const name = () => ['Binance', 'Bin<b>ance</b>', '<a href="#">Binance</a>', 'Bi<span>n</span>ance', 'Binance'][rnd(5)]!;
    const claim = () => [`Binance has ${1 + rnd(400)} million users.`, 'Binance users grew.', `It has ${rnd(300)} million users.`][rnd(3)]!;
    const inline = () => [prose(), `${prose()} ${name()} ${prose()}.`, `${prose()}. ${claim()}`, `<em>${prose()}</em>`][rnd(4)]!;
    const block = (depth: number): string => {
      const kind = rnd(depth > 2 ? 5 : 9);
      const inner = () => Array.from({ length: 1 + rnd(3) }, () => (rnd(3) === 0 && depth < 4 ? block(depth + 1) : inline())).join(' ');
      switch (kind) {
        case 0: return `<p>${inline()}</p>`;
        case 1: return `<p>${inline()} ${inline()}</p>`;
        case 2: return `<li>${inline()}</li>`;
        case 3: return `<pre>${inline()}</pre>`;
        case 4: return `<p>${prose()}<code>${name()}</code>${prose()}</p>`;
        case 5: return `<div hidden><p>${name()} has 12 million users.</p>${inner()}</div>`;
        case 6: return `<section>${inner()}</section>`;
        case 7: return `<div>${inline()}<div>${inner()}</div>${inline()}</div>`;
        default: return `<article aria-hidden="${rnd(2) ? 'true' : 'false'}">${inner()}</article>`;
      }
    };
    return Array.from({ length: 3 + rnd(25) }, () => block(0)).join('\n');
  }

  test('finds exactly what the full walk finds, on 60 seeded pages', async () => {
    let found = 0;
    for (let seed = 1; seed <= 60; seed++) {
      document.body.innerHTML = randomPage(seed);
      const full = await entriesOf(false);
      const walked = await entriesOf(true);
      expect(walked.list, `seed ${seed}`).toEqual(full.list);
      expect(walked.scanner.stats.blocks, `seed ${seed}`).toBeLessThanOrEqual(full.scanner.stats.blocks);
      found += full.list.length;
    }
    expect(found).toBeGreaterThan(300); // the pages do hold names and claims
  });

  test('builds no block far from a name on a long page, and a name split by an inline tag at a chunk edge is found', async () => {
    const filler = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} about gardening and soil.</p>`).join('');
    document.body.innerHTML = `${filler}<p>${'x'.repeat(1020)} Bin<b>ance</b> has 300 million users.</p>${filler}`;
    const { list, scanner } = await entriesOf(true);
    expect(list).toEqual(['claim:contradicted:Binance has 300 million users.', 'mention:mention:Binance']);
    expect(scanner.stats.blocks).toBeLessThan(40);
  });

  test('a deep rescan drops what a subtree held once its text no longer matches; an added inline element leaves its container to the container', async () => {
    document.body.innerHTML = '<section><p>Binance has 300 million users.</p></section><p id="c">Plain <i>text</i>.</p>';
    const { scanner, whenIdle } = await entriesOf(true);
    expect(scanner.entries.size).toBe(2);
    const section = document.querySelector('section')!;
    section.firstElementChild!.textContent = 'Nothing about exchanges here.';
    let done = whenIdle();
    scanner.enqueueSubtree(section);
    scanner.start();
    await done;
    expect(scanner.entries.size).toBe(0);
    // An inline element added with a name: the deep item for it skips its container's runs (skipRoot),
    // the container's own shallow rescan finds the name.
    const b = document.createElement('b');
    b.textContent = 'Binance';
    document.getElementById('c')!.append(b);
    done = whenIdle();
    scanner.enqueueSubtree(b, true);
    scanner.start();
    await done;
    expect(scanner.entries.size).toBe(0);
    done = whenIdle();
    scanner.enqueueContainer(document.getElementById('c')!);
    scanner.start();
    await done;
    expect([...scanner.entries.values()].map((e) => e.kind)).toEqual(['mention']);
  });
});
