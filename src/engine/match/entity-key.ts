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
