/** A title made from the first sentence is cut here, at a word boundary. */
const FALLBACK_TITLE_MAX_CHARS = 120;

/**
 * A title for an article that prints none: its first sentence, cut short.
 * Lists and the popup then still show something that reads like the story.
 */
export function titleFromText(text: string): string {
  const sentence = (/^.*?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text).split('\n')[0]!.trim();
  if (sentence.length <= FALLBACK_TITLE_MAX_CHARS) return sentence;
  const cut = sentence.slice(0, FALLBACK_TITLE_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}
