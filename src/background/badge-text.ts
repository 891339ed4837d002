import type { Translator } from '../ui/i18n-core.ts';

export type BadgeTone = 'conflict' | 'sources' | 'quiet';

export interface Badge {
  text: string;
  /** The toolbar tooltip: what the badge means, in words. */
  title: string;
  tone: BadgeTone;
}

/**
 * Conflicts matter most, so they take the badge ("!2"); otherwise the count of
 * other sources ("3"); a captured article alone gets a check mark. Dismissed
 * conflicts and updates are not counted (the caller leaves them out).
 */
export function badgeFor(others: number, conflicts: number, { t, tn }: Pick<Translator, 't' | 'tn'>): Badge {
  const parts = [conflicts ? tn('conflictCount', conflicts) : '', others ? tn('otherSourceCount', others) : ''].filter(Boolean);
  if (conflicts) return { text: `!${conflicts}`, title: t('badgeTitle', parts.join(' · ')), tone: 'conflict' };
  if (others) return { text: String(others), title: t('badgeTitle', parts.join(' · ')), tone: 'sources' };
  return { text: '✓', title: t('badgeTitle', t('badgeCapturedAlone')), tone: 'quiet' };
}
