/**
 * The reader's switches, kept in the `settings` table so they survive restarts:
 * a global pause and a per-site on/off map (every site is on unless switched off).
 */
import { z } from 'zod';
import type { ClaimDb } from './schema';
import { normalizeHost, siteKey } from './site-key';
import { DEFAULT_MARKS, MARK_STYLES, normalizeMarks, type Marks } from '../marks';

const MarkStyle = z.enum(MARK_STYLES);
/** How each verdict is marked on pages (lib/marks.ts). */
export const MarksSchema = z.object({ contradicted: MarkStyle, mixed: MarkStyle, supported: MarkStyle, related: MarkStyle });

export const Settings = z.object({
  paused: z.boolean(),
  /** site key (see site-key.ts) → enabled; absent means enabled. */
  sites: z.record(z.string(), z.boolean()),
  /** Older installs and mirrors have no marks: the defaults apply. */
  marks: MarksSchema.default({ ...DEFAULT_MARKS }),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { paused: false, sites: {}, marks: { ...DEFAULT_MARKS } };

export interface SiteStatus {
  /** The site key, '' when the URL is not a page we run on. */
  host: string;
  /** false for pages we never run on, and for sites switched off. */
  enabled: boolean;
  paused: boolean;
  /** How each verdict is marked (the same everywhere; sent with the status so a page applies it). */
  marks: Marks;
}

export interface SettingsRepo {
  getSettings(): Promise<Settings>;
  setPaused(paused: boolean): Promise<void>;
  setMarks(marks: Marks): Promise<void>;
  /** Throws on something that is not a host name. */
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  /** Replaces the list of sites switched off (options page). Throws, changing nothing, on something that is not a host name. */
  setSitesOff(hosts: readonly string[]): Promise<void>;
  siteStatus(url: string): Promise<SiteStatus>;
}

export function statusFor(settings: Settings, url: string): SiteStatus {
  const host = siteKey(url);
  const marks = { ...settings.marks };
  if (host === null) return { host: '', enabled: false, paused: settings.paused, marks };
  return { host, enabled: settings.sites[host] !== false, paused: settings.paused, marks };
}

export function createSettingsRepo(db: ClaimDb): SettingsRepo {
  async function read(): Promise<Settings> {
    const rows = await db.settings.bulkGet(['paused', 'sites', 'marks']);
    // A corrupt value falls back to its default rather than breaking every page.
    const paused = z.boolean().safeParse(rows[0]?.value);
    const sites = Settings.shape.sites.safeParse(rows[1]?.value);
    return {
      paused: paused.success ? paused.data : DEFAULT_SETTINGS.paused,
      sites: sites.success ? sites.data : { ...DEFAULT_SETTINGS.sites },
      marks: normalizeMarks(rows[2]?.value),
    };
  }
  return {
    getSettings: read,
    async setPaused(paused) {
      await db.settings.put({ key: 'paused', value: paused });
    },
    async setMarks(marks) {
      await db.settings.put({ key: 'marks', value: normalizeMarks(marks) });
    },
    async setSiteEnabled(host, enabled) {
      const key = normalizeHost(host);
      if (key === null) throw new Error(`not a site: ${JSON.stringify(host.slice(0, 100))}`);
      // Read-modify-write in one transaction so two switches at once both stick.
      await db.transaction('rw', db.settings, async () => {
        const sites = { ...(await read()).sites };
        if (enabled) delete sites[key];
        else sites[key] = false;
        await db.settings.put({ key: 'sites', value: sites });
      });
    },
    async setSitesOff(hosts) {
      const sites: Record<string, boolean> = {};
      for (const host of hosts) {
        const key = normalizeHost(host);
        if (key === null) throw new Error(`not a site: ${JSON.stringify(host.slice(0, 100))}`);
        sites[key] = false;
      }
      await db.settings.put({ key: 'sites', value: sites });
    },
    async siteStatus(url) {
      return statusFor(await read(), url);
    },
  };
}
