import { browser } from '../src/platform/browser.ts';
import { openDb } from '../src/storage/db.ts';
import { openStore, watchQuery } from '../src/storage/live.ts';
import { h } from '../src/ui/dom.ts';
import { t } from '../src/ui/i18n.ts';
import { icon } from '../src/ui/icons.ts';
import { keepFocus } from '../src/ui/live-render.ts';
import { popupActions } from './actions.ts';
import { renderConflicts } from './conflicts.ts';
import { renderControls } from './controls.ts';
import { loadPopup, type PopupModel } from './model.ts';
import { renderRecent } from './recent.ts';
import { renderSources } from './sources.ts';
import { renderStatus, stateOf } from './status.ts';

/** `?tab=<id>` shows that tab, so the popup can be opened (and tested) in a normal tab. */
const tabParam = new URLSearchParams(location.search).get('tab');
const inTab = tabParam !== null;

async function targetTabId(): Promise<number | null> {
  if (tabParam !== null && /^\d+$/.test(tabParam)) return Number(tabParam);
  if (inTab) return null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function header(actions: ReturnType<typeof popupActions>): HTMLElement {
  const manage = h('button', { type: 'button', class: 'btn btn-quiet icon-btn', 'data-testid': 'open-manager', 'aria-label': t('openManager'), title: t('openManager') }, icon('library', 18));
  manage.addEventListener('click', () => void actions.openManager());
  return h('header', { class: 'bar' },
    h('img', { src: '/icons/icon-32.png', alt: '', width: 20, height: 20, class: 'logo' }),
    h('h1', {}, t('extName')),
    manage);
}

function render(app: HTMLElement, m: PopupModel, actions: ReturnType<typeof popupActions>): void {
  keepFocus(app, () => {
    app.replaceChildren(...[
      header(actions),
      h('div', { class: 'content' }, ...[
        renderStatus(m, actions),
        renderConflicts(m, actions),
        renderSources(m, actions),
        renderControls(m, actions),
        renderRecent(m.recent, stateOf(m) !== 'captured', actions),
      ].filter((x): x is HTMLElement => x !== null)),
    ]);
  });
  app.dataset.ready = 'true';
  app.dataset.state = stateOf(m);
}

async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = t('extName');
  const db = openDb();
  const tabId = await targetTabId();
  const actions = popupActions(tabId, document.getElementById('toast'), inTab);
  // A failed open is reported by the query below, like any other failed read.
  await openStore(db, () => {
    app.replaceChildren(header(actions), h('p', { class: 'empty', role: 'status', 'data-testid': 'store-opening' }, t('storeOpening')));
    app.dataset.state = 'opening';
  }).catch(() => undefined);
  // Re-rendered whenever the store changes: a capture finishing, a dismissal, a pause from another window.
  watchQuery(() => loadPopup(db, tabId), (m) => render(app, m, actions), (error) => {
    app.replaceChildren(header(actions), h('p', { class: 'empty', role: 'alert' }, t('loadFailed')));
    app.dataset.ready = 'true';
    console.warn('Crosscheck popup could not read its data:', error);
  });
}

void main();
