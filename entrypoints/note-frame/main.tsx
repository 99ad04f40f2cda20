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

const root = document.getElementById('app')!;
const show = () => render(<NoteFrame token={location.hash.slice(1)} send={(message) => browser.runtime.sendMessage(message)} win={window} />, root);
window.addEventListener('hashchange', show);
show();
