import type { ConflictRecord, StoryRecord } from '../src/storage/db.ts';
import { formatDate, h } from '../src/ui/dom.ts';

const TYPE_TEXT: Record<string, string> = {
  year: 'Different year', date: 'Different date', weekday: 'Different day', number: 'Different figure',
  negation: 'Affirmed and denied', quote: 'Quote worded differently',
};

function side(label: string, value: string, text: string, story: StoryRecord | undefined): HTMLElement {
  const outlet = story ? [story.source ?? new URL(story.url).hostname, formatDate(story.published)].filter(Boolean).join(', ') : '';
  return h('blockquote', { class: 'side' },
    h('div', { class: 'side-head' }, h('strong', {}, value), outlet ? ` — ${outlet}` : '', label ? ` (${label})` : ''),
    h('p', {}, text));
}

/** A plain list of the conflicting claims, both sentences shown as evidence. */
export function renderConflicts(conflicts: readonly ConflictRecord[], stories: ReadonlyMap<string, StoryRecord>, here: string): HTMLElement {
  const real = conflicts.filter((c) => c.kind === 'conflict').length;
  const section = h('section', { 'aria-labelledby': 'conflicts-h', 'data-testid': 'conflicts' },
    h('h2', { id: 'conflicts-h' }, `Conflicting claims (${real})`));
  if (!conflicts.length) {
    section.append(h('p', { class: 'muted', 'data-testid': 'conflicts-empty' }, 'No conflicting claims found between this article and its other sources.'));
    return section;
  }
  section.append(h('ul', { 'data-testid': 'conflict-list' }, ...conflicts.map((c) => {
    const inside = c.a.id === c.b.id;
    const title = c.kind === 'update' ? 'Update: a later report revises a figure' : `${TYPE_TEXT[c.type] ?? c.type}${inside ? ' inside this article' : ''}`;
    return h('li', { 'data-testid': 'conflict', 'data-type': c.type, 'data-kind': c.kind, 'data-severity': c.severity },
      h('div', { class: 'conflict-head' }, h('span', { class: `sev sev-${c.severity}` }, c.severity), ` ${title}: ${c.subject}`),
      side(c.a.id === here && !inside ? 'this page' : '', c.a.value, c.a.text, stories.get(c.a.id)),
      side(c.b.id === here && !inside ? 'this page' : '', c.b.value, c.b.text, stories.get(c.b.id)));
  })));
  return section;
}
