/** Conflicts matter most, so they take the badge; otherwise the count of other sources. */
export function badgeFor(others: number, conflicts: number): [text: string, title: string] {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (conflicts) return [`!${conflicts}`, `Crosscheck: ${plural(conflicts, 'conflicting claim')} with ${plural(others, 'other source')}`];
  if (others) return [String(others), `Crosscheck: ${plural(others, 'other source')} for this story`];
  return ['✓', 'Crosscheck: captured, no other sources yet'];
}
