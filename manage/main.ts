import { browser } from '../src/platform/browser.ts';
import { openDb } from '../src/storage/db.ts';
import type { Library } from '../src/storage/library-view.ts';
import { loadLibrary } from '../src/storage/library-view.ts';
import { openStore, watchQuery } from '../src/storage/live.ts';
import { h } from '../src/ui/dom.ts';
import { formatBytes } from '../src/ui/format.ts';
import { i18n, t, tn } from '../src/ui/i18n.ts';
import { icon } from '../src/ui/icons.ts';
import { keepFocus } from '../src/ui/live-render.ts';
import { manageActions, type ManageActions } from './actions.ts';
import { dataPanel } from './data-panel.ts';
import { filterLibrary, type LibraryFilter, type Period } from './filter.ts';
import { settingsPanel } from './settings-panel.ts';
import { storyCard } from './stories.ts';

/** Stories rendered at first; more on request, so a large library opens fast. */
const PAGE = 50;

const state: { lib: Library | null; usage: StorageEstimate | null; filter: LibraryFilter; shown: number } = {
  lib: null, usage: null, filter: { query: '', source: '', period: 'any' }, shown: PAGE,
};

function filters(lib: Library, rerender: () => void): HTMLElement {
  const search = h('input', { id: 'search', type: 'search', value: state.filter.query, placeholder: t('searchPlaceholder'), autocomplete: 'off', 'data-testid': 'search' });
  search.addEventListener('input', () => {
    state.filter.query = search.value;
    state.shown = PAGE;
    rerender();
  });
  const source = h('select', { id: 'source-filter', 'data-testid': 'source-filter' },
    h('option', { value: '' }, t('allSources')), ...lib.sources.map((s) => h('option', { value: s, selected: s === state.filter.source }, s)));
  source.addEventListener('change', () => {
    state.filter.source = source.value;
    rerender();
  });
  const periods: [Period, Parameters<typeof t>[0]][] = [['any', 'periodAny'], ['day', 'periodDay'], ['week', 'periodWeek'], ['month', 'periodMonth'], ['year', 'periodYear']];
  const period = h('select', { id: 'period-filter', 'data-testid': 'period-filter' }, ...periods.map(([v, k]) => h('option', { value: v, selected: v === state.filter.period }, t(k))));
  period.addEventListener('change', () => {
    state.filter.period = period.value as Period;
    rerender();
  });
  return h('div', { class: 'filters', role: 'search' },
    h('div', { class: 'search-box' }, h('label', { for: 'search', class: 'visually-hidden' }, t('searchLabel')), icon('search', 16), search),
    h('div', { class: 'filter-field' }, h('label', { for: 'source-filter', class: 'filter-label' }, t('sourceFilterLabel')), source),
    h('div', { class: 'filter-field' }, h('label', { for: 'period-filter', class: 'filter-label' }, t('periodFilterLabel')), period));
}

function storyList(lib: Library, actions: ManageActions, rerender: () => void): HTMLElement {
  const found = filterLibrary(lib.stories, state.filter, Date.now(), lib.textOf);
  const searching = state.filter.query.trim() !== '';
  const section = h('section', { class: 'library', 'aria-labelledby': 'stories-h' },
    h('div', { class: 'library-head' },
      h('h2', { id: 'stories-h' }, t('storiesHeading')),
      h('span', { class: 'muted', 'data-testid': 'result-count' }, tn('storyCount', found.length))));
  if (!lib.stories.length) {
    section.append(h('div', { class: 'empty-state', 'data-testid': 'library-empty' }, icon('library', 28), h('p', {}, t('libraryEmpty'))));
    return section;
  }
  if (!found.length) {
    section.append(h('p', { class: 'empty-state', 'data-testid': 'no-results' }, t('noResults')));
    return section;
  }
  section.append(h('ul', { class: 'stories', 'data-testid': 'stories' }, ...found.slice(0, state.shown).map((item) => storyCard(item, searching, actions))));
  if (found.length > state.shown) {
    const more = h('button', { type: 'button', class: 'btn', 'data-testid': 'show-more' }, t('showMore', String(found.length - state.shown)));
    more.addEventListener('click', () => {
      state.shown += PAGE;
      rerender();
    });
    section.append(h('div', { class: 'more' }, more));
  }
  return section;
}

interface Regions {
  filters: HTMLElement;
  list: HTMLElement;
  aside: HTMLElement;
  /** The source names the filter bar was built with: rebuilt only when they change (typing must keep its caret). */
  sources: string;
}

/** The page's frame, built once; its regions re-render on their own. */
function frame(app: HTMLElement): Regions {
  const regions: Regions = { filters: h('div', { class: 'filters-region' }), list: h('div', { class: 'list-region' }), aside: h('aside', { class: 'side-panels', 'aria-label': t('settingsAndData') }), sources: '\u0000' };
  app.replaceChildren(
    h('header', { class: 'topbar' },
      h('img', { src: '/icons/icon-32.png', alt: '', width: 24, height: 24, class: 'logo' }),
      h('h1', {}, t('extName'), h('span', { class: 'subtitle' }, t('manageTitle'))),
      h('p', { class: 'tagline' }, t('manageTagline'))),
    h('div', { class: 'layout' }, h('main', { class: 'main' }, regions.filters, regions.list), regions.aside));
  return regions;
}

function render(app: HTMLElement, regions: Regions, dialog: HTMLDialogElement, actions: ManageActions): void {
  const lib = state.lib;
  if (!lib) return;
  // Reads state.lib when called: the filter bar outlives the library it was built with.
  const renderList = (): void => {
    const current = state.lib;
    if (current) keepFocus(regions.list, () => regions.list.replaceChildren(storyList(current, actions, renderList)));
  };
  const sources = lib.sources.join('\u0000');
  if (sources !== regions.sources) {
    regions.sources = sources;
    keepFocus(regions.filters, () => regions.filters.replaceChildren(filters(lib, renderList)));
  }
  renderList();
  keepFocus(regions.aside, () => regions.aside.replaceChildren(settingsPanel(lib, state.usage, actions), dataPanel(lib.articleCount, dialog, actions)));
  app.dataset.ready = 'true';
}

async function main(): Promise<void> {
  const app = document.getElementById('app');
  const dialog = document.getElementById('confirm') as HTMLDialogElement | null;
  if (!app || !dialog) return;
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = `${t('manageTitle')} · ${t('extName')}`;
  const db = openDb();
  const actions = manageActions(db, document.getElementById('toast'));
  const regions = frame(app);
  // A failed open is reported by the query below, like any other failed read.
  await openStore(db, () => regions.list.replaceChildren(h('p', { class: 'empty-state', role: 'status', 'data-testid': 'store-opening' }, t('storeOpening'))))
    .catch(() => undefined);
  // Live: a capture in another tab, an import, a dismissal in the popup all show up here at once.
  watchQuery(() => loadLibrary(db), (lib) => {
    state.lib = lib;
    render(app, regions, dialog, actions);
    void navigator.storage?.estimate().then((usage) => {
      state.usage = usage;
      const el = app.querySelector('[data-testid="storage-used"]');
      if (el) el.textContent = t('storageUsed', formatBytes(usage.usage ?? 0, i18n.locale), usage.quota ? formatBytes(usage.quota, i18n.locale) : '?');
    });
  }, (error) => {
    app.replaceChildren(h('p', { class: 'empty-state', role: 'alert' }, t('loadFailed')));
    console.warn('Crosscheck manage page could not read its data:', error);
  });
}

void main();
