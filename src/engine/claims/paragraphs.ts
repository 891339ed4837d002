/**
 * Body paragraphs worth reading for claims. Extraction already removes page
 * chrome; this is a second, cheap guard against what slips through (teaser
 * headlines, repeated captions), because a claim from chrome would be a false
 * flag no reader could find in the article.
 */

// Headline-like lines (no final punctuation) with fewer words than this are
// labels, bylines or captions, not reporting.
const MIN_UNPUNCTUATED_WORDS = 8;
// Share of capitalised words above which an unpunctuated line is a headline
// ("Pentagon Contradicts Biden Ukraine Claim: US Not Training Troops").
const TITLE_CASE_SHARE = 0.6;

/**
 * Splits a body into paragraphs: blank lines separate paragraphs; a single
 * line break does too, unless it breaks a sentence (next line in lower case,
 * previous line without final punctuation), which is a hard wrap.
 *
 * @example splitParagraphs('One.\n\nTwo.\nThree') // ['One.', 'Two.', 'Three']
 */
export function splitParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const joined: string[] = [];
  let current = '';
  for (const raw of lines) {
    // List bullets are layout, and would hide a repeated teaser from the dedupe.
    const line = raw.replace(/\s+/g, ' ').trim().replace(/^[-–•*]\s+/, '');
    if (line === '') {
      if (current) joined.push(current);
      current = '';
    } else if (current && !/[.!?:;"”’)]$/.test(current) && /^\p{Ll}/u.test(line)) {
      current += ' ' + line;
    } else {
      if (current) joined.push(current);
      current = line;
    }
  }
  if (current) joined.push(current);
  return joined;
}

/**
 * Drops repeated paragraphs and headline-like lines.
 *
 * @example dropChrome(['Two.', 'Featured Stories', 'Two.']) // ['Two.']
 */
export function dropChrome(paragraphs: readonly string[]): string[] {
  const seen = new Set<string>();
  return paragraphs.filter((p) => {
    const key = p.toLowerCase();
    if (seen.has(key) || looksLikeChrome(p)) return false;
    seen.add(key);
    return true;
  });
}

function looksLikeChrome(line: string): boolean {
  if (/[.!?"”’)]$/.test(line)) return false;
  const words = line.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_UNPUNCTUATED_WORDS) return true;
  const capitalised = words.filter((w) => /^[\p{Lu}“"‘']/u.test(w)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE;
}
