/**
 * A spelling-insensitive key for a proper name, so transliteration variants of
 * one name meet: Chernihiv/Chernigiv, Zelensky/Zelenskyy, Donbas/Donbass,
 * Kyiv/Kiev. Deliberately coarse: it is used for overlap and lookup, where an
 * occasional merge of two names costs little and a missed variant costs a match.
 *
 * @example entityKey('Zelenskyy') === entityKey('Zelensky') // 'zelenski'
 */
export function entityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`-]/g, '')
    .replace(/y/g, 'i')
    .replace(/ie/g, 'i')
    // h and g both transliterate Cyrillic г between vowels
    .replace(/([aeiou])h(?=[aeiou])/g, '$1g')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The key of a salient name (see salientEntities): entityKey, and a plural
 * names the same body ("Indian Railways" and "the railway", "Americans" and
 * "American"). Not for headline words, where "cuts" and "cut" may be two events.
 */
export function nameKey(name: string): string {
  return entityKey(name).replace(/(?<=\p{L}{3})s(?=\s|$)/gu, '');
}
