#!/usr/bin/env node
// `npm run scan`: runs lib/cli/scan.ts from an esbuild bundle in .tmp/cli/, rebuilt
// only when a file under lib/ (or seeds' schema code) is newer than the bundle.
// Loading the TypeScript through tsx on every run cost ~0.5 s of start-up; the
// bundle starts in ~0.1 s. The bundle sits two levels below the repository root,
// as lib/cli/scan.ts does, so it finds seeds/ the same way.
import { buildSync } from 'esbuild';
import { readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = join(root, '.tmp/cli/scan.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|tsx|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

let built = 0;
try {
  built = statSync(bundle).mtimeMs;
} catch {
  // not built yet
}
if (built < Math.max(newestSource(join(root, 'lib')), statSync(join(root, 'package.json')).mtimeMs)) {
  buildSync({
    entryPoints: [join(root, 'lib/cli/scan.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Several scans may start at once on a fresh clone: each writes its own file and
    // renames it into place (atomic), so none ever imports a half-written bundle.
    outfile: `${bundle}.${process.pid}.mjs`,
    logLevel: 'error',
  });
  renameSync(`${bundle}.${process.pid}.mjs`, bundle);
}
await import(pathToFileURL(bundle).href);
