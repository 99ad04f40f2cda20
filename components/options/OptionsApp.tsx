/**
 * The options page: how verdicts are marked, the sites ClaimLens is off on,
 * the global pause, the keyboard shortcut, and the reader's data. Settings are
 * read and written through the background (settings:get / settings:set), which
 * stores them and tells every open tab, so they apply live.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Repo } from '../../lib/db';
import type { Marks } from '../../lib/marks';
import type { ResponseMap, Result, SettingsPatch } from '../../lib/messages';
import type { BackupSettings } from '../../lib/backup';
import { DataSection } from './DataSection';
import { MarksSection } from './MarksSection';
import { parseSiteInput } from './site-input';

export interface Command {
  name?: string;
  shortcut?: string;
  description?: string;
}

export interface OptionsServices {
  repo: Repo;
  /** runtime.sendMessage to the background. */
  send: (message: unknown) => Promise<unknown>;
  /** commands.getAll (empty where the browser has none). */
  commands: () => Promise<Command[]>;
  /** 'firefox' or 'chrome': where shortcuts are changed differs. */
  browserName: 'chrome' | 'firefox';
  welcomeUrl: string;
  now: () => Date;
  doc: Document;
}

type Settings = ResponseMap['settings:get'];

async function ask<T>(send: OptionsServices['send'], message: unknown): Promise<T> {
  const reply = (await send(message)) as Result<T> | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('ClaimLens did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function OptionsApp({ services }: { services: OptionsServices }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState('');
  const [saved, setSaved] = useState('');
  const [saveError, setSaveError] = useState('');

  useEffect(() => {
    ask<Settings>(services.send, { type: 'settings:get', data: {} }).then(setSettings, (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)));
  }, [services]);

  const save = async (patch: SettingsPatch, what: string) => {
    try {
      setSettings(await ask<Settings>(services.send, { type: 'settings:set', data: patch }));
      setSaveError('');
      setSaved(`${what} Saved; open pages use it now.`);
    } catch (error) {
      setSaveError(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  };
  const applyAll = async (s: BackupSettings) => save({ marks: s.marks, sites: s.sites, paused: s.paused }, 'Settings replaced.');

  return (
    <div class="options">
      <h1>ClaimLens options</h1>
      <p class="muted">
        New to ClaimLens? <a href={services.welcomeUrl}>See what the marks mean</a> on a sample article.
      </p>
      {loadError ? (
        <p class="error" role="alert">
          The settings could not be read: {loadError}
        </p>
      ) : null}
      {!settings && !loadError ? <p class="muted">Loading…</p> : null}
      {settings ? (
        <>
          <p class="muted" role="status" data-testid="saved">
            {saved}
          </p>
          {saveError ? (
            <p class="error" role="alert">
              {saveError}
            </p>
          ) : null}
          <MarksSection marks={settings.marks} doc={services.doc} onChange={(marks: Marks) => void save({ marks }, 'Marks changed.').catch(() => undefined)} />
          <SitesSection settings={settings} onSave={save} />
          <section aria-labelledby="pause-heading">
            <h2 id="pause-heading">Pause</h2>
            <label>
              <input
                type="checkbox"
                role="switch"
                checked={settings.paused}
                onChange={(e) => void save({ paused: e.currentTarget.checked }, e.currentTarget.checked ? 'Paused.' : 'Running again.').catch(() => undefined)}
              />{' '}
              Pause ClaimLens everywhere
            </label>
            <p class="muted">While paused, no page is read or marked. The popup has the same switch.</p>
          </section>
          <ShortcutSection services={services} />
          <DataSection
            repo={services.repo}
            settings={{ paused: settings.paused, sites: settings.sites, marks: settings.marks }}
            applySettings={applyAll}
            now={services.now}
            doc={services.doc}
          />
        </>
      ) : null}
    </div>
  );
}

function SitesSection({ settings, onSave }: { settings: Settings; onSave: (patch: SettingsPatch, what: string) => Promise<void> }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    const parsed = parseSiteInput(typed, settings.sites);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    try {
      await onSave({ sites: [...settings.sites, parsed.host] }, `ClaimLens is now off on ${parsed.host}.`);
      setTyped('');
      setError('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites ClaimLens is off on</h2>
      {settings.sites.length ? (
        <ul class="sites" aria-label="Sites switched off">
          {settings.sites.map((host) => (
            <li key={host} data-testid="site">
              <span>{host === 'file://' ? 'local files (file://)' : host}</span>{' '}
              <button
                type="button"
                aria-label={`Switch ClaimLens back on for ${host}`}
                onClick={() => void onSave({ sites: settings.sites.filter((h) => h !== host) }, `ClaimLens is on again on ${host}.`).catch(() => undefined)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted" data-testid="no-sites">
          ClaimLens runs on every site. Switch it off on one here or from the popup.
        </p>
      )}
      <form class="row" onSubmit={add} noValidate>
        <label for="site-input">Switch off on</label>
        <input
          id="site-input"
          type="text"
          placeholder="news.example.com"
          value={typed}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit">Add site</button>
      </form>
      {error ? (
        <p class="error" id="site-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function ShortcutSection({ services }: { services: OptionsServices }) {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    services
      .commands()
      .then((list) => {
        const open = list.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
        setShortcut(open?.shortcut || null);
      })
      .catch(() => setShortcut(null));
  }, [services]);
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      <p data-testid="shortcut">
        {shortcut === undefined ? 'Reading the shortcut…' : shortcut ? (
          <>
            Open the ClaimLens popup with <kbd>{shortcut}</kbd>.
          </>
        ) : (
          'No shortcut is set for opening the ClaimLens popup.'
        )}
      </p>
      <p class="muted">
        {services.browserName === 'firefox'
          ? 'To change it, open about:addons, click the gear menu and choose “Manage Extension Shortcuts”.'
          : 'To change it, open chrome://extensions/shortcuts (browsers do not let extensions open that page or set the key themselves).'}{' '}
        On a page, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd> and <kbd>←</kbd> step through the highlights.
      </p>
    </section>
  );
}
