import type { StoryRecord } from '../storage/db.ts';

/** The outlet's name as the page gave it, else its host without "www.". */
export function outletOf(story: Pick<StoryRecord, 'source' | 'url'>): string {
  if (story.source) return story.source;
  try {
    return new URL(story.url).hostname.replace(/^www\./u, '');
  } catch {
    return story.url;
  }
}

/** The host a site pause applies to: the page's host without "www." (its subdomains follow, see isPaused). */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./u, '') : null;
  } catch {
    return null;
  }
}

export function formatDay(iso: string | number | null, locale: string): string {
  if (iso === null || iso === '') return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatPercent(share: number | null, locale: string): string {
  return share === null ? '' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: value < 10 && unit ? 1 : 0 }).format(value);
}
