/**
 * What the reader typed in "Switch ClaimLens off on a site": a host name or a
 * whole address (the host is taken from it), normalised the way the per-site
 * switch stores it (lib/db/site-key.ts), or one sentence saying why not.
 */
import { FILE_SITE, normalizeHost } from '../../lib/db';

export type SiteInput = { ok: true; host: string } | { ok: false; error: string };

export function parseSiteInput(typed: string, already: readonly string[]): SiteInput {
  const text = typed.trim();
  if (!text) return { ok: false, error: 'Type a site, for example news.example.com.' };
  let host = text;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      if (url.protocol === 'file:') host = FILE_SITE;
      else if (url.protocol === 'http:' || url.protocol === 'https:') host = url.hostname;
      else return { ok: false, error: `ClaimLens only runs on web pages (http and https) and local files, not on ${url.protocol} addresses.` };
    } catch {
      return { ok: false, error: `“${text.slice(0, 80)}” is not a web address.` };
    }
  }
  const key = normalizeHost(host);
  if (key === null) return { ok: false, error: `“${text.slice(0, 80)}” is not a site name. Type a host such as news.example.com (no spaces, paths or ports).` };
  if (already.includes(key)) return { ok: false, error: `ClaimLens is already off on ${key}.` };
  return { ok: true, host: key };
}
