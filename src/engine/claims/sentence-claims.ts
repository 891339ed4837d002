import { type Tense, tenseAt } from '../nlp/tense.ts';
import type { Sentence, Token } from '../nlp/tokens.ts';
import { eventAt } from './event.ts';
import type { EvidenceTable } from './evidence.ts';
import { phrasesBefore } from './noun-phrase.ts';
import { findNumbers } from './numbers/find-numbers.ts';
import { findPredicates } from './predicates.ts';
import { statementAt } from './statement.ts';
import type { Speaker, SpeakerMemory } from './speakers.ts';
import type { CalendarDate } from './times/calendar.ts';
import { findDates } from './times/chrono-dates.ts';
import { findTimes, type TimeMention } from './times/find-times.ts';
import { resolveTimes } from './times/resolve-times.ts';
import type { Claim } from './types.ts';

export interface SentenceContext {
  sentence: Sentence;
  /** Per token: the quote span holding it, or -1. */
  quoteOf: readonly number[];
  /** Speaker of each quote span of the paragraph. */
  quoteSpeakers: readonly (Speaker | null)[];
  /** Who the sentence reports, outside its quotes. */
  holder: Speaker | null;
  reference: CalendarDate | null;
  memory: SpeakerMemory;
  evidence: EvidenceTable;
}

// How far from a time expression its verb may be for its tense to count.
const TENSE_REACH = 8;

/** Time, number and predicate claims of one sentence. */
export function sentenceClaims(ctx: SentenceContext): Claim[] {
  const { sentence, quoteOf } = ctx;
  const tokens = sentence.tokens;
  // A claim never reaches across a quotation mark: words inside a quote and
  // the reporter's words around it are different statements.
  const boundFor = (anchor: number) => (i: number): boolean => i < 0 || i >= tokens.length || quoteOf[i] !== quoteOf[anchor];
  const holderAt = (i: number): Speaker | null => ((quoteOf[i] ?? -1) >= 0 ? ctx.quoteSpeakers[quoteOf[i] ?? -1] ?? null : ctx.holder);
  const evidence = (withKeys = false): number => ctx.evidence.add(sentence.text, tokens, withKeys);
  const by = (speaker: Speaker | null): { by?: string } => (speaker && !speaker.relay ? { by: speaker.key } : {});
  const claims: Claim[] = [];

  const mentions = mergeMentions(findTimes(tokens), findDates(sentence, ctx.reference));
  const resolved = resolveTimes(mentions, ctx.reference, (m) => tenseNear(tokens, m, boundFor(m.from)));
  mentions.forEach((m, i) => {
    const r = resolved[i];
    const event = r ? eventAt(tokens, m.from, m.to, boundFor(m.from)) : null;
    // A time that dates what someone said, not an event: kept as that statement's date.
    const holder = holderAt(m.from);
    const statement = r && !event && holder && !holder.relay && (quoteOf[m.from] ?? -1) < 0 ? statementAt(tokens, m.from, m.to, boundFor(m.from)) : null;
    const about = event ?? statement;
    if (!r || !about || repeated(tokens, m.from, m.to) || quotedRelativeDay(m, quoteOf)) return;
    const raw = sentence.text.slice((tokens[m.from] as Token).start - sentence.start, (tokens[m.to - 1] as Token).end - sentence.start);
    claims.push({
      kind: 'time', s: evidence(true), ...by(holder), raw, gran: r.gran, value: r.value, inferred: r.inferred, rel: m.rel, event: about,
      ...(event ? {} : { statement: true as const }),
    });
  });

  const covered = new Set(mentions.flatMap((m) => range(m.from, m.to)));
  for (const n of findNumbers(tokens, covered, boundFor)) {
    claims.push({ kind: 'number', s: evidence(true), ...by(holderAt(n.from)), raw: n.raw, lo: n.lo, hi: n.hi, unit: n.unit, event: n.event, ...(n.span ? { span: n.span } : {}) });
  }

  for (const p of findPredicates(tokens, boundFor)) {
    // "Russia denied bombing the city": the denial is Russia's claim.
    const denier = p.deniedBy === undefined ? null : phrasesBefore(tokens, p.deniedBy)[0];
    const holder = denier ? ctx.memory.resolve(tokens, denier) : holderAt(p.at);
    claims.push({ kind: 'predicate', s: evidence(), ...by(holder), verb: p.verb, negated: p.negated, tense: p.tense, subject: p.subject, object: p.object, label: p.label });
  }
  // Reported speech long enough to hold a quotation's worth of words.
  const unquoted = quoteOf.filter((q) => q < 0).length;
  if (ctx.holder && !ctx.holder.relay && unquoted >= MIN_REPORT_TOKENS) claims.push({ kind: 'report', s: evidence(), by: ctx.holder.key });
  return claims;
}

/**
 * "Tomorrow" or "this evening" inside a quotation counts from the day the
 * words were spoken, which the article does not give: outlets that print one
 * statement on different days would otherwise date it differently.
 */
function quotedRelativeDay(m: TimeMention, quoteOf: readonly number[]): boolean {
  return m.kind === 'relative-day' && m.base !== 'anchor' && (quoteOf[m.from] ?? -1) >= 0;
}

// Shorter reported clauses cannot hold the six words a paraphrase check needs.
const MIN_REPORT_TOKENS = 8;

/** Token-pattern mentions yield to chrono's dates where both cover the same words. */
function mergeMentions(scanned: TimeMention[], dates: TimeMention[]): TimeMention[] {
  const overlaps = (a: TimeMention, b: TimeMention): boolean => a.from < b.to && b.from < a.to;
  return [...dates, ...scanned.filter((m) => !dates.some((d) => overlaps(m, d)))].sort((a, b) => a.from - b.from);
}

function tenseNear(tokens: readonly Token[], m: TimeMention, bound: (i: number) => boolean): Tense | null {
  for (let d = 1; d <= TENSE_REACH; d++) {
    for (const k of [m.from - d, m.to - 1 + d]) {
      if (bound(k)) continue;
      const t = tokens[k];
      if (t?.pos === 'VERB' || (t?.pos === 'AUX' && /^(will|would|shall)$/.test(t.norm))) return tenseAt(tokens, k) ?? (t.pos === 'AUX' ? 'future' : null);
    }
  }
  return null;
}

// "another strike on Tuesday", "talks resumed again on Monday", "first
// elected in 2016": one of a series, so a different date elsewhere is likely
// another occurrence, not a contradiction.
const REPEAT_CUES = new Set([
  'another', 'again', 'fresh', 'renewed', 'second', 'third', 'latest', 'further', 'resume', 'resumed', 'round',
  'first', 'previous', 'previously', 'once', 'initially', 'originally', 're-elected', 'reelected',
]);
const REPEAT_REACH = 10;

function repeated(tokens: readonly Token[], from: number, to: number): boolean {
  const near = [...tokens.slice(Math.max(0, from - REPEAT_REACH), from), ...tokens.slice(to, to + 2)];
  return near.some((t) => REPEAT_CUES.has(t.norm) || REPEAT_CUES.has(t.lemma));
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);
