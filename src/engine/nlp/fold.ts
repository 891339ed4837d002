/**
 * Lower-cases and strips diacritics and anything that is not a-z, so that
 * "Zelenskyy", "Zelensky’s" and "Zélensky" start from the same letters.
 *
 * @example foldAscii('Chernihiv’s') // 'chernihivs'
 */
export function foldAscii(word: string): string {
  return word.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');
}
