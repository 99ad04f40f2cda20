/**
 * Reads the scan command's input (a file or stdin) and refuses what is not
 * text: a missing file, a directory, more than 50 MB, NUL bytes (binary data)
 * or bytes that are not UTF-8. Errors are thrown as InputError with one line
 * the command prints as is.
 */
import { readFileSync, readSync, statSync } from 'node:fs';

export const MAX_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {}

export interface Input {
  text: string;
  /** "html" for .html/.htm files or stdin that starts like an HTML document. */
  format: 'text' | 'html';
}

function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      // fd 0 is standard input; readSync blocks until data arrives or input ends.
      n = readSync(0, buf);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw new InputError(`cannot read standard input: ${(err as Error).message}`);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_BYTES) throw new InputError(`input is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name} looks like binary data (it contains NUL bytes), not text`);
  try {
    // ignoreBOM keeps a byte-order mark in the text, so offsets count it like any other character.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text`);
  }
}

const looksLikeHtml = (text: string): boolean => /^\uFEFF?\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text);

export function readInput(path: string): Input {
  if (path === '-') {
    const text = decode(readStdin(), 'standard input');
    return { text, format: looksLikeHtml(text) ? 'html' : 'text' };
  }
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`${path} is not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(err as Error).message}`);
  }
  if (size > MAX_BYTES) throw new InputError(`${path} is larger than ${MAX_BYTES / 1024 / 1024} MB (${(size / 1024 / 1024).toFixed(1)} MB)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as Error).message}`);
  }
  const text = decode(bytes, path);
  return { text, format: /\.x?html?$/i.test(path) ? 'html' : 'text' };
}
