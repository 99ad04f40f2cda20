import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import type { PopupServices } from '../../components/popup/services';
import type { TabsApi } from '../../components/popup/tab-link';
import { openRepo } from '../../components/shared/open-repo';
import '../../components/shared/theme.css';
import './style.css';

// Marks when the first real content (facts from the database) is on screen;
// tests/e2e/popup-open.e2e.ts reads it to measure how fast the popup opens.
function markFirstContent() {
  requestAnimationFrame(() => {
    performance.mark('claimlens:first-content');
    document.documentElement.dataset.firstContent = performance.now().toFixed(1);
  });
}

async function start(root: HTMLElement) {
  const repo = await openRepo({ readStorage: (key) => browser.storage.local.get(key) });
  const services: PopupServices = {
    repo,
    tabs: browser.tabs as unknown as TabsApi,
    search: location.search,
    ownOrigin: new URL(browser.runtime.getURL('/')).origin,
    send: (message) => browser.runtime.sendMessage(message),
    openOptions: () => browser.runtime.openOptionsPage(),
    now: () => new Date(),
    doc: document,
  };
  render(<PopupApp services={services} onFirstContent={markFirstContent} />, root);
  // Opened as a tab (fact:open fallback, tests) rather than as the toolbar popup: fit the tab's width.
  void browser.tabs.getCurrent().then((tab) => tab && document.documentElement.classList.add('as-tab'));
}

const root = document.getElementById('app')!;
start(root).catch((error: unknown) => {
  // openRepo never throws by design; this is the last line of defence, shown as text.
  root.textContent = `ClaimLens could not start: ${error instanceof Error ? error.message : String(error)}`;
});
