/**
 * Every npm script works from a clean clone: the files it runs exist and the
 * commands it calls are installed by `npm ci` (or are Node itself). A script that
 * pointed at a file nobody had written (`tests/e2e/run.mjs`) went unnoticed once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The commands of a script line: "a && b -x file" → [["a"], ["b", "-x", "file"]]. */
const commands = (line: string): string[][] => line.split(/&&|\|\||;/).map((c) => c.trim().split(/\s+/).filter(Boolean)).filter((c) => c.length > 0);

test.each(Object.entries(scripts))('npm run %s: its programs and files exist', (_name, line) => {
  for (const [program = '', ...args] of commands(line)) {
    const known = program === 'node' || program === 'npx' || existsSync(join(ROOT, 'node_modules/.bin', program));
    expect(known, `${program} is neither node nor installed in node_modules/.bin`).toBe(true);
    if (program === 'npx') {
      const runner = args.shift() ?? '';
      expect(existsSync(join(ROOT, 'node_modules/.bin', runner)), `npx ${runner}`).toBe(true);
    }
    // Files named on the line: the entry a runner executes, and any --config / -c / --source-dir path.
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      const isPath = /^(?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)+$|^[\w.-]+\.(?:mjs|cjs|js|ts)$/.test(arg);
      const afterFlag = i > 0 && /^(?:--config|-c)$/.test(args[i - 1]!);
      if (!isPath && !afterFlag) continue;
      // Build outputs appear only after the build that the same line runs first.
      if (arg.startsWith('.output/')) continue;
      expect(existsSync(join(ROOT, arg)), `${line}: ${arg}`).toBe(true);
    }
  }
});

test('the README names the test command and every script it lists exists', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain('npm test');
  for (const m of readme.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts), m[0]).toContain(m[1]);
});
