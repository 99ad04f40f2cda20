/**
 * Launches Debian's Chromium with the built extension loaded, and serves
 * tests/fixtures (and ad-hoc pages) on a loopback port. Shared by every e2e file.
 */
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, extname, normalize } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = process.env.CLAIMLENS_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium as root on a machine without network: new headless mode (extensions
 * need it), no sandbox, and no background connections that this closed network refuses.
 */
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Opens an extension page such as popup.html in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** An empty (or missing) profile directory: the extension is installed, not restarted. */
async function isFreshProfile(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true;
  }
}

/**
 * Installing the extension opens its first-run page (entrypoints/welcome) in a new, active tab, at
 * a moment of the browser's choosing: it could put a test's own page in the background (no frames,
 * no focus). Tests that are not about it close it once it is there. A condition with a ceiling, not
 * a delay: a fresh install always opens it.
 */
export async function closeWelcomePage(context: BrowserContext, extensionId: string, timeoutMs = 45_000): Promise<boolean> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) {
      await page.close();
      return true;
    }
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface LaunchOptions {
  extensionDir?: string;
  userDataDir?: string;
  /** Keep the first-run page a fresh install opens (tests/e2e/options-welcome.e2e.ts); others close it. */
  keepWelcome?: boolean;
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'claimlens-e2e-')));
  const fresh = await isFreshProfile(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: extensions need the new headless mode
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  worker ??= await context.waitForEvent('serviceworker', { timeout: 45_000 });
  const extensionId = new URL(worker.url()).host;
  if (fresh && !opts.keepWelcome) await closeWelcomePage(context, extensionId);
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!opts.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface UpdatableExtensionBrowser extends ExtensionBrowser {
  /** The extension's directory: change its files, then call load() again to update. */
  extensionDir: string;
  /**
   * (Re)loads extensionDir through the DevTools protocol, as "Reload" on
   * chrome://extensions does: the same id, the files as they are now. Resolves
   * with the new service worker, which also becomes `worker`.
   */
  load(): Promise<Worker>;
}

/**
 * Like launchExtension, but the extension is loaded with the DevTools command
 * Extensions.loadUnpacked (allowed with --enable-unsafe-extension-debugging over
 * the --remote-debugging-pipe Playwright uses) instead of --load-extension. Why:
 * Chromium 137+ disables a --load-extension extension that reloads itself
 * (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION), so an update cannot be shown that
 * way; loading the same directory again through the protocol updates it in place.
 */
export async function launchUpdatableExtension(extensionDir: string, opts: { userDataDir?: string } = {}): Promise<UpdatableExtensionBrowser> {
  const fresh = await isFreshProfile(opts.userDataDir ?? '');
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'claimlens-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: extensions need the new headless mode
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...CHROMIUM_FLAGS,
      '--enable-unsafe-extension-debugging',
    ],
  });
  // A persistent context still has its Browser here; the Extensions domain lives on the browser target.
  const cdp = await context.browser()!.newBrowserCDPSession();
  const out: UpdatableExtensionBrowser = {
    context,
    extensionId: '',
    worker: undefined as unknown as Worker,
    userDataDir,
    extensionDir,
    async load() {
      const old = out.worker;
      const started = context.waitForEvent('serviceworker', {
        predicate: (w) => w !== old && w.url().startsWith('chrome-extension://') && (!out.extensionId || new URL(w.url()).host === out.extensionId),
        timeout: 20_000,
      });
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never)) as { id: string };
      if (out.extensionId && id !== out.extensionId) throw new Error(`reload changed the extension id: ${out.extensionId} → ${id}`);
      out.extensionId = id;
      out.worker = await started;
      return out.worker;
    },
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${out.extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!opts.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
  await out.load();
  // The first load installs it: its first-run page opens (see closeWelcomePage).
  if (fresh) await closeWelcomePage(context, out.extensionId);
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serve an in-memory page at `path` (with optional extra headers, e.g. a strict CSP). */
  route(path: string, body: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** Serves tests/fixtures on 127.0.0.1 at a free port; ad-hoc routes win over files. */
export async function serveFixtures(): Promise<FixtureServer> {
  const routes = new Map<string, { body: string; headers: Record<string, string> }>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...routed.headers });
      res.end(routed.body);
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    route: (p, body, headers = {}) => routes.set(p, { body, headers }),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Reads the ranges the content script registered, as text, per highlight name (a page or one of its frames). */
export async function readHighlights(target: Page | Frame): Promise<Record<string, string[]>> {
  return target.evaluate(() => {
    const out: Record<string, string[]> = {};
    // CSS.highlights is a maplike registry shared between the page and the content script.
    (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((set, name) => {
      out[name] = [...set].map((r) => {
        const range = new Range(); // not document.createRange(): a hostile page may clobber it
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    });
    return out;
  });
}
