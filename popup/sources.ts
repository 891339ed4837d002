import { browser } from '../src/platform/browser.ts';
import type { SourceView, StoryView } from '../src/storage/story-view.ts';
import { formatDate, h } from '../src/ui/dom.ts';

const pct = (x: number | null): string => (x === null ? '' : `${Math.round(x * 100)}%`);

function relationText(source: SourceView): string {
  if (source.relation === 'copy') return `Copy · ${pct(source.reusedThere)} of its text reused`;
  return source.direct ? 'Same story, other words' : 'Same story (via another source)';
}

function renderSource(source: SourceView): HTMLElement {
  const { story } = source;
  const open = h('button', { type: 'button', class: 'link', 'data-testid': 'source-open', title: story.url }, story.title || story.url);
  // Opening a URL the reader already visited; only http(s) ever reaches the store.
  open.addEventListener('click', () => void browser.tabs.create({ url: story.url }));
  return h('li', { 'data-testid': 'source', 'data-relation': source.relation, 'data-url': story.url },
    h('div', { class: 'source-head' }, h('span', { class: 'outlet' }, story.source ?? new URL(story.url).hostname),
      h('span', { class: `relation relation-${source.relation}` }, relationText(source))),
    open,
    h('div', { class: 'meta' }, formatDate(story.published)));
}

/** "N sources, M independent texts" and the list of the other sources. */
export function renderSources(view: StoryView): HTMLElement {
  const { articleCount: n, independentTexts: m } = view;
  const section = h('section', { 'aria-labelledby': 'sources-h', 'data-testid': 'sources' },
    h('h2', { id: 'sources-h' }, 'Other sources'),
    h('p', { class: 'summary', 'data-testid': 'story-summary' }, `${n} source${n === 1 ? '' : 's'}, ${m} independent text${m === 1 ? '' : 's'}`));
  if (!view.sources.length) {
    section.append(h('p', { class: 'muted', 'data-testid': 'sources-empty' }, 'No other source for this story among the articles you have read.'));
    return section;
  }
  section.append(h('ul', { 'data-testid': 'source-list' }, ...view.sources.map(renderSource)));
  return section;
}
