import { ENTITY_MARK } from '../nlp/keys.ts';
import { foldAscii } from '../nlp/fold.ts';
import { RELAY_NAME_ENDINGS, RELAY_WORDS } from '../nlp/lexicon/reporting.ts';
import { sameEntity } from '../nlp/same-entity.ts';
import { stem } from '../nlp/stem.ts';
import type { Token } from '../nlp/tokens.ts';
import type { Range } from './noun-phrase.ts';
import { TIME_NAMES } from '../nlp/lexicon/time-words.ts';


export interface Speaker {
  /** "^peskov" for a name (compared by spelling variant), "ukrainian authority" for a group. */
  key: string;
  name: string;
  /** A news outlet passing words on ("TASS reported"), not their author. */
  relay: boolean;
}

const MALE_OR_FEMALE = new Set(['he', 'she', 'him', 'her']);
// Last words of multi-word names that are institutions, not people: "he"
// never refers to them.
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  'union', 'states', 'nations', 'ministry', 'council', 'times', 'post', 'army', 'forces', 'agency', 'office', 'party',
  'committee', 'court', 'bank', 'company', 'group', 'government', 'parliament', 'assembly', 'commission', 'department',
  'service', 'federation', 'republic', 'kingdom', 'house', 'guard', 'police', 'navy', 'news', 'journal', 'organization',
  'organisation', 'institute', 'university', 'fund', 'foundation', 'alliance', 'command', 'staff', 'kremlin', 'pentagon',
]);
const DEFINITE = new Set(['the', 'this', 'that']);
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Who is speaking, across one article: names are remembered with their
 * descriptions so that "he", "the spokesman" and "Peskov" resolve to the
 * "Kremlin spokesman Dmitry Peskov" named earlier.
 */
export class SpeakerMemory {
  private readonly names = new Map<string, string>();
  private readonly persons = new Set<string>();
  private readonly roles = new Map<string, Speaker>();
  private lastPerson: Speaker | null = null;

  /** Resolves a noun phrase to a speaker and remembers it. */
  resolve(tokens: readonly Token[], range: Range): Speaker | null {
    // "John Mauger of the U.S. Coast Guard", "head of the delegation", "the
    // Health Ministry in the Gaza Strip": the head comes before "of" or "in".
    const whole = tokens.slice(range.from, range.to + 1);
    const of = whole.findIndex((t, i) => i > 0 && (t.norm === 'of' || t.norm === 'in'));
    const phrase = of > 0 ? whole.slice(0, of) : whole;
    // "officials in Tobruk" are Tobruk's officials.
    const place = of > 0 && whole[of]?.norm === 'in' ? whole.slice(of + 1) : [];
    const head = phrase[phrase.length - 1];
    if (!head) return null;
    if (head.pos === 'PRON') return MALE_OR_FEMALE.has(head.norm) ? this.lastPerson : null;
    if (head.pos === 'PROPN') return this.named(phrase);
    const role = stem(head.lemma);
    const modifiers = [...phrase, ...place].filter((t) => t.pos === 'PROPN').map((t) => foldAscii(t.text));
    const relay = phrase.some((t) => RELAY_WORDS.has(t.norm));
    // "the spokesman" is someone already named with that description; "a
    // defence official" or "Ukrainian authorities" is a group of its own.
    if (DEFINITE.has(phrase[0]?.norm ?? '') && modifiers.length === 0) return this.roles.get(role) ?? null;
    return { key: [...modifiers, role].join(' '), name: phrase.map((t) => t.text).join(' '), relay };
  }

  /** The last person named as a speaker, for "he said" with no name in sight. */
  get last(): Speaker | null {
    return this.lastPerson;
  }

  private named(phrase: readonly Token[]): Speaker {
    let from = phrase.length - 1;
    while (from > 0 && phrase[from - 1]?.pos === 'PROPN' && !TIME_NAMES.has(phrase[from - 1]?.norm ?? '')) from--;
    let run = phrase.slice(from);
    // "Roland L. Butler Jr.", "Martin Luther King III": the surname is before the suffix.
    if (run.length >= 2 && NAME_SUFFIXES.has((run[run.length - 1]?.norm ?? '').replace(/\.$/, ''))) run = run.slice(0, -1);
    const surname = foldAscii(run[run.length - 1]?.text ?? '');
    const known = [...this.names.keys()].find((k) => sameEntity(k.slice(1), surname));
    const key = known ?? ENTITY_MARK + surname;
    const name = run.map((t) => t.text).join(' ');
    if (name.length > (this.names.get(key)?.length ?? 0)) this.names.set(key, name);
    // A first-and-last name marks a person; a lone "Moscow" or "the European
    // Union" stays a place or institution and is never what "he" refers to.
    const institution = INSTITUTIONS.has(surname) || phrase[from - 1]?.norm === 'the';
    if (run.length >= 2 && !institution) this.persons.add(key);
    const relay = RELAY_WORDS.has(surname) || RELAY_NAME_ENDINGS.has(surname);
    const speaker: Speaker = { key, name: this.names.get(key) ?? name, relay };
    for (const t of phrase.slice(0, from)) if (t.pos === 'NOUN') this.roles.set(stem(t.lemma), speaker);
    if (this.persons.has(key)) this.lastPerson = speaker;
    return speaker;
  }

  /**
   * Notes a full name used as a subject ("Chancellor Olaf Scholz spoke"), so
   * that a later "he said" finds it even though no speech verb came with it.
   */
  mention(tokens: readonly Token[], range: Range): void {
    const run = tokens.slice(range.from, range.to + 1);
    if (run.length >= 2 && run.every((t) => t.pos === 'PROPN')) this.named(run);
  }

  /** Records a role description given apart from the name ("Peskov, the Kremlin spokesman,"). */
  describe(speaker: Speaker, tokens: readonly Token[], range: Range): void {
    for (const t of tokens.slice(range.from, range.to + 1)) if (t.pos === 'NOUN') this.roles.set(stem(t.lemma), speaker);
  }
}
