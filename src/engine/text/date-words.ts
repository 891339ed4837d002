// Month and weekday names, date labels and time connectors in the languages
// news sites print most (English, Spanish, French, German, Portuguese,
// Italian), for dateline.ts: "7 de diciembre de 2017", "Publié le 4 mai 2015
// à 13h36", "4. Mai 2015, 13:36 Uhr". Abbreviations that are also common words
// ("set", "out", "mag", "gen") are left out: a false date is worse than none.

/** Names of each month, January first; accents and their plain spellings both. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'ene', 'janvier', 'janv', 'januar', 'jänner', 'janeiro', 'gennaio'],
  ['february', 'feb', 'febrero', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'fevereiro', 'fev', 'febbraio'],
  ['march', 'mar', 'marzo', 'mars', 'märz', 'maerz', 'março'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile'],
  ['may', 'mayo', 'mai', 'maio', 'maggio'],
  ['june', 'jun', 'junio', 'juin', 'juni', 'junho', 'giugno'],
  ['july', 'jul', 'julio', 'juillet', 'juil', 'juli', 'julho', 'luglio'],
  ['august', 'aug', 'agosto', 'août', 'aout'],
  ['september', 'sept', 'sep', 'septiembre', 'setiembre', 'septembre', 'setembro', 'settembre'],
  ['october', 'oct', 'octubre', 'octobre', 'oktober', 'okt', 'outubro', 'ottobre'],
  ['november', 'nov', 'noviembre', 'novembre', 'novembro'],
  ['december', 'dec', 'diciembre', 'dic', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'dezembro', 'dicembre'],
];

const INDEX: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

/** Regex source matching any month name (longest first), with an optional abbreviation dot; one capture group. */
export const MONTH = `(${[...INDEX.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;

/** 1-12 for a month name matched by MONTH, 0 when unknown. */
export function monthIndex(name: string): number {
  return INDEX.get(name.toLowerCase().replace(/\.$/u, '')) ?? 0;
}

/** Weekday names, full or abbreviated, that may open a dateline. */
export const WEEKDAY = new RegExp(
  '^(?:' +
    [
      '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?',
      'lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo',
      'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
      'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
      'luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica',
      '(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?',
    ].join('|') +
    '),?\\s+',
  'iu',
);

/** "Published:", "Updated on", "Publié le", "Publicado el", "Veröffentlicht am", "Aggiornato il". */
export const LABEL = new RegExp(
  '^(?:(?:dated?|published|posted|updated|last updated|first published|modified|publi[ée]|mis [àa] jour|actualis[ée]|publicado|actualizado|atualizado|ver[öo]ffentlicht|aktualisiert|pubblicato|aggiornato)' +
    '(?:\\s+(?:on|at|le|el|em|am|il|o))?\\s*:?\\s+)',
  'iu',
);

/** Labels that mark the date as a revision, not the first publication. */
export const UPDATED = /^(?:updated|last updated|modified|mis [àa] jour|actualis[ée]|actualizado|atualizado|aktualisiert|aggiornato)\b/iu;

/** Words between a date and its time: "at", "à", "a las", "às", "um", "alle", "ore". */
export const TIME_CONNECTOR = '(?:at|[àa]|a las|[àa]s|um|alle|ore)\\s+';
