export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Month names and their usual newsroom abbreviations: a cheap gate before chrono. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

/** Weekday and month names, which taggers read as proper names: "on Wednesday Moscow …" names no one. */
export const TIME_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_WORDS]);

/** Units that make a number a duration or an age, not a count of things. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'night',
]);

/** Prepositions that make a year or date the time of the event ("in 2014", "on May 3"). */
export const AT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'of']);

/** Prepositions that make it the start of a state ("since 2014"): compared only with each other. */
export const SINCE_PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'from']);

/**
 * Prepositions that make the time a bound, not the time of the event ("by
 * 2030", "until Monday", "before 2014"): such expressions are not dates of an
 * event and are never compared.
 */
export const BOUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'until', 'till', 'before', 'after', 'through', 'between', 'to', 'than', 'around']);
