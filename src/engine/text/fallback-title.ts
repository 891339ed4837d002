/** A title made from the first sentence is cut here, at a word boundary. */
const FALLBACK_TITLE_MAX_CHARS = 120;

/**
 * A title for an article that prints none: its first sentence, cut short.
 * Lists and the popup then still show something that reads like the story.
 */
export function titleFromText(text: string): string {
  const sentence = firstSentence(text.split('\n')[0]!).trim();
  if (sentence.length <= FALLBACK_TITLE_MAX_CHARS) return sentence;
  const cut = sentence.slice(0, FALLBACK_TITLE_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

// A full stop after these ends no sentence: "ST. PETERSBURG, Fla. — Hurricane Ian…": titles,
// US state and month abbreviations, initials, "U.S.". A short name ("Kyiv.", "Ruiz.") does end one.
const ABBREVIATION = new RegExp(`^(?:\\p{Lu}{1,2}|(?:\\p{L}\\.)+\\p{L}|${[
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Sr', 'Jr', 'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Prof', 'Rev', 'Mt', 'Ft',
  'No', 'Co', 'Corp', 'Inc', 'Ltd', 'vs', 'approx', 'est', 'Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Ala', 'Ariz', 'Ark', 'Calif',
  'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont',
  'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
].join('|')})$`, 'u');
const MIN_SENTENCE_WORDS = 4;
// "/TASS/", its leading slash already stripped with the word's other opening punctuation.
const WIRE_AGENCY = /^\p{Lu}[\p{Lu}-]*\/$/u;
const WIRE_DATELINE_MAX_CHARS = 40;
const WIRE_PLACE_DATE = /^\p{Lu}[\p{Lu} .'’-]+, [\p{L} ]{3,12} \d{1,2}\.$/u;

/** The paragraph up to the first sentence end that is not an abbreviation's dot in a wire dateline or a title. */
function firstSentence(paragraph: string): string {
  for (const end of paragraph.matchAll(/[.!?](?=\s|$)/gu)) {
    const upTo = paragraph.slice(0, (end.index ?? 0) + 1);
    const lastWord = (/(\S+)[.!?]$/u.exec(upTo)?.[1] ?? '').replace(/^\p{P}+/u, '');
    if (end[0] === '.' && ABBREVIATION.test(lastWord)) continue;
    // A wire dateline in the TASS style ends in full stops that end no sentence: "MOSCOW, August 25. /TASS/. Claims …".
    if (end[0] === '.' && (WIRE_AGENCY.test(lastWord) || (upTo.length <= WIRE_DATELINE_MAX_CHARS && WIRE_PLACE_DATE.test(upTo)))) continue;
    if (upTo.split(/\s+/u).length < MIN_SENTENCE_WORDS && end.index! + 1 < paragraph.length) continue;
    return upTo;
  }
  return paragraph;
}
