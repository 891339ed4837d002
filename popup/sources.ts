import type { StoryRecord } from '../src/storage/db.ts';
import type { SourceView } from '../src/storage/story-view.ts';
import type { TextView } from '../src/storage/story-texts.ts';
import { h } from '../src/ui/dom.ts';
import { formatDay, formatPercent, outletOf } from '../src/ui/format.ts';
import { i18n, t, tn } from '../src/ui/i18n.ts';
import { icon } from '../src/ui/icons.ts';
import type { PopupActions } from './actions.ts';
import type { PopupModel } from './model.ts';

function articleRow(story: StoryRecord, here: string, relation: SourceView | undefined, reused: number | null, actions: PopupActions): HTMLElement {
  const self = story.url === here;
  const outlet = outletOf(story);
  const link = h('a', { href: story.url, class: 'article-link', 'data-testid': 'source-open', title: story.url }, story.title || story.url);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void actions.open(story.url);
  });
  // A copy filed under its original says how much it took; other rows say how they relate to this page.
  const reusedChip = reused !== null ? h('span', { class: 'chip chip-copy', 'data-testid': 'reused' }, icon('copy', 11), t('copyReused', formatPercent(reused, i18n.locale))) : null;
  const chip = self
    ? h('span', { class: 'chip chip-here' }, t('thisPage'))
    : reusedChip
      ?? (relation?.relation === 'copy'
        ? h('span', { class: 'chip chip-copy' }, icon('copy', 11), t('relationSameText'))
        : h('span', { class: 'chip' }, t(relation?.direct === false ? 'relationViaOther' : 'relationSameStory')));
  const attrs = self
    ? { 'data-testid': 'source-self', 'data-url': story.url }
    : { 'data-testid': 'source', 'data-relation': relation?.relation ?? 'same-story', 'data-url': story.url };
  return h('div', { class: `article-row${self ? ' is-self' : ''}`, ...attrs },
    h('div', { class: 'row-head' },
      h('span', { class: 'outlet' }, outlet),
      story.published ? h('span', { class: 'date' }, formatDay(story.published, i18n.locale)) : null,
      self ? reusedChip : null,
      chip),
    self ? h('div', { class: 'article-title' }, story.title) : link);
}

function textItem(text: TextView, here: string, relations: ReadonlyMap<string, SourceView>, actions: PopupActions): HTMLElement {
  const item = h('li', { class: 'text', 'data-testid': 'independent-text' },
    articleRow(text.original, here, relations.get(text.original.url), null, actions));
  if (text.copies.length) {
    item.append(h('ul', { class: 'copies', 'aria-label': tn('copiesOf', text.copies.length, outletOf(text.original)) },
      ...text.copies.map((c) => h('li', { class: 'copy' }, articleRow(c.story, here, relations.get(c.story.url), c.reused, actions)))));
  }
  return item;
}

/** "N sources, M independent texts", then each independent text with its copies filed under it. */
export function renderSources(m: PopupModel, actions: PopupActions): HTMLElement | null {
  const view = m.view;
  if (!view) return null;
  const { articleCount: n, independentTexts: k } = view;
  const relations = new Map(view.sources.map((s) => [s.story.url, s]));
  const section = h('section', { class: 'panel', 'aria-labelledby': 'sources-h', 'data-testid': 'sources' },
    h('div', { class: 'panel-head' },
      h('h2', { id: 'sources-h' }, t('sourcesHeading')),
      h('span', { class: 'summary', 'data-testid': 'story-summary' }, t('storySummary', tn('sourceCount', n), tn('independentTextCount', k)))));
  if (!view.sources.length) {
    section.append(h('p', { class: 'empty', 'data-testid': 'sources-empty' }, t('noOtherSources')));
    return section;
  }
  section.append(h('ol', { class: 'texts', 'data-testid': 'source-list' }, ...m.texts.map((text) => textItem(text, view.story.url, relations, actions))));
  return section;
}
