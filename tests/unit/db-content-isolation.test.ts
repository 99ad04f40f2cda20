/**
 * The content script runs in the page's origin: IndexedDB there is the web
 * page's, readable by page scripts. Nothing it imports, directly or not, may
 * open the extension database (Dexie or lib/db).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g;
const EXTS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx', '/index.js'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else if (spec.startsWith('@@/') || spec.startsWith('~~/')) base = join(ROOT, spec.slice(3));
  else if (spec.startsWith('@/') || spec.startsWith('~/')) base = join(ROOT, spec.slice(2));
  else return null; // a package
  for (const ext of EXTS) if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  return null;
}

/** Every file and package the content script pulls in, with the chain that got there. */
function importGraph(entries: string[]) {
  const seen = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const queue = entries.map((file) => ({ file, chain: [relative(ROOT, file)] }));
  while (queue.length) {
    const { file, chain } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.set(file, chain);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3]!;
      const target = resolveImport(file, spec);
      if (target) queue.push({ file: target, chain: [...chain, relative(ROOT, target)] });
      else if (!spec.startsWith('.')) packages.set(spec, chain);
    }
  }
  return { files: seen, packages };
}

test('nothing the content script imports opens the extension database', () => {
  const entries = files(join(ROOT, 'entrypoints/content'));
  expect(entries.length).toBeGreaterThan(0);
  const graph = importGraph(entries);
  const dexie = [...graph.packages].filter(([spec]) => spec === 'dexie' || spec.startsWith('dexie/'));
  expect(dexie.map(([, chain]) => chain.join(' → '))).toEqual([]);
  const db = [...graph.files].filter(([file]) => relative(ROOT, file).startsWith('lib/db/') || relative(ROOT, file).startsWith('lib/background/'));
  expect(db.map(([, chain]) => chain.join(' → '))).toEqual([]);
  for (const file of graph.files.keys()) expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/\bindexedDB\b/);
});

test('the import walker does find lib/db and dexie when they are imported', () => {
  // Guard against a walker that silently finds nothing: the popup entry side must reach lib/db via the background.
  const graph = importGraph([join(ROOT, 'lib/db/index.ts')]);
  expect([...graph.files.keys()].map((f) => relative(ROOT, f))).toContain('lib/db/schema.ts');
  expect([...graph.packages.keys()]).toContain('dexie');
});
