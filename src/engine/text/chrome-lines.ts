// Single lines that are page furniture in any outlet's layout, whether they
// arrive as HTML paragraphs or as lines of a saved .txt. Each rule is anchored
// to the whole line (or capped in length) so that a body paragraph that merely
// mentions a video, an app or a newsletter survives.

import { endsLikeSentence, wordCount } from './line-shape.ts';

interface ChromeLine {
  pattern: RegExp;
  /** Longer lines are prose that happens to match; undefined = no cap. */
  maxWords?: number;
  /** Only when the line does not end like a sentence (a label, not prose). */
  labelOnly?: boolean;
  why: string;
}

export const CHROME_LINES: readonly ChromeLine[] = Object.freeze([
  {
    pattern: /^(?:this|the) video (?:is no longer available|is unavailable|can ?not be (?:played|displayed)|has been removed)\b/iu,
    maxWords: 20,
    why: 'embedded players leave their fallback text behind once the video expires',
  },
  { pattern: /^(?:video|media|content) (?:is )?(?:unavailable|not available)\b|^your browser does not support\b/iu, maxWords: 20, why: 'player fallbacks' },
  {
    pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|paid content|(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?|scroll (?:down )?to continue(?: with content)?|skip (?:this )?ad|report this ad)$/iu,
    why: 'ad slot labels',
  },
  {
    pattern: /\((?:[^()]*\b(?:photo|photograph|image|picture|file|credit|getty|shutterstock)\b[^()]*|[^()]*\/\s*(?:afp|ap|reuters|epa|sputnik|anadolu|xinhua|pti|ani|efe|dpa)\s*)\)\s*$/iu,
    maxWords: 30,
    why: 'a photo caption ending in its credit, e.g. "President Putin (Photo by … / AFP)"',
  },
  {
    pattern: /^(?:photo|photograph|image|picture|pic|credit|image source|image caption|caption|file photo|video)s?\s*(?:by\b|:|\||,|-|–)/iu,
    maxWords: 25,
    why: 'caption and credit labels',
  },
  { pattern: /^(?:getty images|shutterstock|afp via getty images|ap photo)$/iu, why: 'bare credits' },
  { pattern: /^(?:download|get|install) (?:our|the)\b.*\bapp\b/iu, maxWords: 40, why: 'app promos' },
  { pattern: /^for more news your way\b|^personali[sz]e your (?:news )?feed\b|^follow (?:trending topics|us on|the latest|our)\b/iu, maxWords: 25, why: 'feed promos' },
  { pattern: /^(?:sign up|signup|subscribe|register) (?:for|to|now|today|here)\b|^(?:log ?in|sign in) (?:to|or)\b|^join (?:our|us on|the conversation|the discussion)\b/iu, maxWords: 30, why: 'sign-up promos' },
  { pattern: /\bnewsletters?\b|\bin your inbox\b/iu, maxWords: 14, labelOnly: true, why: 'a short label about a newsletter is the newsletter box' },
  { pattern: /^(?:click|tap) here\b|^(?:read|watch|listen to) (?:the )?(?:full (?:story|article)|more|next|now|live)\b|^listen to (?:this|the) (?:article|story)\b/iu, maxWords: 25, why: 'calls to action' },
  { pattern: /^(?:read more|read also|also read|see also|watch|listen|related|more|recommended)\s*[:|]/iu, maxWords: 30, why: 'inline links to other stories' },
  { pattern: /^\d+\s*(?:min(?:ute)?s?)\s+read$/iu, why: 'reading-time labels' },
  { pattern: /^[«‹<]?\s*back to (?:news|top|home|the homepage|all stories)\b|\b(?:print|email) this (?:page|article|story)$/iu, maxWords: 10, why: 'page tools whose links a reader view unwraps' },
  { pattern: /^(?:copyright|©|\(c\))|all rights reserved\.?$/iu, maxWords: 30, why: 'copyright footers' },
  { pattern: /^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing|using)\b.*\b(?:site|website)\b)/iu, maxWords: 60, why: 'cookie banners' },
  { pattern: /^(?:accept|reject|manage)(?: all)? (?:cookies|preferences|settings)$|^(?:please )?enable javascript\b/iu, why: 'consent and script prompts' },
  {
    pattern: /^(?:share|share this|share this (?:article|story|page)|share on \w+|tweet|email|print|copy link|copied!?|link copied|save|save article|bookmark|comment|comments|\d+ comments?|leave a comment|add a comment|post a comment|view comments|show comments)\s*:?$/iu,
    why: 'share and comment labels (tag headings are teaser-blocks.ts: they lead a run of tags)',
  },
  { pattern: /^(?:story|article|news|content|post)\s*(?:code|id|no\.?|number|#)\s*[:#-]?\s*[\w-]+$/iu, why: 'story codes printed by some CMSes, e.g. "Story Code : 986527"' },
  {
    pattern: /^\((?:with (?:inputs? from )?(?:agency inputs|agencies|inputs|wires?)|with (?:additional )?reporting\b[^)]*|agencies|afp|ap|reuters|pti|ians|ani)\)$/iu,
    why: 'attribution stamps such as "(With agency inputs)"',
  },
  { pattern: /^By\s+\p{Lu}[^.!?]*$/u, maxWords: 8, why: 'bylines left in the body' },
]);

export function isChromeLine(line: string): boolean {
  const words = wordCount(line);
  return CHROME_LINES.some(
    (rule) => (rule.maxWords === undefined || words <= rule.maxWords) && (!rule.labelOnly || !endsLikeSentence(line)) && rule.pattern.test(line),
  );
}
