import type { StoryRecord } from '../src/storage/db.ts';
import { h } from '../src/ui/dom.ts';
import { formatDay, outletOf } from '../src/ui/format.ts';
import { i18n, t } from '../src/ui/i18n.ts';
import type { PopupActions } from './actions.ts';

/** The last articles saved, folded away when the tab has its own story to show. */
export function renderRecent(recent: readonly StoryRecord[], open: boolean, actions: PopupActions): HTMLElement | null {
  if (!recent.length) return null;
  const list = h('ul', { class: 'recent', 'data-testid': 'recent' }, ...recent.map((s) => {
    const link = h('a', { href: s.url, class: 'article-link', title: s.url }, s.title || s.url);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void actions.open(s.url);
    });
    return h('li', { 'data-story-url': s.url },
      h('div', { class: 'row-head' }, h('span', { class: 'outlet' }, outletOf(s)), h('span', { class: 'date' }, formatDay(s.lastSeen, i18n.locale))),
      link);
  }));
  const details = h('details', { class: 'panel recent-panel', 'data-testid': 'recent-panel' }, h('summary', {}, h('h2', {}, t('recentHeading'))), list);
  details.open = open;
  return details;
}
