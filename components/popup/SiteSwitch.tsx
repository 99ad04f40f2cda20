/**
 * The per-site switch and the global pause, for the page in the target tab.
 * Read from the database directly; changed through the background (site:set,
 * pause:set), which stores the choice and tells open pages to turn their
 * highlights off or on; the target tab is also told directly (page:status).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Repo, SiteStatus } from '../../lib/db';
import type { Result } from '../../lib/messages';

export interface SiteSwitchProps {
  url: string;
  repo: Repo;
  send: (message: unknown) => Promise<unknown>;
  /** Tells the page in the target tab its new state directly (page:status). */
  notifyPage: (state: { enabled: boolean; paused: boolean }) => Promise<void>;
  /** Called after a change, so the findings can be read again. */
  onChanged: () => void;
}

/** When to read the page's findings again after a switch (the same change as main's bc1a1bd). */
const RE_READ_MS = [400, 1500, 4000, 10_000];

export function SiteSwitch({ url, repo, send, notifyPage, onChanged }: SiteSwitchProps) {
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    repo.siteStatus(url).then(setStatus, () => setStatus(null));
  }, [repo, url]);
  if (!status || !status.host) return null;

  const change = async (message: { type: 'site:set' | 'pause:set'; data: object }, next: SiteStatus) => {
    try {
      const reply = (await send(message)) as Result<null> | undefined;
      if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from ClaimLens');
      setStatus(next);
      setError('');
      // The background also broadcasts to every tab, but it cannot see tab URLs without the
      // "tabs" permission; telling the page we are looking at directly makes the switch immediate.
      await notifyPage({ enabled: next.enabled, paused: next.paused }).catch(() => undefined);
      // The page rescans (or clears) asynchronously: read its findings again as it goes (a slow
      // machine may take seconds to rescan, and the list must not stay empty once it has).
      for (const ms of RE_READ_MS) setTimeout(onChanged, ms);
    } catch (e) {
      setError(`Could not change it: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const site = status.host === 'file://' ? 'local files' : status.host;
  return (
    <div class="site-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={status.enabled}
          onChange={(e) => change({ type: 'site:set', data: { host: status.host, enabled: e.currentTarget.checked } }, { ...status, enabled: e.currentTarget.checked })}
        />{' '}
        On {site}
      </label>
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={status.paused}
          onChange={(e) => change({ type: 'pause:set', data: { paused: e.currentTarget.checked } }, { ...status, paused: e.currentTarget.checked })}
        />{' '}
        Pause everywhere
      </label>
      {!status.enabled || status.paused ? (
        <p class="muted" data-testid="switched-off">
          {status.paused ? 'ClaimLens is paused: no highlights on any page.' : `ClaimLens is off on ${site}.`}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
