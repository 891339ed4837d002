import { keysOf } from '../../nlp/keys.ts';
import { LIGHT_WORDS } from '../../nlp/lexicon/function-words.ts';
import { REPORTING_VERBS } from '../../nlp/lexicon/reporting.ts';
import { TIME_NAMES, TIME_UNITS } from '../../nlp/lexicon/time-words.ts';
import { parseNumberAt } from '../../nlp/parse-number.ts';
import { stem } from '../../nlp/stem.ts';
import type { Token } from '../../nlp/tokens.ts';
import { LEVEL_VERB, type MeasureSpan, type NumberClaim } from '../types.ts';
import { findAges } from './ages.ts';
import { LEVEL_VERBS, levelSubject } from './level.ts';
import { magnitudeAt } from './magnitude.ts';
import { qualifiedRange } from './qualifier-range.ts';

export type FoundNumber = Omit<NumberClaim, 's' | 'by' | 'kind'> & { from: number; to: number };

const CURRENCY: Readonly<Record<string, string>> = { $: '$', '€': '€', '£': '£', dollar: '$', euro: '€', pound: '£' };
// Nouns through which a figure still counts the noun after them ("20 of the soldiers").
const CONTENT_VERB = (t: Token | undefined): t is Token =>
  t !== undefined && t.pos === 'VERB' && !LIGHT_WORDS.has(t.lemma) && !REPORTING_VERBS.has(t.lemma);
const WINDOW = 6;
// Context after a count reaches further: "20 people were killed in the missile
// strike on Kramatorsk" names the place eight words on.
const CONTEXT_AFTER = 10;
// A figure below this is rarely a reported count ("one of the", "two sides")
// and too often a pronoun-like use to be worth comparing.
const MIN_VALUE = 2;

/**
 * Counts in one sentence: the figure with its qualifier range, what it counts
 * (the noun after it, or "%" / a currency) and the verb it goes with ("20
 * people were killed"). Years, dates (`covered`), identifiers ("Article 5"),
 * compounds ("25-year-old") and durations ("two weeks") are not counts.
 *
 * @example findNumbers(tokens('At least 20 people were killed.'), new Set(), () => () => false)
 *   // [{ raw: 'At least 20 people', lo: 20, hi: null, unit: 'peopl', event: { heads: ['person', 'kill'], … } }]
 */
export function findNumbers(
  tokens: readonly Token[], covered: ReadonlySet<number>, boundFor: (anchor: number) => (i: number) => boolean,
): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const parsed = parseNumberAt(tokens, i);
    if (!parsed) continue;
    const prev = tokens[i - 1];
    // "the two sides" refers to known things; it does not report a count.
    const referring = /^(the|both|these|those|all)$/.test(prev?.norm ?? '') && !/\d/.test(tokens[i]?.text ?? '');
    const magnitude = magnitudeAt(tokens, i, parsed.end, parsed.value);
    // "Article 5-", "24/7", "9 p.m."; a full stop only inside a sentence ("No. 3. …"), not the one ending "rose to 80.".
    const after = tokens[parsed.end]?.text ?? '';
    const joined = /^[-–/:]$/.test(after) || (after === '.' && parsed.end + 1 < tokens.length) || CLOCK.test(after);
    const skip = !magnitude && (parsed.value < MIN_VALUE || referring || prev?.pos === 'NOUN' || prev?.pos === 'PROPN' || joined);
    if (skip) {
      i = parsed.end - 1;
      continue;
    }
    const unit = magnitude ?? unitAt(tokens, i, parsed.end);
    const bound = boundFor(i);
    if (unit && !TIME_UNITS.has(unit.stem) && !CLOCK.test(unit.text)) {
      const qualified = qualifiedRange(tokens, prev && CURRENCY[prev.text] ? i - 1 : i, parsed.value, parsed.scaled);
      const range = parsed.upper === undefined ? qualified : { ...qualified, lo: parsed.value, hi: parsed.upper };
      // A figure a level verb reaches ("the toll has risen to 80, according to …") goes with that verb.
      const level = 'level' in unit ? unit.level : undefined;
      // "killed 154 and injured 149, with 33 people in serious condition": after "with", the verb before is not the figure's.
      const verb = magnitude || level || partitive(tokens, range.from, unit.index) ? undefined
        : eventNoun(tokens, range.from) ?? verbNear(tokens, unit.index, bound, tokens[range.from - 1]?.norm === 'with');
      // A share or a sum with no verb is told by what it measures ("a 38% premium", "an increase of 5.66%").
      const measure = !magnitude && !verb && MEASURED_UNITS.has(unit.stem) ? measuredNoun(tokens, range.from, unit.index, bound) : undefined;
      // A magnitude is one reading of one shock, however the sentence words it.
      const second = magnitude ? magnitude.shock : level ? LEVEL_VERB : verb ? (LEVEL_VERBS.has(verb.lemma) ? LEVEL_VERB : stem(verb.lemma)) : measure;
      // "471 Palestinians were killed" counts people, as "500 people were killed" does; whose people is its agent.
      const people = second !== undefined && CASUALTY_VERBS.has(second) && DEMONYM_PLURAL.test(unit.text);
      const heads = second ? [people ? PEOPLE : unit.stem, second] : [unit.stem];
      const from = Math.min(range.from, unit.index);
      const to = Math.max(parsed.end, unit.index + 1);
      const span = LENGTH_UNIT.test(unit.text.toLowerCase()) ? measureSpan(tokens, range.from, unit.index, bound) : undefined;
      found.push({
        raw: tokens.slice(from, to).map((t) => t.text).join(' ').replace(/ ([%,])/g, '$1').replace(/([$€£]) /g, '$1').replace(/ - /g, '-').replace(/(\d) (k|m|bn?|tn)\b/g, '$1$2').replace(/\.$/u, ''),
        lo: range.lo, hi: Number.isFinite(range.hi) ? range.hi : null, unit: people ? PEOPLE : unit.stem, from, to,
        event: {
          heads, keys: keysOf(windowTokens(tokens, from, to, bound)), label: magnitude ? `${magnitude.shock} magnitude` : [unit.text, level ?? verb?.text].filter(Boolean).join(' '),
          names: keysOf(afterWindow(tokens, to, bound).filter((t) => t.pos === 'PROPN')),
          ...(people ? { agents: keysOf([{ ...(tokens[unit.index] as Token), pos: 'PROPN' }]) } : agentsOf(tokens, from, bound)),
        },
        ...(span ? { span } : {}),
      });
    }
    i = parsed.end - 1;
  }
  return [...joinRanges(tokens, found), ...findAges(tokens, boundFor)];
}

/**
 * "57 percent to 58.5 percent", "$140m to $160m", "between 4.25% and 4.5%":
 * two figures of one unit joined by "to" (or by "and" after "between") are
 * one range, which agrees with any figure inside it.
 */
function joinRanges(tokens: readonly Token[], found: FoundNumber[]): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const next of found) {
    const last = out[out.length - 1];
    const between = last ? tokens.slice(last.to, next.from).map((t) => t.norm) : [];
    const joined = between.length === 1 && (/^(?:to|-|–)$/u.test(between[0] ?? '') || (between[0] === 'and' && tokens[(last?.from ?? 0) - 1]?.norm === 'between'));
    if (!last || !joined || last.unit !== next.unit) {
      out.push(next);
      continue;
    }
    const raw = `${last.raw} ${between[0]} ${next.raw}`;
    out[out.length - 1] = { ...last, raw, lo: Math.min(last.lo, next.lo), hi: last.hi === null || next.hi === null ? null : Math.max(last.hi, next.hi), to: next.to };
  }
  return out;
}

// People by nationality or group, capitalised and plural: "Palestinians", "Israelis", "Lebanese", "Spaniards".
const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:[ae]ns|is|ese|ards)$/u;
// What happens to people in a toll, as verb stems: a nationality's count of these is a count of people.
const CASUALTY_VERBS = new Set(['kill', 'die', 'injur', 'wound', 'hurt', 'dead', 'miss', 'evacu', 'rescu', 'displac', 'arrest', 'detain']);
const PEOPLE = stem('people');
const CASUALTY_WORDS = new Set(['killed', 'dead', 'died', 'missing', 'injured', 'wounded', 'hurt', 'displaced', 'evacuated', 'rescued', 'arrested', 'detained']);

// "4.17 a.m.", "11 pm": a time of day, not a count.
const CLOCK = /^(?:a\.?m|p\.?m)\.?$/iu;

const RELATIVE_NOUNS = new Set(['other', 'others', 'rest', 'remainder']);

function unitAt(tokens: readonly Token[], at: number, end: number): { stem: string; text: string; index: number; level?: string } | null {
  const prev = tokens[at - 1];
  if (prev && CURRENCY[prev.text]) return { stem: CURRENCY[prev.text] ?? '$', text: prev.text, index: end - 1 };
  const next = tokens[end];
  if (!next || next.pos === 'PUNCT' || (next.pos === 'ADP' && next.norm !== 'of') || next.pos === 'CCONJ') return levelSubject(tokens, at, end);
  // "10,000 are missing", "2,300 have been killed": a bare count of people, told by what happened to them.
  if (next.pos === 'AUX' && tokens.slice(end + 1, end + 5).some((t) => CASUALTY_WORDS.has(t.norm))) return { stem: PEOPLE, text: 'people', index: end - 1 };
  if (next.text === '%' || next.norm === 'percent') return { stem: '%', text: 'percent', index: end };
  if (next.norm === 'per' && tokens[end + 1]?.norm === 'cent') return { stem: '%', text: 'per cent', index: end + 1 };
  if (CURRENCY[next.lemma]) return { stem: CURRENCY[next.lemma] ?? '$', text: next.text, index: end };
  let k = end;
  if (next.norm === 'of' && tokens[end + 1]?.pos === 'DET') k = end + 2;
  // Skip modifiers: "20 Ukrainian soldiers", "300 new cases".
  while (k < end + 4 && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'PROPN')) k++;
  // "431 Palestinians were killed": a people's name, tagged as a name, is what is counted.
  const demonym = tokens[k - 1];
  if (tokens[k]?.pos !== 'NOUN' && k > end && demonym?.pos === 'PROPN' && DEMONYM_PLURAL.test(demonym.text)) return { stem: stem(demonym.norm), text: demonym.text, index: k - 1 };
  if (tokens[k]?.pos !== 'NOUN') return null;
  while (tokens[k + 1]?.pos === 'NOUN') k++;
  // "10 of the country's provinces": the count is of the provinces.
  if (/^['’]s$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.pos === 'NOUN') k += 2;
  const noun = tokens[k] as Token;
  // "Two others died": others than whom the sentences before say, so two
  // reports' "others" are rarely the same people. Not a count to compare.
  if (RELATIVE_NOUNS.has(noun.norm)) return null;
  return { stem: stem(noun.lemma), text: noun.text, index: k };
}

// Units of length: a distance relates two things, a depth or height one thing and a dimension.
const LENGTH_UNIT = /^(miles?|kilomet(?:er|re)s?|kms?|met(?:er|re)s?|feet|foot|ft|yards?|inch(?:es)?|centimet(?:er|re)s?|cm|mm)$/;
// Words between a length and its reference: "76 miles southeast of", "35 km away from".
const BEARING = /^(?:(?:north|south|east|west)(?:ern|ward|wards)?(?:-?(?:north|south|east|west)){0,2}|away|off|inland|offshore|out|due|directly|straight|roughly)$/;
// Adjectives that name the dimension measured: "18 km deep", "a bridge 300 metres long".
const DIMENSION_ADJ = new Set(['deep', 'long', 'wide', 'high', 'tall', 'thick', 'across']);
const REF_WORDS = 6;

/**
 * What a length measures: the thing before it and the reference after it
 * ("the epicentre was 23 km east of Nurdagi": what [epicentr], ref [^nurdagi])
 * or its dimension ("at a depth of 18 km", "18 km deep": ref [depth] / [deep]).
 * A reference that names places keeps only the names ("the city of Puebla" is Puebla).
 */
function measureSpan(tokens: readonly Token[], from: number, unitAt: number, bound: (i: number) => boolean): MeasureSpan {
  const before: Token[] = [];
  for (let k = from - 1; k >= Math.max(0, from - WINDOW) && !bound(k) && !isBreak(tokens[k]); k--) before.unshift(tokens[k] as Token);
  const what = keysOf(before);
  let k = unitAt + 1;
  while (k < tokens.length && !bound(k) && BEARING.test(tokens[k]?.norm ?? '')) k++;
  const next = tokens[k];
  if (next && !bound(k) && (next.norm === 'of' || next.norm === 'from')) {
    const phrase: Token[] = [];
    for (let j = k + 1; j < Math.min(tokens.length, k + 1 + REF_WORDS) && !bound(j) && !isBreak(tokens[j]) && tokens[j]?.text !== ','; j++) phrase.push(tokens[j] as Token);
    const names = phrase.filter((t) => t.pos === 'PROPN');
    return { what, ref: keysOf(names.length > 0 ? names : phrase.filter((t) => t.pos === 'NOUN')) };
  }
  if (next && DIMENSION_ADJ.has(next.norm)) return { what, ref: [next.norm] };
  // "at a depth of 18 km": the noun before "of" is the dimension.
  const dimension = tokens[from - 1]?.norm === 'of' ? tokens[from - 2] : undefined;
  return { what, ref: dimension?.pos === 'NOUN' ? [stem(dimension.lemma)] : [] };
}

function verbNear(tokens: readonly Token[], at: number, bound: (i: number) => boolean, forwardOnly = false): Token | null {
  let ahead = true;
  for (let d = 1; d <= WINDOW; d++) {
    for (const k of forwardOnly ? [at + d] : [at + d, at - d]) {
      if (bound(k) || (k > at && !ahead)) continue;
      const t = tokens[k];
      // "saved them about $168 million in interest, fining Trump that amount": a participle after a comma opens a clause of its own.
      if (k > at && tokens[k - 1]?.text === ',' && t?.pos === 'VERB' && t.norm.endsWith('ing')) {
        ahead = false;
        continue;
      }
      if (t?.pos === 'SCONJ' || t?.text === ';') continue;
      if (CONTENT_VERB(t)) return t;
    }
  }
  return null;
}

// Units that say nothing of what they measure: a percentage or a sum of money.
export const MEASURED_UNITS: ReadonlySet<string> = new Set(['%', '$', '€', '£']);

/**
 * The noun a percentage or a sum measures, marked "n:" so it never equals a
 * verb: "a 38% premium", "$44 billion deal", "58% of the vote", "an increase
 * of 5.66%", "a fee of £38m". Undefined when the words do not say ("up 5.5%",
 * "$54.20 per share").
 */
function measuredNoun(tokens: readonly Token[], from: number, unitAt: number, bound: (i: number) => boolean): string | undefined {
  const noun = (k: number): string | undefined => (!bound(k) && tokens[k]?.pos === 'NOUN' ? `n:${stem((tokens[k] as Token).lemma)}` : undefined);
  let k = unitAt + 1;
  while (!bound(k) && tokens[k]?.pos === 'ADJ') k++;
  if (noun(k)) return noun(k);
  if (tokens[unitAt + 1]?.norm === 'of') {
    k = unitAt + 2;
    while (!bound(k) && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ')) k++;
    if (noun(k)) return noun(k);
  }
  return tokens[from - 1]?.norm === 'of' ? noun(from - 2) : undefined;
}

const isBreak = (t: Token | undefined): boolean => t === undefined || t.pos === 'SCONJ' || /^[;:—–()]$/.test(t.text);

function windowTokens(tokens: readonly Token[], from: number, to: number, bound: (i: number) => boolean): Token[] {
  const out: Token[] = [];
  for (let k = from - 1; k >= Math.max(0, from - WINDOW) && !bound(k) && !isBreak(tokens[k]); k--) out.unshift(tokens[k] as Token);
  return [...out, ...afterWindow(tokens, to, bound)];
}

// How far back the name that has or did what a figure counts may be: "The Liberal Democrats have made
// significant gains, winning 61 seats" is ten words.
const AGENT_REACH = 12;

/**
 * The run of names nearest before a figure in its clause, when no reporting
 * verb stands between ("Russia said 20 …" names who says, not who did).
 */
function agentsOf(tokens: readonly Token[], from: number, bound: (i: number) => boolean): { agents?: string[] } {
  for (let k = from - 1; k >= 0 && from - k <= AGENT_REACH && !bound(k); k--) {
    const t = tokens[k] as Token;
    // "NEW DELHI: With three more people …": the names before a colon are a dateline or a heading.
    if (t.pos === 'SCONJ' || t.text === ';' || t.text === ':' || (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma))) return {};
    if (t.pos !== 'PROPN' || TIME_NAMES.has(t.norm)) continue;
    let start = k;
    while (start > 0 && tokens[start - 1]?.pos === 'PROPN') start--;
    // "near Cayo Costa", "over the Gulf of Mexico": a place the clause passes through, not who acts.
    const before = tokens[start - 1]?.pos === 'DET' ? tokens[start - 2] : tokens[start - 1];
    if (before?.pos === 'ADP') {
      k = start;
      continue;
    }
    const agents = keysOf(tokens.slice(start, k + 1));
    return agents.length ? { agents } : {};
  }
  return {};
}

// What happens to people, named as a noun before "of": "the death of 238 people" is "238 people died".
const EVENT_NOUNS: Readonly<Record<string, string>> = {
  death: 'die', killing: 'kill', injury: 'injure', arrest: 'arrest', detention: 'detain', evacuation: 'evacuate', rescue: 'rescue', displacement: 'displace',
};

/** "the death of 238 people": the event a noun names is the count's verb, as a verb token of that lemma. */
function eventNoun(tokens: readonly Token[], from: number): Token | undefined {
  const noun = tokens[from - 2];
  const lemma = tokens[from - 1]?.norm === 'of' && noun?.pos === 'NOUN' ? EVENT_NOUNS[noun.lemma] : undefined;
  return lemma && noun ? { ...noun, pos: 'VERB', lemma } : undefined;
}

/**
 * "Of the 278 bodies, 177 have been identified": a whole set out of which the
 * next figure is taken. The verb after it is the part's, not the whole's.
 */
function partitive(tokens: readonly Token[], from: number, unitIndex: number): boolean {
  const the = tokens[from - 1]?.norm === 'the';
  const of = the ? from - 2 : from - 1;
  // Not "a city of 100,000 people, …": "of the N", "out of N", or "Of N" opening the sentence.
  const whole = tokens[of]?.norm === 'of' && (the || of === 0 || tokens[of - 1]?.norm === 'out');
  return whole && tokens[unitIndex + 1]?.text === ',';
}

/**
 * The words after a figure up to the end of its clause: "were killed in the
 * strike on Kramatorsk". A comma usually opens an attribution ("…, Anadolu
 * news agency reported") whose names say nothing about what was counted.
 */
function afterWindow(tokens: readonly Token[], to: number, bound: (i: number) => boolean): Token[] {
  const out: Token[] = [];
  for (let k = to; k < Math.min(tokens.length, to + CONTEXT_AFTER) && !bound(k) && !isBreak(tokens[k]) && tokens[k]?.text !== ','; k++) out.push(tokens[k] as Token);
  return out;
}
