// Readability's content as lines of text, one per block. Text only: no markup
// crosses this boundary, so nothing downstream can render page HTML.

/** Elements that end a line of text; everything else is inline. */
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
/**
 * A short line made (almost) entirely of link text is a link to another page
 * ("Kremlin says no deal" pointing elsewhere), not a sentence of this story.
 */
const LINK_LINE = { minShare: 0.8, maxWords: 25 };

interface Line {
  text: string;
  linkChars: number;
}

function walk(node: Node, inLink: boolean, lines: Line[]): void {
  const current = (): Line => lines[lines.length - 1]!;
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    current().text += text;
    if (inLink) current().linkChars += text.replace(/\s/gu, '').length;
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = (node as Element).tagName.toUpperCase();
  const block = BLOCKS.has(tag);
  if (block) lines.push({ text: '', linkChars: 0 });
  for (const child of Array.from(node.childNodes)) walk(child, inLink || tag === 'A', lines);
  if (block) lines.push({ text: '', linkChars: 0 });
}

/** The text of each block under `root`, whitespace collapsed, link-only lines dropped. */
export function collectParagraphs(root: Node): string[] {
  const lines: Line[] = [{ text: '', linkChars: 0 }];
  walk(root, false, lines);
  const out: string[] = [];
  for (const line of lines) {
    const text = line.text.replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    const words = text.split(' ').length;
    if (words <= LINK_LINE.maxWords && line.linkChars >= text.replace(/\s/gu, '').length * LINK_LINE.minShare) continue;
    out.push(text);
  }
  return out;
}
