import type { Token } from '../nlp/tokens.ts';

/** Inclusive token range. */
export interface Range {
  from: number;
  to: number;
}

const PERSONAL = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
// Tokens that may sit between a subject and its verb ("Peskov also said",
// "Nikolenko later refuted", "he has said").
const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);
// An appositive between commas is at most this long ("Vladimir Medinsky, head
// of the Russian delegation, said"); longer comma spans are separate clauses.
const MAX_APPOSITIVE = 9;
// A bracketed short form after a name: "(AFAD)", "(U.S.G.S.)".
const MAX_BRACKETED = 3;

const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.norm === "'s" || t.norm === '’s' || t.text === "'s" || t.text === '’s');
const inNounPhrase = (t: Token): boolean => NP_POS.has(t.pos) || isPossessive(t) || t.norm === 'of';

/**
 * The noun phrase ending right before `index` (adverbs and auxiliaries
 * skipped), or a lone personal pronoun. Returns the head-side candidates: the
 * phrase before a comma-delimited appositive and the appositive itself.
 *
 * @example phrasesBefore(tokens('Moscow’s lead negotiator, Vladimir Medinsky, described'), 7)
 *   // [{from:0,to:3}, {from:5,to:6}]
 */
export function phrasesBefore(tokens: readonly Token[], index: number): Range[] {
  let j = index - 1;
  while (j >= 0 && SKIPPABLE.has(tokens[j]?.pos ?? '') && !isPossessive(tokens[j])) j--;
  // "Turkey's Disaster and Emergency Management Authority (AFAD) said": the short form in brackets repeats the name.
  if (tokens[j]?.text === ')') {
    const open = tokens.slice(Math.max(0, j - MAX_BRACKETED - 1), j).map((t) => t.text).lastIndexOf('(');
    if (open >= 0) j = Math.max(0, j - MAX_BRACKETED - 1) + open - 1;
  }
  const found: Range[] = [];
  if (tokens[j]?.text === ',') {
    // "Sergei Lavrov, who is visiting China, said": skip the relative clause.
    for (let k = j - 1; k >= 0 && j - k <= MAX_APPOSITIVE + 3; k--) {
      if (tokens[k]?.text !== ',') continue;
      if (/^(who|which)$/.test(tokens[k + 1]?.norm ?? '')) {
        const subject = phraseEndingAt(tokens, k - 1);
        return subject ? [subject] : [];
      }
      break;
    }
    const inner = phraseEndingAt(tokens, j - 1);
    if (inner && tokens[inner.from - 1]?.text === ',' && j - inner.from <= MAX_APPOSITIVE) {
      const outer = phraseEndingAt(tokens, inner.from - 2);
      if (outer) found.push(outer);
      found.push(inner);
      return found;
    }
    // "Roland Butler, superintendent for Maryland State Police, said": a role
    // with its organisation. The name comes last, as the one nearest the verb.
    const role = roleAppositive(tokens, j);
    if (role) {
      const outer = phraseEndingAt(tokens, role.from - 2);
      if (outer && tokens[outer.to]?.pos === 'PROPN') found.push(role, outer);
    }
    return found;
  }
  const own = phraseEndingAt(tokens, j);
  if (!own) return found;
  // An appositive left open before the verb: "Vladimir Medinsky, head of the
  // Russian delegation told TASS".
  // Only a role reads as an appositive ("head of the delegation", "a
  // negotiator"); "…, state media reports say" is a subject of its own.
  const role = range(tokens, own).some((t) => t.norm === 'of') || /^(a|an|the)$/.test(tokens[own.from]?.norm ?? '');
  const named = tokens[own.to]?.pos === 'NOUN' && role && tokens[own.from - 1]?.text === ',' ? phraseEndingAt(tokens, own.from - 2) : null;
  if (named && tokens[named.to]?.pos === 'PROPN') found.push(named);
  found.push(own);
  return found;
}

/** The noun phrase starting at `index` ("said Dmitry Peskov, the spokesman"). */
export function phraseAfter(tokens: readonly Token[], index: number): Range | null {
  const first = tokens[index];
  if (!first) return null;
  if (first.pos === 'PRON') return PERSONAL.has(first.norm) ? { from: index, to: index } : null;
  let to = index - 1;
  while (to + 1 < tokens.length && inNounPhrase(tokens[to + 1] as Token) && to - index < 8) to++;
  // "of" never ends a phrase.
  while (to >= index && tokens[to]?.norm === 'of') to--;
  return to >= index ? { from: index, to } : null;
}

// Prepositions that join a role to its organisation ("spokesman for the
// ministry", "secretary at the department"); "of" is part of any noun phrase.
const ROLE_LINKS = new Set(['for', 'at', 'with', 'in']);

/**
 * The appositive between the comma at `comma` and the comma before it when it
 * is a role: it opens with a common noun, adjective or article and joins an
 * organisation with a preposition ("superintendent for Maryland State Police").
 */
function roleAppositive(tokens: readonly Token[], comma: number): Range | null {
  let from = comma;
  while (from - 1 >= 0 && comma - from < MAX_APPOSITIVE && (inNounPhrase(tokens[from - 1] as Token) || ROLE_LINKS.has(tokens[from - 1]?.norm ?? ''))) from--;
  const first = tokens[from];
  if (from === comma || tokens[from - 1]?.text !== ',' || !first || !/^(NOUN|ADJ|DET)$/.test(first.pos) || /^\p{Lu}/u.test(first.text)) return null;
  const linked = tokens.slice(from, comma).some((t) => ROLE_LINKS.has(t.norm));
  const last = tokens[comma - 1];
  return linked && (last?.pos === 'PROPN' || last?.pos === 'NOUN') ? { from, to: comma - 1 } : null;
}

function phraseEndingAt(tokens: readonly Token[], end: number): Range | null {
  const last = tokens[end];
  if (!last) return null;
  if (last.pos === 'PRON') return PERSONAL.has(last.norm) ? { from: end, to: end } : null;
  if (last.pos !== 'PROPN' && last.pos !== 'NOUN') return null;
  let from = end;
  // "the Health Ministry in the Gaza Strip": "in" after a noun joins its place to it.
  const placeLink = (k: number): boolean => tokens[k]?.norm === 'in' && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '');
  while (from - 1 >= 0 && (inNounPhrase(tokens[from - 1] as Token) || placeLink(from - 1)) && end - from < 8) from--;
  while (from < end && tokens[from]?.norm === 'of') from++;
  return { from, to: end };
}

const range = (tokens: readonly Token[], r: Range): Token[] => tokens.slice(r.from, r.to + 1);
