import { browser } from '../src/platform/browser.ts';
import { openDb, type StoryRecord, type TabRecord } from '../src/storage/db.ts';
import { recentStories } from '../src/storage/stories-repo.ts';
import { loadStoryView, type StoryView } from '../src/storage/story-view.ts';
import { renderSources } from './sources.ts';
import { renderConflicts } from './conflicts.ts';
import { conflictsOf } from '../src/storage/conflicts-repo.ts';
import { getTab } from '../src/storage/tabs-repo.ts';
import { formatDate, h } from '../src/ui/dom.ts';

const RECENT_LIMIT = 5;

const STATUS_TEXT: Record<string, string> = {
  captured: 'Captured',
  'not-article': 'Not an article: nothing captured on this page',
  paused: 'Capture is paused for this site',
  private: 'Private window: nothing is captured',
  'too-large': 'Page too large to capture',
  error: 'Could not capture this page',
  unknown: 'Nothing captured on this tab yet',
};

/** `?tab=<id>` shows that tab, so the popup can be opened (and tested) in a normal tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function storyMeta(story: StoryRecord): string {
  return [story.source, formatDate(story.published), `${story.words.toLocaleString()} words`].filter(Boolean).join(' · ');
}

function renderTab(tab: TabRecord | undefined, view: StoryView | undefined): HTMLElement {
  const story = view?.story;
  const status = tab?.status ?? 'unknown';
  const card = h('section', { class: 'card', 'data-testid': 'tab' },
    h('div', { class: 'status', 'data-testid': 'status', 'data-status': status }, STATUS_TEXT[status] ?? status));
  if (story && status === 'captured') {
    card.append(
      h('div', { class: 'story-title', 'data-testid': 'story-title' }, story.title),
      h('div', { class: 'meta', 'data-testid': 'story-meta' }, storyMeta(story)),
    );
  }
  return card;
}

function renderRecent(stories: StoryRecord[]): HTMLElement {
  const section = h('section', { 'aria-labelledby': 'recent-h' }, h('h2', { id: 'recent-h' }, 'Recently saved'));
  if (!stories.length) {
    section.append(h('p', { class: 'muted', 'data-testid': 'recent-empty' }, 'No stories saved yet. Read a news article and Crosscheck keeps it here, on this device only.'));
    return section;
  }
  section.append(h('ul', { 'data-testid': 'recent' }, ...stories.map((s) =>
    h('li', { 'data-story-url': s.url }, h('div', { class: 'story-title' }, s.title), h('div', { class: 'meta' }, storyMeta(s))))));
  return section;
}

async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const db = openDb();
  const tabId = await targetTabId();
  const tab = tabId === null ? undefined : await getTab(db, tabId);
  const view = tab?.status === 'captured' && tab.storyUrl ? await loadStoryView(db, tab.storyUrl) : undefined;
  const recent = await recentStories(db, RECENT_LIMIT);
  const details: HTMLElement[] = [];
  if (view) {
    const conflicts = await conflictsOf(db, view.story.url);
    const stories = new Map([view.story, ...view.sources.map((s) => s.story)].map((s) => [s.url, s]));
    details.push(renderConflicts(conflicts, stories, view.story.url), renderSources(view));
  }
  app.replaceChildren(h('h1', {}, 'Crosscheck'), renderTab(tab, view), ...details, renderRecent(recent));
  app.dataset.ready = 'true';
}

void main();
