/**
 * Which "site" a page belongs to for the per-site switch. Pure, so the popup,
 * the background and tests agree on the key.
 *
 * http(s): the host name, lower case, without a leading "www." (readers think
 * of example.com and www.example.com as one site). file: pages share one key.
 * Anything else (chrome://, about:, the web store…) is not a site we run on: null.
 */
export const FILE_SITE = 'file://';

export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:') return FILE_SITE;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normalizeHost(parsed.hostname);
}

/** Normalises a host the popup sends with site:set; null when it is not a host name. */
export function normalizeHost(host: string): string | null {
  const lower = host.trim().toLowerCase();
  if (lower === FILE_SITE) return FILE_SITE;
  // Host names, IPv4 and bracketed IPv6 literals; no paths, ports, spaces or schemes.
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?)$/.test(lower) || lower.length > 253) return null;
  return lower.startsWith('www.') && lower.length > 4 ? lower.slice(4) : lower;
}
