// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createIn, createRangeIn, createTreeWalkerIn, docActiveElement, docBody, docElement, docReadyState, docTitle, listenOn, listenOnWindow, MAX_TITLE_CHARS } from './page-doc';

/** Named properties shadow a document's built-ins (DOM clobbering); happy-dom does not implement them, so define them as a page's would appear. */
function clobber(target: object, names: string[]): () => void {
  const el = document.createElement('img');
  for (const name of names) Object.defineProperty(target, name, { configurable: true, value: el });
  return () => names.forEach((name) => delete (target as Record<string, unknown>)[name]);
}

describe('page-doc reads the document through its prototype', () => {
  // One name at a time: happy-dom's own getters read other members through `this`, which a
  // browser's native ones never do.
  test.each([
    ['title', () => expect(docTitle(document)).toBe('Real title')],
    ['createElement', () => expect(createIn(document, 'div').tagName).toBe('DIV')],
    ['createRange', () => expect(typeof createRangeIn(document).setStart).toBe('function')],
    ['createTreeWalker', () => expect(createTreeWalkerIn(document, document, 0x4).root).toBe(document)],
    ['body', () => expect(docBody(document)?.tagName).toBe('BODY')],
    ['documentElement', () => expect(docElement(document)?.tagName).toBe('HTML')],
    ['activeElement', () => expect(docActiveElement(document)).not.toBeInstanceOf(HTMLImageElement)],
    ['readyState', () => expect(['loading', 'interactive', 'complete']).toContain(docReadyState(document))],
    [
      'addEventListener',
      () => {
        let heard = 0;
        listenOn(document, 'x-test', () => heard++);
        document.dispatchEvent(new Event('x-test'));
        expect(heard).toBe(1);
      },
    ],
  ] as const)('a clobbered document.%s still gives the real thing', (name, check) => {
    document.title = 'Real title';
    const restore = clobber(document, [name]);
    try {
      expect((document as unknown as Record<string, unknown>)[name]).toBeInstanceOf(HTMLImageElement);
      check();
    } finally {
      restore();
    }
  });

  test('listening on the window', () => {
    let heard = 0;
    listenOnWindow(window, 'x-test', () => heard++);
    window.dispatchEvent(new Event('x-test'));
    expect(heard).toBe(1);
  });

  test('an unbounded title is cut; a non-string one is empty', () => {
    document.title = 'T'.repeat(MAX_TITLE_CHARS * 50);
    expect(docTitle(document)).toHaveLength(MAX_TITLE_CHARS);
    const fake = Object.create(Object.create(Object.getPrototypeOf(document), { title: { get: () => 42 } }));
    expect(docTitle(fake)).toBe('');
  });
});
