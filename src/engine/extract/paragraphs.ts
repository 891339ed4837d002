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

/** Appends the text under `root` to `lines`, a new line at each block; iterative, as pages can nest thousands deep. */
function walk(root: Node, lines: Line[]): void {
  const current = (): Line => lines[lines.length - 1]!;
  // A frame is a node to enter, or the marker that closes a block after its children.
  const stack: { node: Node; inLink: boolean; close?: true }[] = [{ node: root, inLink: false }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { node, inLink } = frame;
    if (frame.close) {
      lines.push({ text: '', linkChars: 0 });
      continue;
    }
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      current().text += text;
      if (inLink) current().linkChars += text.replace(/\s/gu, '').length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (BLOCKS.has(tag)) {
      lines.push({ text: '', linkChars: 0 });
      stack.push({ node, inLink, close: true });
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inLink: inLink || tag === 'A' });
  }
}

/** The text of each block under `root`, whitespace collapsed, link-only lines dropped. */
export function collectParagraphs(root: Node): string[] {
  const lines: Line[] = [{ text: '', linkChars: 0 }];
  walk(root, lines);
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
