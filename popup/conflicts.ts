import { collapseConflicts, type CollapsedConflict } from '../src/storage/conflict-collapse.ts';
import { conflictCard, groupConflicts, typeLabel } from '../src/ui/conflict-card.ts';
import { h } from '../src/ui/dom.ts';
import { i18n, t, tn } from '../src/ui/i18n.ts';
import { icon } from '../src/ui/icons.ts';
import { shortKey } from '../src/ui/live-render.ts';
import type { PopupActions } from './actions.ts';
import type { PopupModel } from './model.ts';

/** UI state that outlives a re-render. */
const ui = { showDismissed: false };

/** Conflicts grouped by type, most severe first, each disagreement once; dismissed ones folded away behind a toggle. */
export function renderConflicts(m: PopupModel, actions: PopupActions): HTMLElement | null {
  const view = m.view;
  if (!view) return null;
  const here = view.story.url;
  const all = collapseConflicts(m.conflicts, here);
  const isDismissed = (item: CollapsedConflict): boolean => item.members.every((c) => m.dismissed.has(c.key));
  const open = all.filter((item) => !isDismissed(item));
  const dismissed = all.filter(isDismissed);
  const counted = open.filter((item) => item.conflict.kind === 'conflict').length;
  const section = h('section', { class: 'panel', 'aria-labelledby': 'conflicts-h', 'data-testid': 'conflicts' },
    h('div', { class: 'panel-head' },
      h('h2', { id: 'conflicts-h' }, t('conflictsHeading')),
      h('span', { class: `count${counted ? ' has-conflicts' : ''}`, 'data-testid': 'conflict-count', 'data-count': counted }, counted ? tn('conflictCount', counted) : t('noneFound'))));
  if (!all.length) {
    section.append(h('p', { class: 'empty', 'data-testid': 'conflicts-empty' }, t(view.sources.length ? 'noConflicts' : 'noConflictsYet')));
    return section;
  }
  const card = (item: CollapsedConflict): HTMLElement => {
    const el = conflictCard(item, m.stories, isDismissed(item), {
      here,
      showInPage: (sentence) => void actions.showInPage(sentence),
      open: (url) => void actions.open(url),
      dismiss: (value) => void actions.dismiss(item.members.map((c) => c.key), value),
    }, i18n);
    el.dataset.key = shortKey(item.conflict.key);
    return el;
  };
  for (const group of groupConflicts(open)) {
    const id = `group-${group.type}`;
    section.append(h('div', { class: 'conflict-group', 'data-testid': 'conflict-group', 'data-type': group.type },
      h('h3', { id }, group.update ? t('updatesHeading') : typeLabel(group.type, i18n), h('span', { class: 'group-count' }, String(group.items.length))),
      h('ul', { 'aria-labelledby': id, 'data-testid': 'conflict-list' }, ...group.items.map(card))));
  }
  if (dismissed.length) {
    const toggle = h('button', { type: 'button', class: 'btn btn-small btn-quiet', 'data-testid': 'toggle-dismissed', 'aria-expanded': String(ui.showDismissed), 'aria-controls': 'dismissed-list' },
      icon(ui.showDismissed ? 'close' : 'undo', 12), tn(ui.showDismissed ? 'hideDismissed' : 'showDismissed', dismissed.length));
    toggle.addEventListener('click', () => {
      ui.showDismissed = !ui.showDismissed;
      section.replaceWith(renderConflicts(m, actions) ?? section);
      document.querySelector<HTMLElement>('[data-testid="toggle-dismissed"]')?.focus();
    });
    section.append(h('div', { class: 'dismissed' }, toggle,
      ui.showDismissed ? h('ul', { id: 'dismissed-list', 'data-testid': 'dismissed-list' }, ...dismissed.map(card)) : null));
  }
  return section;
}
