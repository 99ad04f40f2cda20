import { render } from 'preact';
import { OptionsApp, type OptionsServices } from '../../components/options/OptionsApp';
import { openRepo } from '../../components/shared/open-repo';
import '../../components/shared/theme.css';
import './style.css';

async function start(root: HTMLElement) {
  const repo = await openRepo({ readStorage: (key) => browser.storage.local.get(key) });
  const services: OptionsServices = {
    repo,
    send: (message) => browser.runtime.sendMessage(message),
    commands: async () => (browser.commands ? await browser.commands.getAll() : []),
    browserName: import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome',
    welcomeUrl: browser.runtime.getURL('/welcome.html'),
    now: () => new Date(),
    doc: document,
  };
  render(<OptionsApp services={services} />, root);
}

const root = document.getElementById('app')!;
start(root).catch((error: unknown) => {
  root.textContent = `ClaimLens could not start: ${error instanceof Error ? error.message : String(error)}`;
});
