import { collapseConflicts, type CollapsedConflict } from '../src/storage/conflict-collapse.ts';
import type { StoryRecord } from '../src/storage/db.ts';
import type { LibraryStory } from '../src/storage/library-view.ts';
import { conflictCard, groupConflicts } from '../src/ui/conflict-card.ts';
import { h } from '../src/ui/dom.ts';
import { formatDay, formatPercent, outletOf } from '../src/ui/format.ts';
import { i18n, t, tn } from '../src/ui/i18n.ts';
import { icon } from '../src/ui/icons.ts';
import { shortKey } from '../src/ui/live-render.ts';
import type { ManageActions } from './actions.ts';
import type { FilteredStory } from './filter.ts';

/** Which stories the reader opened (and, while searching, closed); kept across live re-renders. */
const expanded = new Set<string>();
const collapsedInSearch = new Set<string>();

function articleRow(story: LibraryStory, a: StoryRecord, reused: number | null, isCopy: boolean, hit: boolean, actions: ManageActions): HTMLElement {
  const link = h('a', { href: a.url, class: 'article-link', title: a.url }, a.title || a.url);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void actions.open(a.url);
  });
  const del = h('button', { type: 'button', class: 'btn btn-small btn-quiet', 'data-testid': 'delete-article', 'aria-label': t('deleteArticleNamed', a.title || a.url), title: t('deleteArticle') }, icon('trash', 14));
  del.addEventListener('click', () => void actions.deleteArticle(a.url, a.title));
  return h('li', { class: `article${isCopy ? ' is-copy' : ''}${hit ? ' is-hit' : ''}`, 'data-testid': 'article', 'data-url': a.url, 'data-key': `${shortKey(story.id)}-${shortKey(a.url)}` },
    h('div', { class: 'article-main' },
      h('div', { class: 'row-head' },
        h('span', { class: 'outlet' }, outletOf(a)),
        a.published ? h('span', { class: 'date' }, formatDay(a.published, i18n.locale)) : null,
        isCopy ? h('span', { class: 'chip chip-copy' }, icon('copy', 11), reused !== null ? t('copyReused', formatPercent(reused, i18n.locale)) : t('copyLabel')) : null),
      link,
      h('div', { class: 'meta' }, t('readOn', formatDay(a.lastSeen, i18n.locale)), ' · ', tn('wordCount', a.words))),
    del);
}

function storyBody(item: FilteredStory, actions: ManageActions): HTMLElement {
  const { story, hits } = item;
  const articles = h('ul', { class: 'articles', 'aria-label': t('articlesHeading') }, ...story.texts.flatMap((text) => [
    articleRow(story, text.original, null, false, hits.has(text.original.url), actions),
    ...text.copies.map((c) => articleRow(story, c.story, c.reused, true, hits.has(c.story.url), actions)),
  ]));
  const stories = new Map(story.articles.map((a) => [a.url, a]));
  const all = collapseConflicts(story.conflicts);
  const isDismissed = (item: CollapsedConflict): boolean => item.members.every((c) => story.dismissed.has(c.key));
  const ordered = [...groupConflicts(all.filter((x) => !isDismissed(x))).flatMap((g) => g.items), ...all.filter(isDismissed)];
  const conflicts = ordered.length
    ? h('ul', { class: 'conflicts', 'data-testid': 'conflict-list' }, ...ordered.map((item) => {
      const card = conflictCard(item, stories, isDismissed(item), { here: null, open: (url) => void actions.open(url), dismiss: (d) => void actions.dismiss(item.members.map((c) => c.key), d) }, i18n);
      card.dataset.key = shortKey(item.conflict.key);
      return card;
    }))
    : h('p', { class: 'muted' }, t('noConflictsInStory'));
  return h('div', { class: 'story-body', id: `body-${shortKey(story.id)}` },
    h('h3', {}, t('articlesHeading')), articles,
    h('h3', {}, t('conflictsHeading')), conflicts);
}

/** One story: a header that opens it, and (opened) its articles and conflicts. */
export function storyCard(item: FilteredStory, searching: boolean, actions: ManageActions): HTMLElement {
  const { story } = item;
  // A search opens every matching story, so the hits show; the reader can still close one.
  const open = searching ? !collapsedInSearch.has(story.id) : expanded.has(story.id);
  const counted = collapseConflicts(story.conflicts.filter((c) => c.kind === 'conflict' && !story.dismissed.has(c.key))).length;
  const outlets = [...new Set(story.articles.map(outletOf))];
  const toggle = h('button', { type: 'button', class: 'story-toggle', 'data-testid': 'story-toggle', 'aria-expanded': String(open), 'aria-controls': `body-${shortKey(story.id)}` },
    h('span', { class: 'chevron', 'aria-hidden': 'true' }, '▸'), h('span', { class: 'story-title' }, story.title));
  toggle.addEventListener('click', () => {
    const set = searching ? collapsedInSearch : expanded;
    if (set.has(story.id)) set.delete(story.id);
    else set.add(story.id);
    const card = toggle.closest('li');
    const fresh = storyCard(item, searching, actions);
    card?.replaceWith(fresh);
    fresh.querySelector<HTMLElement>('[data-testid="story-toggle"]')?.focus();
  });
  const del = h('button', { type: 'button', class: 'btn btn-small btn-danger', 'data-testid': 'delete-story', 'aria-label': t('deleteStoryNamed', story.title) }, icon('trash', 13), t('deleteStory'));
  del.addEventListener('click', () => void actions.deleteStory(story.id, story.title));
  return h('li', { class: `story${open ? ' is-open' : ''}`, 'data-testid': 'story', 'data-group': story.id, 'data-key': story.id },
    h('div', { class: 'story-head' },
      h('h2', {}, toggle),
      h('div', { class: 'story-meta' },
        h('span', {}, tn('articleCount', story.articles.length)),
        h('span', {}, tn('independentTextCount', story.texts.length)),
        counted ? h('span', { class: 'has-conflicts' }, tn('conflictCount', counted)) : null,
        h('span', {}, t('lastRead', formatDay(story.lastSeen, i18n.locale)))),
      h('div', { class: 'outlets' }, ...outlets.slice(0, 6).map((o) => h('span', { class: 'chip' }, o)), outlets.length > 6 ? h('span', { class: 'chip' }, `+${outlets.length - 6}`) : null),
      h('div', { class: 'story-actions' }, del)),
    open ? storyBody(item, actions) : null);
}
