// The language of a text whose page does not declare one: a .txt file, or an
// HTML page without lang or og:locale. It matters downstream: claims are read
// only in English, and a Spanish article that passes for English yields noise.

/** Frequent function words, which make up a large share of any running text. */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.freeze(
  Object.fromEntries(
    Object.entries({
      en: 'the and of to in is that for it was with as on he she they said by at from his her are be have has but not this which were would who',
      es: 'el la los las de que y en un una por con para del se al es su lo como más pero sus fue ha han este esta sobre también entre',
      fr: 'le la les de des et en un une du que qui est dans pour pas sur au aux par avec il elle sont ce cette ont été mais plus',
      de: 'der die das und den von zu mit ist im dem nicht ein eine einen auf für sich des auch es als sie wird werden hat bei nach',
      pt: 'o a os as de que e do da em um uma para com não no na por se dos das é ao foi mais pela pelo também',
      it: 'il la di che e un una per con non del della è le si in sono da al dei gli alla ha anche nel più',
      nl: 'de het een van en in is dat op te zijn met voor niet die aan er ook als bij door naar werd worden',
    }).map(([lang, words]) => [lang, new Set(words.split(' '))]),
  ),
);
/** Shorter texts give too few function words to tell languages apart. */
const MIN_WORDS = 20;
/** The winner's function words must be at least this share of all words... */
const MIN_SHARE = 0.1;
/** ...and this many times the runner-up's (Spanish, Portuguese and Italian share many). */
const MIN_LEAD = 1.5;
/** A text mostly in one of these scripts is in its language; kana before Han, as Japanese mixes both. */
const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];
/** Letters that set a language apart from the others written in the same script. */
const MARKERS: Readonly<Record<string, readonly [RegExp, string]>> = { ru: [/[іїєґ]/giu, 'uk'], ar: [/[پچژگ]/gu, 'fa'] };
/** Share of all letters a script must reach to name the language... */
const SCRIPT_SHARE = 0.3;
/** ...and share a marker letter must reach: a few in a hundred words is enough. */
const MARKER_SHARE = 0.002;

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

function scriptLang(text: string): string | null {
  const letters = count(text, /\p{L}/gu);
  if (letters === 0) return null;
  for (const [pattern, lang] of SCRIPTS) {
    if (count(text, pattern) / letters < SCRIPT_SHARE) continue;
    const marker = MARKERS[lang];
    return marker && count(text, marker[0]) / letters >= MARKER_SHARE ? marker[1] : lang;
  }
  return null;
}

/**
 * Primary language subtag of a text, or null when it is too short or unclear.
 *
 * @example guessLang('La policía dijo que el puente permanecerá cerrado hasta el final de junio…') // 'es'
 */
export function guessLang(text: string): string | null {
  const script = scriptLang(text);
  if (script) return script;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const scores = Object.entries(FUNCTION_WORDS)
    .map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = [scores[0]!, scores[1]!];
  return best[1] >= words.length * MIN_SHARE && best[1] >= second[1] * MIN_LEAD ? best[0] : null;
}
