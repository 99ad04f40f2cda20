// @vitest-environment happy-dom
/**
 * page:text's reader (lib/dom/page-text.ts): the blocks the engine reads, joined by a blank line,
 * without scripts, code or form fields; the title, the metadata date and the selection.
 */
import { expect, test } from 'vitest';
import { readPageText } from '../../lib/dom/page-text';

test('reads the prose blocks, the title, the date and the selection', () => {
  document.head.innerHTML = '<title>Binance news</title><meta property="article:published_time" content="2025-06-03T10:00:00Z">';
  document.body.innerHTML = `
    <h1>Binance   news</h1>
    <p id="a">Binance has <b>275 million</b> users.</p>
    <script>var secret = "Binance 900 million";</script>
    <pre><code>Binance 1 billion</code></pre>
    <textarea>Binance typed by the reader</textarea>
    <p>Changpeng Zhao served four months.</p>`;
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('a')!);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
  const page = readPageText(window);
  expect(page.text).toBe('Binance news\n\nBinance has 275 million users.\n\nChangpeng Zhao served four months.');
  expect(page).toMatchObject({ title: 'Binance news', pageDate: '2025-06-03', selection: 'Binance has 275 million users.' });
});

test('an empty page has no text, no date and no selection', () => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<script>document.write("x")</script>';
  window.getSelection()!.removeAllRanges();
  expect(readPageText(window)).toEqual({ title: '', text: '' });
});
