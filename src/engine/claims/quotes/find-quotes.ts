/** A quotation in a paragraph: offsets of the words between the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** True when the paragraph ended before a closing mark (a quote running on). */
  open: boolean;
}

type Mark = 'double' | 'single';
const OPENERS: Readonly<Record<string, Mark>> = { '“': 'double', '„': 'double', '«': 'double', '‘': 'single' };
const CLOSERS: Readonly<Record<string, Mark>> = { '”': 'double', '»': 'double', '’': 'single' };
/** Every character the scan below acts on: the straight marks and the keys of OPENERS and CLOSERS. */
const MARKS = /["'“„«‘”»’]/u;

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}|\d/u.test(c);
// A straight mark opens after a space, bracket or dash ("said, \"We…") and
// closes before one or before punctuation; this is how typesetters read them.
const opensAfter = (c: string | undefined): boolean => c === undefined || /[\s([{—–\-“"‘'/]/.test(c);

/**
 * Finds the top-level quotations of one paragraph. Curly and straight marks
 * both count; nested quotes stay inside their outer quote. A single curly or
 * straight apostrophe inside a word ("Moscow’s", "don't") is never a mark.
 *
 * @example findQuotes('“We will,” he said.') // [{ start: 1, end: 8, open: false }]
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { mark: Mark; at: number }[] = [];
  const close = (mark: Mark, at: number): void => {
    const index = findLast(stack, mark);
    if (index < 0) return;
    const opener = stack[index];
    stack.length = index;
    if (opener && index === 0) spans.push({ start: opener.at + 1, end: at, open: false });
  };
  // Only quotation marks change the state: jump from one to the next.
  const marks = new RegExp(MARKS.source, 'g');
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    const i = found.index;
    const c = found[0];
    const before = text[i - 1];
    const after = text[i + 1];
    if (c === '"') {
      const top = stack[stack.length - 1];
      const canOpen = opensAfter(before) && after !== undefined && !/\s/.test(after);
      if (top?.mark === 'double' && !canOpen) close('double', i);
      else if (canOpen) stack.push({ mark: 'double', at: i });
      else if (top?.mark === 'double') close('double', i);
    } else if (c === "'" || c === '‘' || c === '’') {
      // Single marks: an apostrophe has a letter on both sides or closes a
      // plural possessive; only a mark after a space opens a quote.
      if (isLetter(before) && isLetter(after)) continue;
      if ((c === '‘' || c === "'") && opensAfter(before) && isLetter(after)) stack.push({ mark: 'single', at: i });
      else if (c !== '‘' && stack[stack.length - 1]?.mark === 'single' && !isLetter(after)) close('single', i);
    } else if (OPENERS[c]) {
      stack.push({ mark: OPENERS[c] ?? 'double', at: i });
    } else if (CLOSERS[c] && c !== '’') {
      close(CLOSERS[c] ?? 'double', i);
    }
  }
  // A quote left open runs to the end of the paragraph (news style for a
  // quotation that continues in the next paragraph).
  const outer = stack[0];
  if (outer && outer.mark === 'double') spans.push({ start: outer.at + 1, end: text.length, open: true });
  return spans.filter((span) => span.end > span.start);
}

function findLast(stack: readonly { mark: Mark }[], mark: Mark): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.mark === mark) return i;
  return -1;
}
