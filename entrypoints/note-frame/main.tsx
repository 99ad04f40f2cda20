/**
 * The hover card's note field: an extension page framed inside the card's closed
 * shadow root (docs/design.md, section 7). Keys typed here go to this document,
 * in the extension's origin, so the page around the card cannot listen to them.
 * It talks only to the background (note:save, note:close), never to the page.
 * Its address carries the note's token after '#'; the card changes it (a fragment
 * navigation, no reload) for each new note, and empties it when the note closes.
 */
import { render } from 'preact';
import { NoteFrame } from './NoteFrame';
import './style.css';

/**
 * The extension API without webextension-polyfill: Chrome MV3's `chrome` and Firefox's `browser`
 * both return promises. The polyfill throws at load in a frame whose extension was just updated
 * (runtime gone), and this frame sits in pages across updates; a send from such a frame fails
 * like any other failed send instead.
 */
const api = globalThis as unknown as { browser?: { runtime?: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime?: { sendMessage(m: unknown): Promise<unknown> } } };
const sendMessage = async (message: unknown): Promise<unknown> => {
  const runtime = api.browser?.runtime ?? api.chrome?.runtime;
  if (!runtime) throw new Error('the extension was updated or removed; reload the page');
  return runtime.sendMessage(message);
};

const root = document.getElementById('app')!;
const show = () => render(<NoteFrame token={location.hash.slice(1)} send={(message) => sendMessage(message) as never} win={window} />, root);
window.addEventListener('hashchange', show);
show();
