// Finds a stored sentence in the live page. The stored text went through
// extraction (whitespace collapsed, paragraphs rejoined), so both sides are
// folded the same way, and each folded character remembers the text node and
// offset it came from, to build a DOM Range over the original nodes.

export interface TextPoint {
  node: Text;
  offset: number;
}

/** Never page text a reader sees. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'HEAD', 'TITLE']);
/** Text in two of these never runs together into one sentence. */
const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TD', 'TH', 'ARTICLE', 'SECTION', 'HEADER',
  'FOOTER', 'FIGCAPTION', 'FIGURE', 'PRE', 'DD', 'DT', 'TR', 'UL', 'OL', 'MAIN', 'ASIDE', 'NAV', 'BR', 'HR', 'BODY', 'TABLE']);
/** Long sentences are found by their ends when the middle differs (an inline ad, a footnote mark). */
const PROBE_CHARS = 60;

const IGNORED = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/** One character folded for comparison: "" to drop it, " " for any space. */
function foldChar(ch: string): string {
  if (IGNORED.test(ch)) return '';
  if (/\s/u.test(ch)) return ' ';
  const folded = FOLD[ch] ?? ch.toLowerCase();
  return folded.length === 1 ? folded : ch;
}

/** A sentence folded the same way as page text. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = foldChar(ch);
    if (!f || (f === ' ' && (out === '' || out.endsWith(' ')))) continue;
    out += f;
  }
  return out.trimEnd();
}

function blockOf(node: Node): Node | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCK.has(el.tagName.toUpperCase())) return el;
  return null;
}

interface Flat {
  text: string;
  points: TextPoint[];
}

/** The page's visible-candidate text, folded, with a source point per character. */
function flatten(doc: Document): Flat {
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const skipped = (node: Node): boolean => {
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (SKIP.has(el.tagName.toUpperCase())) return true;
    return false;
  };
  let text = '';
  const points: TextPoint[] = [];
  let lastBlock: Node | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (skipped(node)) continue;
    const block = blockOf(node);
    if (block !== lastBlock && text) {
      // A break no folded sentence contains: a match never spans two blocks.
      text += '\n';
      points.push({ node, offset: 0 });
    }
    lastBlock = block;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const f = foldChar(data[i] as string);
      if (!f || (f === ' ' && (text === '' || text.endsWith(' ') || text.endsWith('\n')))) continue;
      text += f;
      points.push({ node, offset: i });
    }
  }
  return { text, points };
}

const isShown = (node: Text): boolean => {
  const el = node.parentElement as (Element & { checkVisibility?: () => boolean }) | null;
  return !el || typeof el.checkVisibility !== 'function' || el.checkVisibility();
};

/** Every position of needle in hay. */
function* positions(hay: string, needle: string): Generator<number> {
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) yield at;
}

/**
 * Where the sentence is in the page, as start and end points over the page's
 * own text nodes (the first visible occurrence), or null. Falls back to the
 * sentence's opening or closing words when the whole does not match.
 */
export function findSentence(doc: Document, sentence: string): { start: TextPoint; end: TextPoint } | null {
  const needle = foldText(sentence).trim();
  if (!needle) return null;
  const flat = flatten(doc);
  const tries: [string, number, number][] = [[needle, 0, needle.length]];
  const bare = needle.replace(/[.!?"')\]]+$/u, '');
  if (bare !== needle) tries.push([bare, 0, bare.length]);
  if (needle.length > 2 * PROBE_CHARS) {
    tries.push([needle.slice(0, PROBE_CHARS), 0, PROBE_CHARS], [needle.slice(-PROBE_CHARS), needle.length - PROBE_CHARS, needle.length]);
  }
  for (const [probe] of tries) {
    for (const at of positions(flat.text, probe)) {
      const start = flat.points[at];
      const last = flat.points[at + probe.length - 1];
      if (!start || !last || !isShown(start.node)) continue;
      return { start, end: { node: last.node, offset: last.offset + 1 } };
    }
  }
  return null;
}
