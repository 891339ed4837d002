// Shows the reader where a sentence is: scrolls to it and highlights it, then
// takes the highlight away again on the next click or Escape, leaving the page
// as it was. The CSS Custom Highlight API paints without touching the page's
// DOM; where it is missing, the text is wrapped in <mark> elements that are
// unwrapped exactly (each split text node is restored to its original data).
import { findSentence, type TextPoint } from './highlight-find.ts';

/** Also named in content/highlight.css (injected by the manifest, so a page's CSP cannot block it). */
export const HIGHLIGHT_NAME = 'crosscheck';
export const MARK_ATTRIBUTE = 'data-crosscheck-highlight';

export interface Active {
  remove(): void;
}
let active: Active | null = null;

interface HighlightGlobals {
  Highlight?: new (...ranges: Range[]) => object;
  CSS?: { highlights?: { set(name: string, h: object): void; delete(name: string): boolean } };
}

function paint(win: Window & HighlightGlobals, range: Range): Active | null {
  const registry = win.CSS?.highlights;
  if (!registry || typeof win.Highlight !== 'function') return null;
  try {
    registry.set(HIGHLIGHT_NAME, new win.Highlight(range));
    return { remove: () => void registry.delete(HIGHLIGHT_NAME) };
  } catch {
    return null; // an engine whose content-script wrappers refuse the registry: fall back to marks
  }
}

/**
 * Wraps the text from start to end (each text node's part of it) in <mark>s;
 * remove() puts every node back and restores its original data, so the page
 * is left exactly as it was (no normalize(), which would merge the page's own nodes).
 */
export function wrapText(doc: Document, start: TextPoint, end: TextPoint): Active {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  let on = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n === start.node) on = true;
    if (on) nodes.push(n);
    if (n === end.node) break;
  }
  const undo: (() => void)[] = [];
  for (const node of nodes) {
    const from = node === start.node ? start.offset : 0;
    const to = node === end.node ? end.offset : node.data.length;
    if (from >= to || !node.parentNode) continue;
    const original = node.data;
    const parent = node.parentNode;
    // Split by hand (as splitText would): the page's node keeps the text before
    // the mark, or is itself the marked text when the mark starts it.
    const middle = from > 0 ? doc.createTextNode(original.slice(from, to)) : node;
    const after = to < original.length ? doc.createTextNode(original.slice(to)) : null;
    node.data = from > 0 ? original.slice(0, from) : original.slice(0, to);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, '');
    // CSSOM, not a style attribute: a page's CSP cannot block it.
    mark.style?.setProperty('background-color', '#ffe066', 'important');
    mark.style?.setProperty('color', '#111', 'important');
    const next = node.nextSibling;
    if (middle === node) parent.insertBefore(mark, node);
    else parent.insertBefore(mark, next);
    mark.append(middle);
    if (after) parent.insertBefore(after, mark.nextSibling);
    undo.push(() => {
      if (middle === node) mark.replaceWith(node);
      else mark.remove();
      after?.remove();
      node.data = original;
    });
  }
  return { remove: () => undo.reverse().forEach((f) => f()) };
}

/** Removes the current highlight, if any. */
export function clearHighlight(): void {
  const current = active;
  active = null;
  try {
    current?.remove();
  } catch {
    // The page rewrote that part of its DOM meanwhile: nothing of ours is left to remove.
  }
}

/** Scrolls to the sentence and highlights it; false when the page does not show it. */
export function highlightSentence(win: Window, sentence: string): boolean {
  clearHighlight();
  const doc = win.document;
  const found = findSentence(doc, sentence);
  if (!found) return false;
  const range = doc.createRange();
  range.setStart(found.start.node, found.start.offset);
  range.setEnd(found.end.node, found.end.offset);
  const shown = paint(win, range) ?? wrapText(doc, found.start, found.end);
  const dismiss = (event: Event): void => {
    if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
    win.removeEventListener('keydown', dismiss, true);
    win.removeEventListener('pointerdown', dismiss, true);
    if (active === entry) clearHighlight();
  };
  const entry: Active = {
    remove: () => {
      win.removeEventListener('keydown', dismiss, true);
      win.removeEventListener('pointerdown', dismiss, true);
      shown.remove();
    },
  };
  active = entry;
  win.addEventListener('keydown', dismiss, true);
  win.addEventListener('pointerdown', dismiss, true);
  const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  found.start.node.parentElement?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  return true;
}
