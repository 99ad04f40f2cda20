/**
 * Where content scripts cannot run, so the "This page" tab can say so plainly
 * instead of showing an empty list. Browsers forbid extensions on their own
 * pages and on their extension stores; our content script only matches http(s).
 */

const STORE_HOSTS = ['chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];

/** Why ClaimLens cannot read this page, or null when it should be able to. `url` may be unknown (no permission to see it). */
export function restrictedPageReason(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab has no web page in it.';
  }
  const scheme = parsed.protocol;
  if (['chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'chrome-untrusted:', 'devtools:'].includes(scheme)) {
    return 'This is one of the browser’s own pages. Browsers do not let extensions read them.';
  }
  if (scheme === 'view-source:') return 'Browsers do not let extensions read page sources (view-source:).';
  if (scheme === 'chrome-extension:' || scheme === 'moz-extension:' || scheme === 'extension:') {
    return 'This is an extension’s page. ClaimLens only reads web pages.';
  }
  if (STORE_HOSTS.includes(parsed.hostname) || (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))) {
    return 'This is the browser’s extension store. Browsers do not let extensions read it.';
  }
  if (scheme === 'file:') return null; // works once "Allow access to file URLs" is on; sendMessage failing says otherwise
  if (scheme !== 'http:' && scheme !== 'https:') return `ClaimLens reads web pages only (this tab shows a ${scheme} address).`;
  return null;
}

/** Turns a failed tabs.sendMessage into words for the reader. */
export function sendFailureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/receiving end does not exist|could not establish connection/i.test(message)) {
    // Without the "tabs" permission we often cannot see the URL, so this covers both causes.
    return 'ClaimLens cannot read this page. Browsers do not let extensions read their own pages (chrome://, about:, the extension store); if this is a web page that was open before ClaimLens was installed or updated, reload it.';
  }
  if (/cannot access|cannot be scripted|extensions gallery/i.test(message)) {
    return 'Browsers do not let extensions read this page.';
  }
  return `ClaimLens could not read this page (${message.slice(0, 200)}).`;
}
