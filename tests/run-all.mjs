#!/usr/bin/env node
// `npm test`: type check, unit tests, build the Chrome package, end-to-end tests
// in real Chromium. Every step runs even if an earlier one failed (except that
// e2e needs the builds), then a pass/fail summary is printed; exit code 1 on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const OUT = '.tmp/test-results';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const steps = [
  { name: 'type check', cmd: ['npx', 'tsc', '--noEmit'] },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUT}/unit.json`], json: `${OUT}/unit.json` },
  { name: 'build chrome-mv3', cmd: ['npx', 'wxt', 'build'] },
  { name: 'build firefox-mv2', cmd: ['npx', 'wxt', 'build', '-b', 'firefox'] },
  { name: 'web-ext lint', cmd: ['npx', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv2'], needs: 'build firefox-mv2' },
  {
    name: 'end-to-end (Chromium)',
    cmd: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${OUT}/e2e.json`],
    json: `${OUT}/e2e.json`,
    needs: ['build chrome-mv3', 'build firefox-mv2'],
  },
];

const results = [];
for (const step of steps) {
  const failedNeed = [step.needs ?? []].flat().find((need) => results.find((r) => r.name === need)?.ok === false);
  if (failedNeed) {
    results.push({ name: step.name, ok: false, note: `skipped: ${failedNeed} failed` });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const result = { name: step.name, ok: run.status === 0, note: `${seconds}s` };
  if (step.json && existsSync(step.json)) {
    const report = JSON.parse(readFileSync(step.json, 'utf8'));
    result.passed = report.numPassedTests;
    result.failed = report.numFailedTests;
    result.note += `, ${report.numPassedTests} passed, ${report.numFailedTests} failed`;
    if (report.numTotalTests === 0) {
      result.ok = false;
      result.note += ' (no tests ran)';
    }
  }
  results.push(result);
}

console.log('\n━━ Summary');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(24)} ${r.note}`);
const passed = results.reduce((n, r) => n + (r.passed ?? 0), 0);
const failedTests = results.reduce((n, r) => n + (r.failed ?? 0), 0);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(failedSteps ? `\nFAILED: ${failedSteps} step(s) failed` : '\nALL GREEN');
console.log(`${passed} passed, ${failedTests + (failedTests === 0 ? failedSteps : 0)} failed`);
process.exit(failedSteps ? 1 : 0);
