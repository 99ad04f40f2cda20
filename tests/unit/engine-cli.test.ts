/**
 * The scan command, spawned as a user would run it: the JSON contract, the
 * readable report, HTML read under the content script's text rules, standard
 * input, and one-line errors with a non-zero exit for bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../lib/cli/snapshot';
import { htmlToText } from '../../lib/cli/html-text';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scan(args: string[], input?: string | Buffer) {
  // The launcher npm run scan uses: lib/cli/scan.ts bundled once (rebuilt when lib/ changes), so each
  // spawn starts in a tenth of a second instead of loading TypeScript through tsx.
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'lib/cli/launch.mjs'), ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ARTICLE =
  'Binance paid a record $4.3 billion fine to U.S. authorities.\n' +
  'Binance had 200 million users in May 2025, the post claimed.\n' +
  'Changpeng Zhao served four months in prison. Zhao later returned to X.\n';

const HTML = `<!doctype html><html><head><title>Binance in the title</title>
<style>.a::after { content: "Changpeng Zhao"; }</style>
<script>const s = "Binance paid $9 billion in fines to U.S. authorities";</script></head>
<body>
<h1>Changpeng <b>Zhao</b> seeks a pardon</h1>
<p>Binance paid a record <em>$4.3 billion</em> fine to U.S. authorities.</p>
<div hidden>World Liberty Financial hidden by attribute</div>
<div style="display:none">USD1 hidden by style</div>
<div contenteditable="true">WLFI typed into an editor</div>
<textarea>CZ in a text area</textarea>
<pre><code>binance.fetchTicker("USD1")</code></pre>
<p>About 90% of USD1 sits in Binance wallets.</p>
</body></html>`;

describe('scan command', () => {
  it('prints exactly one JSON object with exactly the contract fields', () => {
    const path = file('article.txt', ARTICLE);
    const r = scan(['--json', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['mentions', 'claims']);
    for (const m of out.mentions) {
      expect(Object.keys(m)).toEqual(['entity', 'start', 'end', 'text']);
      expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
    }
    expect(out.mentions.map((m: { text: string }) => m.text)).toEqual(['Binance', 'Binance', 'Changpeng Zhao', 'Zhao']);
    for (const c of out.claims) {
      expect(Object.keys(c)).toEqual(['start', 'end', 'text', 'fact', 'verdict', 'sources']);
      expect(ARTICLE.slice(c.start, c.end)).toBe(c.text);
      for (const s of c.sources) expect(Object.keys(s)).toEqual(['source', 'quote', 'agrees']);
    }
    const verdicts = Object.fromEntries(out.claims.map((c: { fact: string; verdict: string }) => [c.fact, c.verdict]));
    expect(verdicts).toEqual({ 'us-fine': 'supported', 'binance-users': 'contradicted', 'cz-prison-term': 'supported' });
  });

  it('prints a readable report with each claim, its verdict and the sources side by side', () => {
    const r = scan([file('report.txt', ARTICLE)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 mentions/);
    expect(r.stdout).toMatch(/\[CONTRADICTED\] How many users does Binance have\?/);
    // The report wraps long lines; compare with white space collapsed.
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/this page says 200 million; the sources say 250 million \(1\), over 250 million \(1\) and 275 million \(1\)/);
    expect(r.stdout).toMatch(/conflicts\s+Bloomberg\s+“Binance also introduced USD1 to its 275 million users”/);
    expect(r.stdout).toMatch(/agrees\s+the Wall Street Journal\s+“lose a record \$4\.3 billion in fines”/);
  });

  it('reads HTML like the content script: no script, style, hidden, editable or code text; names split by tags are one', () => {
    const path = file('page.html', HTML);
    const r = scan(['--json', path]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const text = htmlToText(HTML);
    expect(out.mentions.map((m: { entity: string; text: string }) => `${m.entity}:${m.text}`)).toEqual([
      'cz:Changpeng Zhao',
      'binance:Binance',
      'usd1:USD1',
      'binance:Binance',
    ]);
    for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const c of out.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(out.claims.map((c: { fact: string; verdict: string }) => `${c.fact}=${c.verdict}`)).toEqual([
      'pardon-request=mixed',
      'us-fine=supported',
      'usd1-binance-wallet-share=supported',
    ]);
    expect(text).not.toMatch(/hidden|editor|text area|fetchTicker|\$9 billion|title/);
  });

  it('reads standard input with "-"', () => {
    const r = scan(['--json', '-'], 'Binance pleaded guilty in 2023, as did CZ.');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.mentions.map((m: { text: string }) => m.text)).toEqual(['Binance', 'CZ']);
    expect(out.claims[0]).toMatchObject({ fact: 'guilty-plea-year', verdict: 'supported' });
  });

  const errors: [string, () => string[], RegExp, number][] = [
    ['a missing file', () => ['--json', join(dir, 'missing.txt')], /no such file/, 2],
    ['a directory', () => [dir], /is not a file/, 2],
    ['binary data', () => [file('binary.txt', Buffer.from([0x42, 0x00, 0x01, 0x02]))], /binary data/, 2],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from([0x42, 0x69, 0x6e, 0xe9, 0xff]))], /not valid UTF-8/, 2],
    [
      'a file over 50 MB',
      () => {
        const path = file('huge.txt', '');
        truncateSync(path, 51 * 1024 * 1024); // sparse: no 51 MB written to disk
        return [path];
      },
      /larger than 50 MB/,
      2,
    ],
    ['an unknown flag', () => ['--fast', file('ok.txt', 'Binance')], /unknown option --fast/, 64],
    ['no input', () => [], /no input file/, 64],
    ['two inputs', () => [file('a.txt', 'a'), file('b.txt', 'b')], /one input file/, 64],
  ];
  for (const [name, args, message, code] of errors) {
    it(`rejects ${name} with one line on stderr and exit code ${code}`, () => {
      const r = scan(args());
      expect(r.code).toBe(code);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  it('rejects binary data on standard input too', () => {
    const r = scan(['-'], Buffer.from([0x00, 0x00, 0x41]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/standard input looks like binary data/);
  });
});

describe('npm run scan (the documented command, through npm and the bundling launcher)', () => {
  it('prints exactly one JSON object on stdout, the same as the TypeScript entry point', () => {
    const path = file('npm-run.txt', ARTICLE);
    const npm = spawnSync('npm', ['run', 'scan', '--', '--json', path], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(npm.status).toBe(0);
    const parsed = JSON.parse(npm.stdout); // throws if npm's banner or anything else is on stdout
    // The bundle runs exactly what the TypeScript entry point does.
    const ts = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'lib/cli/scan.ts'), '--json', path], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(parsed).toEqual(JSON.parse(ts.stdout));
    expect(parsed.claims.length).toBeGreaterThan(0);
  });

  it('keeps the one-line error and non-zero exit for a missing file', () => {
    const npm = spawnSync('npm', ['run', 'scan', '--', join(dir, 'missing.txt')], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(npm.status).not.toBe(0);
    expect(npm.stdout).toBe('');
    expect(npm.stderr.trim().split('\n').filter((l) => l.startsWith('scan:'))).toHaveLength(1);
  });
});
