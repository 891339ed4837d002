import type { ArticleClaims, TimeClaim } from '../../claims/types.ts';
import { sameKey, sharedKeys } from '../../nlp/keys.ts';
import { claimPairs, holdersCompatible, sameHolder, publishedApart } from '../pairs.ts';
import { sameEvent } from '../same-event.ts';
import type { Conflict } from '../types.ts';
import { compareTimes, type TimeConflictType } from './compare-times.ts';
import { formatTime } from './format-time.ts';
import { CONFLICT_CONFIG } from '../config.ts';

// A time the text states outright is stronger evidence than one computed
// from "a day earlier" or the publication date.
const INFERRED_PENALTY = 0.1;
const SEVERITY: Readonly<Record<TimeConflictType, Conflict['severity']>> = { year: 'high', date: 'medium', weekday: 'medium' };

/**
 * The same event dated differently, for one comparison type. Shared by the
 * year, date and weekday rules, which differ only in the type they report.
 */
export function timeConflicts(a: ArticleClaims, b: ArticleClaims, internal: boolean, type: TimeConflictType): Conflict[] {
  if (type === 'weekday' && !internal && publishedApart(a, b, CONFLICT_CONFIG.maxWeekdayPublicationGapDays)) return [];
  const out: Conflict[] = [];
  for (const [x, y] of claimPairs(a, b, 'time', internal)) {
    if (x.statement !== y.statement || (x.statement && !sameStatement(x, y, internal, type))) continue;
    const comparison = compareTimes(x, y);
    if (!comparison || comparison.type !== type || !comparison.differs) continue;
    if (!holdersCompatible(x.by, y.by, sameHolder)) continue;
    const score = sameEvent(x.event, a.keys[x.s] ?? [], y.event, b.keys[y.s] ?? []);
    if (score === null || (internal && listsDates(a, x, type))) continue;
    const confidence = score - INFERRED_PENALTY * (Number(x.inferred) + Number(y.inferred));
    out.push({
      type, kind: 'conflict',
      a: { id: a.id, text: a.sentences[x.s] ?? '', value: formatTime(x, type) },
      b: { id: b.id, text: b.sentences[y.s] ?? '', value: formatTime(y, type) },
      subject: x.event.label.length >= y.event.label.length ? x.event.label : y.event.label,
      severity: x.statement ? 'low' : x.inferred || y.inferred ? 'medium' : SEVERITY[type],
      confidence: Math.round(confidence * 100) / 100,
    });
  }
  return out;
}

/**
 * One article giving one event three or more dates lists its parts or its
 * occurrences ("interest dating to March 2019 … to May 2022 … to June 2023"),
 * and contradicts itself on none of them.
 */
function listsDates(article: ArticleClaims, x: TimeClaim, type: TimeConflictType): boolean {
  const values = new Set<string>();
  for (const c of article.claims) {
    if (c.kind !== 'time' || c.rel !== x.rel || c.statement !== x.statement) continue;
    if (c !== x && sameEvent(x.event, article.keys[x.s] ?? [], c.event, article.keys[c.s] ?? []) === null) continue;
    values.add(formatTime(c, type));
  }
  return values.size >= LISTED_DATES;
}
const LISTED_DATES = 3;

/**
 * Two dated statements are one statement dated twice only when the same
 * person said nearly the same thing: officials repeat themselves day after
 * day, so a shared topic is not enough. Within one article, and across years,
 * two dates of a statement are two statements.
 */
function sameStatement(x: TimeClaim, y: TimeClaim, internal: boolean, type: TimeConflictType): boolean {
  if (internal || type === 'year' || x.by === undefined || y.by === undefined || !sameKey(x.by, y.by)) return false;
  const shared = sharedKeys(x.event.keys, y.event.keys).length;
  return shared >= CONFLICT_CONFIG.minStatementKeys && shared >= CONFLICT_CONFIG.minStatementOverlap * Math.min(x.event.keys.length, y.event.keys.length);
}
