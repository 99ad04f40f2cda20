// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { containerOf, extractBlocks, isInsideSkipped, positionAt, rangeFor } from '../../lib/dom/blocks';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test fixtures are built with DOMParser, never innerHTML (project rule); same result.
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const n of [...doc.body.childNodes]) root.appendChild(document.importNode(n, true));
  document.body.replaceChildren(root);
  return root;
}

const texts = (root: Node, opts = {}) => extractBlocks(root, opts).map((b) => b.text);

describe('extractBlocks', () => {
  test('joins a name split across inline tags into one block', () => {
    const root = page('<p>Binance founder Changpeng <b>Zhao</b> met <a href="#">Eric <i>Trump</i></a>.</p>');
    expect(texts(root)).toEqual(['Binance founder Changpeng Zhao met Eric Trump.']);
  });

  test('block elements split runs; text around a nested block is two runs of the same container', () => {
    const root = page('<div>Intro about Binance <p>Inner paragraph</p> tail text</div><p>Second</p>');
    const blocks = extractBlocks(root);
    expect(blocks.map((b) => b.text)).toEqual(['Intro about Binance ', 'Inner paragraph', ' tail text', 'Second']);
    expect(blocks[0]!.container).toBe(blocks[2]!.container);
    expect((blocks[1]!.container as Element).tagName).toBe('P');
  });

  test('skips code, inputs, editors, hidden and aria-hidden subtrees, scripts and styles', () => {
    const root = page(
      '<p>Visible Binance</p><pre>Binance in pre</pre><code>Binance()</code><textarea>Binance typed</textarea>' +
        '<div contenteditable="true">Binance edited</div><div contenteditable="false">Binance fixed</div>' +
        '<p hidden>Binance hidden</p><p aria-hidden="true">Binance aria</p><script>var Binance</script><style>.Binance{}</style>' +
        '<kbd>CZ</kbd><samp>CZ</samp><select><option>Binance</option></select><template><p>Binance tpl</p></template>',
    );
    expect(texts(root)).toEqual(['Visible Binance', 'Binance fixed']);
  });

  test('isHidden and isOwnUi callbacks skip subtrees (computed style in the browser)', () => {
    const root = page('<p class="gone">Binance gone</p><p>Binance shown</p><claimlens-card>Binance ui</claimlens-card>');
    const out = texts(root, {
      isHidden: (el: Element) => el.classList.contains('gone'),
      isOwnUi: (el: Element) => el.tagName === 'CLAIMLENS-CARD',
    });
    expect(out).toEqual(['Binance shown']);
  });

  test('walks open shadow roots after the light tree', () => {
    const root = page('<p>Light Binance</p><section id="host"></section>');
    const host = root.querySelector('#host')!;
    const sr = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Shadow CZ text';
    sr.appendChild(p);
    expect(texts(root)).toEqual(['Light Binance', 'Shadow CZ text']);
    expect(texts(root, { shadowRoots: false })).toEqual(['Light Binance']);
  });

  test('shallow extraction reads only the runs directly inside the root', () => {
    const root = page('<div id="d">Alpha <p>Nested</p> Omega</div>');
    const d = root.querySelector('#d')!;
    expect(texts(d, { deep: false })).toEqual(['Alpha ', ' Omega']);
  });

  test('whitespace-only runs are not blocks; br breaks a run', () => {
    const root = page('<div>  \n  <p>One<br>Two</p>  </div>');
    expect(texts(root)).toEqual(['One', 'Two']);
  });

  test('deep nesting does not overflow the stack', () => {
    let el: Element = page('');
    const root = el;
    for (let i = 0; i < 5000; i++) {
      const d = document.createElement(i % 2 ? 'div' : 'span');
      el.appendChild(d);
      el = d;
    }
    el.appendChild(document.createTextNode('Deep Binance'));
    expect(texts(root)).toEqual(['Deep Binance']);
  });
});

describe('offset mapping', () => {
  test('positionAt and rangeFor map block offsets back to exact text nodes', () => {
    const root = page('<p>Founder Changpeng <b>Zhao</b> said.</p>');
    const [block] = extractBlocks(root);
    const start = block!.text.indexOf('Changpeng');
    const end = start + 'Changpeng Zhao'.length;
    const a = positionAt(block!, start);
    expect(a.node.data).toBe('Founder Changpeng ');
    const b = positionAt(block!, end, true);
    expect(b.node.data).toBe('Zhao');
    expect(b.offset).toBe(4);
    const r = rangeFor(block!, start, end, window as never);
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    expect(live.toString()).toBe('Changpeng Zhao');
  });

  test('every substring maps back to the same text (property over all offsets)', () => {
    const root = page('<p>a<b>bc</b><i>d<u>ef</u></i>g h<span>ij</span></p>');
    const [block] = extractBlocks(root);
    const text = block!.text;
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 1; e <= text.length; e++) {
        const r = rangeFor(block!, s, e, window as never);
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        expect(live.toString()).toBe(text.slice(s, e));
      }
    }
  });

  test('containerOf climbs inline ancestors; isInsideSkipped sees editors above', () => {
    const root = page('<div contenteditable><p>Typed <b>Binance</b></p></div><p>Read <b>CZ</b></p>');
    const typed = root.querySelector('div b')!.firstChild!;
    const read = root.querySelectorAll('p')[1]!.querySelector('b')!.firstChild!;
    expect((containerOf(read) as Element).tagName).toBe('P');
    expect(isInsideSkipped(typed)).toBe(true);
    expect(isInsideSkipped(read)).toBe(false);
  });
});
