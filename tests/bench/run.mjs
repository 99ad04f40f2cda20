#!/usr/bin/env node
// `npm run bench [-- --runs 5 --quick --no-build]`: builds the Chrome package
// (so the numbers are for the code in this checkout), then runs the benchmark
// in headless Chromium through tsx. Results: a table on stdout and
// bench-results/bench.json.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const run = (cmd, cmdArgs) => {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// --diagnose: an unminified build in .output/diag, so profile frames carry real function names.
const diagnose = args.includes('--diagnose');
if (diagnose) {
  run('npx', ['wxt', 'build', '-c', 'tests/bench/wxt.diag.config.ts']);
  process.env.CLAIMLENS_EXTENSION_DIR = `${process.cwd()}/.output/diag/chrome-mv3`;
} else if (!args.includes('--no-build') && !process.env.CLAIMLENS_EXTENSION_DIR) {
  run('npx', ['wxt', 'build']);
}
run('npx', ['tsx', 'tests/bench/bench.ts', ...args.filter((a) => a !== '--no-build' && a !== '--diagnose')]);
