import { type ArticleClaims, LEVEL_VERB, type NumberClaim } from '../../claims/types.ts';
import { sameKey, sharedKeys } from '../../nlp/keys.ts';
import { CONFLICT_CONFIG } from '../config.ts';
import { claimPairs, holdersCompatible, sameHolder } from '../pairs.ts';
import { sameEvent } from '../same-event.ts';
import { MEASURED_UNITS } from '../../claims/numbers/find-numbers.ts';
import { SEQUEL_SHOCK } from '../../claims/numbers/magnitude.ts';
import { AGE } from '../../claims/numbers/ages.ts';
import type { Conflict, Rule } from '../types.ts';

// A count caught part way: "so far", "with 545 results declared", "with 80% of votes counted", "exit polls",
// "preliminary results". (Not "as of 3 p.m.": a reading at a stated moment is still held to it.)
const PROVISIONAL = /\b(?:so far|with (?:just )?\d[\d,.]*%? (?:out )?of (?:the )?(?:\d|votes|ballots|results|seats|precincts)|(?:results?|seats?|votes?|ballots?|precincts?|constituencies) (?:(?:have )?(?:been )?(?:declared|counted|reported))|(?:exit|early) polls?|projections?|(?:preliminary|partial|early) (?:results?|counts?|tally|tallies))\b/iu;

// Verb stems of counts of a state rather than an outcome: trapped, stranded, missing, in hospital, evacuated, in shelters.
const STATE_VERBS = new Set(['trap', 'strand', 'miss', 'hospital', 'evacu', 'displac', 'shelter']);

// Words that announce a revised figure ("the toll rose to 25").
const REVISION = /\b(rose|risen|climbed|increased|grew|jumped|reached|now|updated|revised|latest|so far|has risen|toll)\b/i;
// A figure this many times the other is a gross disagreement.
const HIGH_RATIO = 2;

/**
 * The same count reported with figures that cannot both be true: the same
 * thing counted (unit), by the same verb (or none on either side, then with a
 * shared word next to both figures), in the same context, and ranges
 * that do not overlap ("at least 20" and "25" overlap; "20" and "25" do not).
 * A later article with a larger or explicitly revised figure is an update,
 * oriented from the earlier article to the later, not a contradiction.
 */
export const numberRule: Rule = {
  name: 'number',
  internal: false,
  find(a, b, internal) {
    const out: Conflict[] = [];
    for (const [x, y] of claimPairs(a, b, 'number', internal)) {
      if (x.unit !== y.unit || !overlapsNot(x, y) || !sameMeasure(x, y)) continue;
      // The same verb on both sides ("were killed"), or none on either; a
      // count with a verb against one without is too often a subtotal.
      const [vx, vy] = [x.event.heads[1], y.event.heads[1]];
      if (vx !== vy || (x.unit === MAGNITUDE && vx === SEQUEL_SHOCK)) continue;
      if (!holdersCompatible(x.by, y.by, sameHolder)) continue;
      // "the Liberal Democrats … winning 61 seats" against "Reform UK … winning four seats": two parties' counts.
      if (x.event.agents && y.event.agents && sharedKeys(x.event.agents, y.event.agents).length === 0) continue;
      // Two ages compare only for one person: "Matthew Perry" and "Perry" may be him or his father.
      if (x.unit === AGE && !samePerson(x.event.agents ?? [], y.event.agents ?? [])) continue;
      if (tellsApart(a, x, y) || tellsApart(b, y, x)) continue;
      if (differentYears(a, x, b, y) || differentStages(a.sentences[x.s] ?? '', b.sentences[y.s] ?? '')) continue;
      // A share or a sum with neither a verb nor a named measure could be of anything in the story.
      if (vx === undefined && MEASURED_UNITS.has(x.unit)) continue;
      const score = sameEvent(x.event, a.keys[x.s] ?? [], y.event, b.keys[y.s] ?? []);
      if (score === null || (vx === undefined && sharedKeys(x.event.keys, y.event.keys).length === 0)) continue;
      const sideA = { id: a.id, text: a.sentences[x.s] ?? '', value: x.raw };
      const sideB = { id: b.id, text: b.sentences[y.s] ?? '', value: y.raw };
      // People trapped, stranded or missing are a state that changes by the hour: two counts of it are two moments.
      const state = vx !== undefined && STATE_VERBS.has(vx);
      // A person's age does not move between reports of one event.
      const order = x.unit === AGE ? null : updateOrder(a, b, x, y, sideA.text, sideB.text, state);
      // A figure that "rose to" or "climbed to" is moving, and a count "so far" or "with 545 results declared"
      // is one moment of a count; without a publication order two snapshots of it are not a contradiction.
      if (!order && (vx === LEVEL_VERB || state || PROVISIONAL.test(sideA.text) || PROVISIONAL.test(sideB.text))) continue;
      const ratio = Math.max(x.lo, y.lo) / Math.max(1e-9, Math.min(high(x), high(y)));
      out.push({
        type: 'number', kind: order ? 'update' : 'conflict',
        a: order === 'b-first' ? sideB : sideA,
        b: order === 'b-first' ? sideA : sideB,
        subject: x.event.label,
        severity: ratio >= HIGH_RATIO || (x.unit === MAGNITUDE && Math.abs(x.lo - y.lo) >= HIGH_MAGNITUDE_GAP) ? 'high' : 'medium',
        confidence: Math.round(score * 100) / 100,
      });
    }
    return out;
  },
};

const high = (c: NumberClaim): number => c.hi ?? Infinity;

/** One full name within the other ("Robert Card" and "Robert R. Card"): the same person. */
function samePerson(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && sharedKeys(short, long).length === short.length;
}

// An article saying its figure replaces an earlier one: "updating an earlier toll of more than 600".
const REVISED_IN_TEXT = /\b(?:updating|updated|revised|raising|up from)\b[^.]*\b(?:earlier|previous|initial|prior)\b|\b(?:earlier|previous|initial|prior) (?:toll|tally|count|figure|estimate)\b/i;

/**
 * Two reports that cannot be ordered by publication (undated, or published
 * within the hour or on the same date without a time): the one with the
 * larger figure is the later when it says, beside a figure of that count,
 * that it revises an earlier one. Otherwise they stay unordered.
 */
function revisedInText(a: ArticleClaims, b: ArticleClaims, x: NumberClaim, y: NumberClaim): 'a-first' | 'b-first' | null {
  // Said in the sentence of a figure of that count.
  const revises = (article: ArticleClaims, claim: NumberClaim): boolean => article.claims.some(
    (c) => c.kind === 'number' && c.unit === claim.unit && REVISED_IN_TEXT.test(article.sentences[c.s] ?? ''));
  if (y.lo > high(x) && revises(b, y)) return 'a-first';
  if (x.lo > high(y) && revises(a, x)) return 'b-first';
  return null;
}

/**
 * The article of `x` also gives `other`'s figure, for the same unit but with
 * another verb or none ("grew to 155 mph overnight … made landfall with
 * sustained winds of 150 mph"), or in the same sentence as `x` ("£38m plus up
 * to £4m in add-ons"): it tells two moments or amounts apart, and `x` is no
 * contradiction of `other`. The same figure with the same verb in another
 * sentence is the article contradicting itself, which still counts.
 */
function tellsApart(article: ArticleClaims, x: NumberClaim, other: NumberClaim): boolean {
  return article.claims.some((c) => c.kind === 'number' && c !== x && c.unit === x.unit && !overlapsNot(capped(c), other)
    && (c.event.heads[1] !== x.event.heads[1] || c.s === x.s || otherSource(c, x) || otherReading(c, x)));
}

/**
 * Two figures one article gives from different sources ("a 7.8 magnitude
 * earthquake … Turkey's disaster agency, AFAD, said the quake measured 7.4"):
 * it reports both readings, and contradicts neither.
 */
const otherSource = (c: NumberClaim, x: NumberClaim): boolean => c.by !== x.by && !(c.by !== undefined && x.by !== undefined && sameKey(c.by, x.by));

/**
 * A second magnitude for the same shock in one article is another agency's
 * reading, named or not ("the Survey rated it 7.4 … the agency, however,
 * gave it 7.2"), unless both are given to one named source.
 */
const otherReading = (c: NumberClaim, x: NumberClaim): boolean => x.unit === MAGNITUDE && !(c.by !== undefined && x.by !== undefined && sameKey(c.by, x.by));

/**
 * The years a figure is about: those its sentence dates an event to ("on May
 * 7, 2017, with 66.10% of the vote"), else the year of publication. A
 * "since 2014" dates nothing. `named` when the sentence itself says the year.
 */
function yearsAbout(article: ArticleClaims, claim: NumberClaim): { years: number[]; named: boolean } {
  const named = article.claims.flatMap((c) => (c.kind === 'time' && c.s === claim.s && c.rel === 'at' && !c.inferred && c.value.y !== undefined ? [c.value.y] : []));
  if (named.length) return { years: named, named: true };
  // "in 1999", "in January 2020": a year the sentence states, though no event claim came of it.
  const stated = [...(article.sentences[claim.s] ?? '').matchAll(IN_YEAR)].map((m) => Number(m[1]));
  if (stated.length) return { years: stated, named: true };
  // "in October that year", "a year later", "last year": another year than this story's.
  if (OTHER_YEAR.test(article.sentences[claim.s] ?? '')) return { years: [ANOTHER_YEAR], named: true };
  const published = article.published ? new Date(article.published).getUTCFullYear() : Number.NaN;
  return { years: Number.isNaN(published) ? [] : [published], named: false };
}

const IN_YEAR = /\b(?:in|of) (?:\p{Lu}\p{Ll}+ )?((?:19|20)\d\d)\b(?![-–%])/gu;
const OTHER_YEAR = /\b(?:that|the same|the following|the next|the previous|the prior|last|next) year\b|\ba year (?:earlier|later|before|after|ago)\b/iu;
/** Stands for a year the sentence refers back to: it differs from every year stated. */
const ANOTHER_YEAR = -1;

/** Figures about different years (the last election's share against this one's) are different figures. */
function differentYears(a: ArticleClaims, x: NumberClaim, b: ArticleClaims, y: NumberClaim): boolean {
  const ya = yearsAbout(a, x);
  const yb = yearsAbout(b, y);
  // An undated report's figure is about its own time; one whose sentence names a year ("in 1999") is history.
  if (ya.years.length === 0 || yb.years.length === 0) return ya.named || yb.named;
  return !ya.years.some((year) => yb.years.includes(year));
}

// "the first round", "second-half", "third quarter": a stage of a contest or a year.
const STAGE = /\b(first|second|third|fourth|fifth|final|1st|2nd|3rd|4th|5th)[-\s](round|quarter|half|leg|stage|set|period|phase|wave|innings)\b/giu;

/**
 * Figures of different stages ("27.84% in the first round" against "58.2%"
 * in the runoff) are different figures: the stages named differ, or only one
 * sentence names a stage at all.
 */
function differentStages(sentenceA: string, sentenceB: string): boolean {
  const stages = (text: string): Set<string> => new Set([...text.matchAll(STAGE)].map((m) => `${(m[1] ?? '').toLowerCase()} ${(m[2] ?? '').toLowerCase()}`));
  const sa = stages(sentenceA);
  const sb = stages(sentenceB);
  if (sa.size === 0 && sb.size === 0) return false;
  return ![...sa].some((stage) => sb.has(stage));
}

// Magnitudes are logarithmic: a whole unit apart is ten times the shaking, however small the ratio.
const MAGNITUDE = 'magnitud';
const HIGH_MAGNITUDE_GAP = 1;

/**
 * Lengths measure between two ends: "35 miles south of Mexico City" and "600
 * miles from the epicentre" are different distances. Both ends must be shared:
 * the reference or dimension, and a word of the thing measured.
 */
function sameMeasure(x: NumberClaim, y: NumberClaim): boolean {
  if (!x.span && !y.span) return true;
  if (!x.span || !y.span) return false;
  return sharedKeys(x.span.ref, y.span.ref).length > 0 && sharedKeys(x.span.what, y.span.what).length > 0;
}
const overlapsNot = (x: NumberClaim, y: NumberClaim): boolean => high(x) < y.lo || high(y) < x.lo;
// The figures a claim gives: "at least 28 people" gives 28 or somewhat more, not every count above it.
const capped = (c: NumberClaim): NumberClaim => (c.hi === null ? { ...c, hi: c.lo * HIGH_RATIO } : c);

/** 'a-first' / 'b-first' when the figures read as an update, else null. */
function updateOrder(
  a: ArticleClaims, b: ArticleClaims, x: NumberClaim, y: NumberClaim, textA: string, textB: string, state = false,
): 'a-first' | 'b-first' | null {
  const ta = Date.parse(a.published ?? '');
  const tb = Date.parse(b.published ?? '');
  if (!Number.isFinite(ta) || !Number.isFinite(tb) || Math.abs(ta - tb) < CONFLICT_CONFIG.updateGapMs) return revisedInText(a, b, x, y);
  const [earlier, later, laterText, order] = ta < tb ? [x, y, textB, 'a-first' as const] : [y, x, textA, 'b-first' as const];
  // Tolls and tallies grow; a later, larger or explicitly revised figure is news, not a contradiction.
  // A state goes either way (the trapped are rescued): any later count of it is news.
  return state || later.lo > high(earlier) || REVISION.test(laterText) ? order : null;
}
