import type { ConflictSide } from '../engine/conflicts/types.ts';
import type { CollapsedConflict } from '../storage/conflict-collapse.ts';
import type { ConflictRecord, StoryRecord } from '../storage/db.ts';
import { h } from './dom.ts';
import { formatDay, outletOf } from './format.ts';
import type { MessageKey, Translator } from './i18n-core.ts';
import { icon } from './icons.ts';
import { diffSegments, valueSegments, type Segment } from './marks.ts';

const TYPE_LABELS: Record<string, MessageKey> = {
  year: 'typeYear', date: 'typeDate', weekday: 'typeWeekday', number: 'typeNumber', negation: 'typeNegation', quote: 'typeQuote',
};
const SEVERITY_LABELS: Record<ConflictRecord['severity'], MessageKey> = { high: 'severityHigh', medium: 'severityMedium', low: 'severityLow' };

export const typeLabel = (type: string, { t }: Translator): string => t(TYPE_LABELS[type] ?? 'typeOther');

export interface ConflictActions {
  /** The article open in the tab, whose sentences "Show in page" can find. */
  here: string | null;
  showInPage?: (sentence: string) => void;
  open?: (url: string) => void;
  dismiss: (dismissed: boolean) => void;
}

function sentence(segments: Segment[], markClass: string): HTMLElement {
  return h('blockquote', { class: 'side-text' }, ...segments.map((s) => (s.marked ? h('mark', { class: markClass }, s.text) : s.text)));
}

function side(item: CollapsedConflict, which: 'a' | 'b', stories: ReadonlyMap<string, StoryRecord>, actions: ConflictActions, tr: Translator): HTMLElement {
  const c = item.conflict;
  const s: ConflictSide = c[which];
  const copies = item.alsoIn[which];
  const story = stories.get(s.id);
  const onThisPage = actions.here !== null && s.id === actions.here;
  const segments = c.diff?.length ? diffSegments(s.text, c.diff, which) : valueSegments(s.text, s.value);
  const markClass = c.diff?.length ? `diff diff-${which}` : 'value';
  const outlet = story ? outletOf(story) : tr.t('unknownSource');
  const action = onThisPage && actions.showInPage
    ? h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'show-in-page' }, icon('locate', 14), tr.t('showInPage'))
    : !onThisPage && story && actions.open
      ? h('button', { type: 'button', class: 'btn btn-small btn-quiet', 'data-testid': 'open-source', 'aria-label': tr.t('openArticleFrom', outlet) }, icon('external', 14), tr.t('open'))
      : null;
  action?.addEventListener('click', () => (onThisPage ? actions.showInPage?.(s.text) : actions.open?.(s.id)));
  return h('div', { class: 'side', 'data-testid': `side-${which}`, 'data-article': s.id },
    h('div', { class: 'side-head' },
      h('span', { class: 'outlet' }, outlet),
      story?.published ? h('span', { class: 'date' }, formatDay(story.published, tr.locale)) : null,
      copies.length ? h('span', { class: 'chip', title: copies.map((id) => (stories.get(id) ? outletOf(stories.get(id) as StoryRecord) : id)).join(', ') }, tr.tn('alsoInCopies', copies.length)) : null,
      onThisPage ? h('span', { class: 'chip chip-here' }, tr.t('thisPage')) : null),
    sentence(segments, markClass),
    action ? h('div', { class: 'side-actions' }, action) : null);
}

/** One flag: both versions side by side, the differing words marked, with "Show in page" and "Not a conflict". */
export function conflictCard(item: CollapsedConflict, stories: ReadonlyMap<string, StoryRecord>, dismissed: boolean, actions: ConflictActions, tr: Translator): HTMLElement {
  const c = item.conflict;
  const update = c.kind === 'update';
  const inside = c.a.id === c.b.id;
  const values = c.type !== 'quote' && c.a.value && c.b.value
    ? h('span', { class: 'values' }, h('span', { class: 'value-pill' }, c.a.value), h('span', { class: 'vs', 'aria-hidden': 'true' }, update ? '→' : '≠'), h('span', { class: 'value-pill' }, c.b.value))
    : null;
  const dismiss = h('button', { type: 'button', class: 'btn btn-small btn-quiet', 'data-testid': 'conflict-dismiss', 'aria-pressed': String(dismissed) },
    icon(dismissed ? 'undo' : 'close', 14), tr.t(dismissed ? 'restoreConflict' : 'notAConflict'));
  dismiss.addEventListener('click', () => actions.dismiss(!dismissed));
  return h('li', { class: `conflict${dismissed ? ' is-dismissed' : ''}`, 'data-testid': 'conflict', 'data-type': c.type, 'data-kind': c.kind, 'data-severity': c.severity, 'data-dismissed': String(dismissed) },
    h('div', { class: 'conflict-head' },
      update
        ? h('span', { class: 'chip chip-update' }, icon('update', 12), tr.t('updateLabel'))
        : h('span', { class: `chip sev sev-${c.severity}` }, tr.t(SEVERITY_LABELS[c.severity])),
      h('span', { class: 'subject' }, c.subject),
      values),
    update ? h('p', { class: 'note' }, tr.t('updateExplained')) : inside ? h('p', { class: 'note' }, tr.t('insideArticle')) : null,
    h('div', { class: 'sides' }, side(item, 'a', stories, actions, tr), side(item, 'b', stories, actions, tr)),
    h('div', { class: 'conflict-foot' }, dismissed ? h('span', { class: 'note' }, tr.t('dismissedNote')) : null, dismiss));
}

const RANK = { high: 0, medium: 1, low: 2 } as const;

/** Conflicts grouped by type, the group with the most severe flag first; updates last, in their own group. */
export function groupConflicts<T extends { conflict: ConflictRecord }>(items: readonly T[]): { type: string; update: boolean; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const c = item.conflict;
    const key = c.kind === 'update' ? '\u0000update' : c.type;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const bySeverity = ({ conflict: x }: T, { conflict: y }: T): number => RANK[x.severity] - RANK[y.severity] || y.confidence - x.confidence;
  const top = (g: T[]): number => RANK[(g[0] as T).conflict.severity];
  return [...groups].map(([key, group]) => ({ type: key === '\u0000update' ? 'update' : key, update: key === '\u0000update', items: group.sort(bySeverity) }))
    .sort((x, y) => Number(x.update) - Number(y.update) || top(x.items) - top(y.items) || y.items.length - x.items.length);
}
