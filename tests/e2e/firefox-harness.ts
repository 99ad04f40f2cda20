/**
 * Runs Debian's Firefox ESR headless with the built Firefox package installed
 * as a temporary add-on, driven over WebDriver BiDi (built into Firefox).
 *
 * Why not playwright-core: its Firefox needs Juggler-patched builds, and its
 * experimental BiDi channel hangs on launch with Debian's firefox-esr. Plain
 * BiDi needs only a WebSocket and does everything the test needs:
 * webExtension.install (temporary, so unsigned is fine), navigation, script
 * evaluation, real pointer input, and node serialization that includes closed
 * shadow roots (includeShadowTree: 'all'), where the hover card lives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = process.env.CLAIMLENS_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv2');

interface WsLike {
  on(event: 'open' | 'close', cb: () => void): void;
  on(event: 'error', cb: (e: Error) => void): void;
  on(event: 'message', cb: (data: { toString(): string }) => void): void;
  send(data: string): void;
  close(): void;
}
// Node 20 has no WebSocket without a flag; playwright-core exports the `ws` it bundles.
const WebSocketCtor = (createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { ws: new (url: string) => WsLike }).ws;

/** A BiDi remote value as Firefox serializes it (only the fields the tests read). */
export interface RemoteNode {
  type: string;
  value?: {
    nodeType?: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: RemoteNode[];
    shadowRoot?: RemoteNode | null;
    mode?: string;
  };
}

// Quiet, offline, deterministic profile: no update checks, no telemetry, no
// remote settings fetches (there is no network here anyway; these just stop retries).
const PREFS: Record<string, string | number | boolean> = {
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.region.network.url': '',
  'remote.prefs.recommended': true,
};

export interface FirefoxSession {
  version: string;
  context: string;
  send<T = unknown>(method: string, params: Record<string, unknown>): Promise<T>;
  navigate(url: string): Promise<void>;
  /** Evaluates an expression in the page; the result travels as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** Serializes the node an expression returns, closed shadow roots included. */
  node(expression: string, depth?: number): Promise<RemoteNode>;
  /** Moves the real (BiDi) mouse pointer to viewport coordinates. */
  pointerMove(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(opts: { extensionDir?: string } = {}): Promise<FirefoxSession> {
  const extensionDir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} not found: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} has no manifest.json: run npm run build:firefox first`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-firefox-'));
  await writeFile(
    join(profile, 'user.js'),
    Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'),
  );
  const proc: ChildProcess = spawn(FIREFOX, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const endpoint = await new Promise<string>((ok, ko) => {
    let log = '';
    const timer = setTimeout(() => ko(new Error(`Firefox printed no BiDi endpoint in 30 s:\n${log}`)), 30_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    proc.on('exit', (code) => ko(new Error(`Firefox exited (${code}) before BiDi was up:\n${log}`)));
  });

  const socket = new WebSocketCtor(`${endpoint}/session`);
  await new Promise<void>((ok, ko) => {
    socket.on('open', ok);
    socket.on('error', ko);
  });
  let nextId = 0;
  const pending = new Map<number, { ok: (v: unknown) => void; ko: (e: Error) => void }>();
  socket.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    const waiter = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!waiter) return; // events: none subscribed
    pending.delete(msg.id!);
    if (msg.type === 'error') waiter.ko(new Error(`${msg.error}: ${msg.message}`));
    else waiter.ok(msg.result);
  });
  socket.on('close', () => {
    for (const w of pending.values()) w.ko(new Error('BiDi connection closed'));
    pending.clear();
  });
  const send = <T>(method: string, params: Record<string, unknown>) =>
    new Promise<T>((ok, ko) => {
      const id = ++nextId;
      pending.set(id, { ok: ok as (v: unknown) => void, ko });
      socket.send(JSON.stringify({ id, method, params }));
    });

  const session = await send<{ capabilities: { browserVersion: string } }>('session.new', { capabilities: {} });
  // Installed as a temporary add-on: allowed unsigned in every Firefox, gone with the profile.
  await send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  const context = tree.contexts[0]!.context;

  async function evaluateRaw(expression: string, extra: Record<string, unknown> = {}) {
    const res = await send<{ type: string; result?: RemoteNode & { value?: unknown }; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      { expression, target: { context }, awaitPromise: true, ...extra },
    );
    if (res.type === 'exception') throw new Error(`page threw: ${res.exceptionDetails?.text}`);
    return res.result!;
  }

  return {
    version: session.capabilities.browserVersion,
    context,
    send,
    async navigate(url) {
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    async evaluate<T>(expression: string) {
      const r = await evaluateRaw(`Promise.resolve(${expression}).then((v) => JSON.stringify(v ?? null))`);
      return JSON.parse(r.value as string) as T;
    },
    async node(expression, depth = 8) {
      return evaluateRaw(expression, { serializationOptions: { maxDomDepth: depth, includeShadowTree: 'all' } });
    },
    async pointerMove(x, y) {
      await send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 }],
          },
        ],
      });
    },
    async close() {
      await send('browser.close', {}).catch(() => undefined);
      socket.close();
      if (proc.exitCode === null) {
        const exited = new Promise((ok) => proc.once('exit', ok));
        const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Collects the text of every text node under a serialized node (shadow roots included). */
export function serializedText(node: RemoteNode | null | undefined): string {
  if (!node?.value) return '';
  const own = node.value.nodeType === 3 ? (node.value.nodeValue ?? '') : '';
  const shadow = serializedText(node.value.shadowRoot ?? undefined);
  return own + shadow + (node.value.children ?? []).map(serializedText).join('');
}
