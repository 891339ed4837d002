// "Kremlin says no deal | World News | The Daily Herald" -> "Kremlin says no deal".
// Only parts that name the site are cut, so a title such as "Talks stall -
// Ukraine" keeps its last word; <title> alone also loses a short generic tail.
import { isDateOnlyLine } from '../text/dateline.ts';

/** Separators CMSes put between headline and site name; a hyphen only with spaces around it. */
const SEPARATOR = /\s+[|\-–—·•»«~/]\s+|\s+::\s+/u;
/** In <title>, a part this short beside a long enough headline is the site or section name. */
const GENERIC_TAIL = { maxWords: 4, minHeadlineWords: 3 };

const compact = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function namesSite(part: string, sites: readonly string[]): boolean {
  const key = compact(part);
  if (key.length < 2) return true;
  return sites.some((site) => {
    const s = compact(site);
    return s.length >= 2 && (s === key || s.includes(key) || key.includes(s));
  });
}

/** A title cut at the separators CMSes put between headline, section, site name and date. */
export function titleParts(title: string): string[] {
  return title.replace(/\s+/gu, ' ').trim().split(SEPARATOR);
}

const words = (parts: readonly string[]): number => parts.join(' ').split(/\s+/u).length;

/**
 * Cuts site names off a title. `sites`: og:site_name, publisher, host and its
 * main label. `generic`: also cut a short trailing part (for <title> text).
 */
export function cleanTitle(title: string, sites: readonly string[], generic = false): string {
  const parts = titleParts(title);
  // "Berlin confronts its past | DW | 19.01.2020": the publication date is no part of the headline either.
  const furniture = (part: string): boolean => namesSite(part, sites) || isDateOnlyLine(part);
  while (parts.length > 1 && furniture(parts.at(-1)!)) parts.pop();
  while (parts.length > 1 && furniture(parts[0]!)) parts.shift();
  if (generic) {
    const short = (part: string): boolean => words([part]) <= GENERIC_TAIL.maxWords;
    while (parts.length > 1 && short(parts.at(-1)!) && words(parts.slice(0, -1)) >= GENERIC_TAIL.minHeadlineWords) parts.pop();
    while (parts.length > 1 && short(parts[0]!) && words(parts.slice(1)) >= GENERIC_TAIL.minHeadlineWords) parts.shift();
  }
  // Rejoin what is left with the separator the page used.
  const separator = SEPARATOR.exec(title.replace(/\s+/gu, ' '))?.[0] ?? ' ';
  return parts.join(separator).trim();
}

/** Second-level labels under which sites register ("bbc.co.uk", "abc.net.au"). */
const SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|edu|ne|or|go|gob|nic)$/u;

/** Names a site may go by, for cleanTitle: "www.bbc.co.uk" also gives "bbc", "edition.cnn.com" gives "cnn". */
export function siteNames(names: readonly (string | null)[], host: string): string[] {
  const labels = host.replace(/^www\./u, '').split('.').slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL.test(labels.at(-1)!)) labels.pop();
  return [...names, host, labels.at(-1)].filter((n): n is string => typeof n === 'string' && n !== '');
}
