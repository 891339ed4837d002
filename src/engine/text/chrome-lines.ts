// Single lines that are page furniture in any outlet's layout, whether they
// arrive as HTML paragraphs or as lines of a saved .txt. Each rule is anchored
// to the whole line (or capped in length) so that a body paragraph that merely
// mentions a video, an app or a newsletter survives.

import { isAgencyName } from './agencies.ts';
import { endsLikeSentence, wordCount } from './line-shape.ts';

/**
 * How a photo agency opens a caption: "NEW YORK, NEW YORK - MAY 31: …",
 * "LONDON, ENGLAND - JULY 16: …". Prose never does.
 */
export const AGENCY_CAPTION_DATELINE = String.raw`\p{Lu}[\p{Lu} .'’-]+, [\p{Lu} .'’-]+ - \p{Lu}{3,9}\.? \d{1,2}: `;

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
  { pattern: /^(?:video|media|content) (?:is )?(?:unavailable|not available)\b|^(?:\d{1,2}:\d{2}\s+)?your browser does not support\b/iu, maxWords: 20, why: 'player fallbacks ("1:05 Your browser does not support the audio element.")' },
  {
    pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|paid content|(?:story|article) continues below(?: advertisement)?|continue reading(?: the main story| below)?|(?:advertisement\s*[-–—:]\s*)?scroll (?:down )?to continue(?: with content| reading)?|skip (?:this )?ad|report this ad|loading(?:\.\.\.|…)?|skip to (?:main )?content|enlarge this image|(?:toggle|hide|show) caption)$/iu,
    why: 'ad slot labels and page widgets that print a word or two',
  },
  {
    pattern: /\((?:[^()]*\b(?:photo|photograph|image|picture|file|credit|getty|shutterstock)\b[^()]*|[^()]*\/\s*(?:afp|ap|reuters|epa|sputnik|anadolu|xinhua|pti|ani|efe|dpa)\s*)\)\s*$/iu,
    maxWords: 30,
    why: 'a photo caption ending in its credit, e.g. "President Putin (Photo by … / AFP)"',
  },
  {
    // No bare comma after "Photo"/"Video": "Video, posted online, shows…" is prose; BBC's "Image source, Getty" is not.
    pattern: /^(?:(?:photo|photograph|image|picture|pic|credit|caption|file photo|video)s?\s*(?:by\b|:|\||\s[-–]\s)|(?:image source|image caption|media caption)\s*[,:]|source\s*:)/iu,
    maxWords: 25,
    why: 'caption and credit labels',
  },
  {
    pattern: /\b(?:Source|Photo|Photograph|Picture|Image|Credit|Foto)s?: [^.!?]{1,40}$/u,
    maxWords: 40,
    why: 'a caption ending in its credit label, "… for two years. Source: Supplied" (capitalised: "one source: the ministry" is prose)',
  },
  {
    pattern: /\bpic\.twitter\.com\/\w+|[—–-] [^—–]{1,60} \(@\w{1,15}\) (?:\p{L}+ \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4})$/u,
    maxWords: 80,
    why: 'an embedded post, printed as text: "… pic.twitter.com/… — Name (@handle) August 23, 2023" (someone else\'s words, not the report)',
  },
  { pattern: /^(?:https?:\/\/|www\.)\S+$/iu, why: 'a bare link on its own line: where a page or its picture is, not what it says' },
  {
    // Each word split once at its first symbol: linear, however long the line (no nested free quantifiers).
    pattern: /^(?:[^\s/[\]@={}<>]*[/[\]@={}<>]\S*\s+)*[^\s/[\]@={}<>]*[/[\]@={}<>]\S*\s*$/u,
    why: 'markup and paths an export leaves behind ("/html/head/meta[@name=\'og:title\']/@content"): no plain word at all',
  },
  {
    // Wire style dates prose by weekday or by date, never both; a caption dates its photo in full, then places it.
    pattern: /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d,? (?:in|near|at|outside|on) \p{Lu}/u,
    maxWords: 45,
    why: 'wire photo captions: "… engulfed in flames on Tuesday, Aug. 8, 2023, in Lahaina, Hawaii."',
  },
  { pattern: new RegExp(`^${AGENCY_CAPTION_DATELINE}`, 'u'), maxWords: 150, why: 'agency photo captions: "NEW YORK, NEW YORK - MAY 31: Former U.S. President … (Photo by …)"' },
  {
    // Prose never pads a day with a zero ("July 08"); a photo agency's caption does.
    pattern: /\bon (?:January|February|March|April|May|June|July|August|September|October|November|December) 0\d, (?:19|20)\d\d,? in \p{Lu}/u,
    maxWords: 60,
    why: 'agency photo captions: "… during an election campaign on July 08, 2022 in Nara, Japan."',
  },
  { pattern: /\bin this (?:handout )?(?:photo|picture|image) (?:taken|released|provided|obtained|made available) by\b|\bimage pixelated at source\b/iu, maxWords: 60, why: 'photo captions: "… in this photo taken by The Asahi Shimbun"' },
  { pattern: /\btheme license is not validated\b|\byou need a single license for each domain\b/iu, maxWords: 40, why: 'a site theme\'s licence nag ("Jannah Theme License is not validated, …")' },
  { pattern: /^(?:estimated )?reading time\s*:\s*\d+\s*(?:min(?:ute)?s?)?$/iu, why: 'reading-time labels ("Reading Time: 7 minutes")' },
  { pattern: /^(?:getty images|shutterstock|afp via getty images|(?:afp|ap|reuters|epa|getty) (?:photo|images?))$/iu, why: 'bare credits' },
  { pattern: /(?:\bREUTERS\/|\bvia REUTERS\b|\/AFP via Getty Images|\bAFP\/Getty Images|\(AP Photo\/)[^.]*$|^FILE PHOTO\b/u, maxWords: 60, why: 'wire photo captions: "… REUTERS/Name/File Photo"' },
  { pattern: /^(?:\(\s*)?(?:reporting|writing|editing|additional reporting|compiled|edited|published|written|posted|curated) by\b|^our standards:/iu, maxWords: 40, why: 'wire sign-offs and CMS credits ("Reporting by …; Editing by …")' },
  { pattern: /\bskip to (?:main )?content$/iu, maxWords: 6, why: 'a skip link run into a tracker\'s leftover name ("scorecardresearch Skip to main content")' },
  { pattern: /^[Tt]his (?:story|article|report) was (?:reported|written|compiled|produced) by \p{Lu}[\p{L}.'’-]* \p{Lu}/u, maxWords: 60, why: 'a newsroom\'s credit line ("This story was reported by … It was written by …")' },
  { pattern: /^(?:see|read|follow) (?:all |the |our )?(?:\p{L}+['’]s )?(?:complete|full|latest|live|continuing|ongoing) coverage(?: (?:of|on) [^.!?]{1,60})?\.?$/iu, maxWords: 20, why: 'links to an outlet\'s coverage page ("See the Globe\'s complete coverage of …")' },
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
    pattern: /^\((?:with (?:agency inputs|inputs|additional reporting|reporting)\b[^)]*|agencies|afp|ap|reuters|pti|ians|ani)\)$|^with inputs from\b/iu,
    maxWords: 12,
    why: 'attribution stamps such as "(With agency inputs)"',
  },
  { pattern: /^By\s+\p{Lu}[^.!?]*$/u, maxWords: 8, why: 'bylines left in the body' },
  {
    pattern: /^\p{Lu}[\p{Lu}\s.'’-]+ (?:IS|WAS|ARE) (?:THE |A |AN )?[\p{Lu}\p{N}\s.,'’&-]+$/u,
    maxWords: 20,
    why: 'capitalised author taglines closing a column: "ANN LEE IS THE COURIER’S POLITICAL EDITOR"',
  },
  { pattern: /^(?:tags?|topics|filed under|categories)\s*:/iu, maxWords: 30, why: 'inline tag lists' },
  { pattern: /\bto (?:post|leave|add) a comment\b|^leave a reply$/iu, maxWords: 15, why: 'comment prompts' },
  {
    pattern: /^this (?:post|article|story|piece|column|essay) (?:(?:was |has been )?(?:originally|first) (?:published|posted|appeared|ran)|(?:originally |first )?appeared)\b/iu,
    maxWords: 25,
    why: 'syndication notes of partner content: "This post originally appeared on Grist."',
  },
  {
    pattern: /^(?:\(?this (?:post|story|article|page) (?:will be|is being|may be|has been) updated\b|this is (?:a )?(?:developing|breaking) (?:news )?story\b|(?:please )?check back (?:later |soon )?for (?:more |further )?updates\b|more (?:details|to follow|updates) to follow\b)/iu,
    maxWords: 20,
    why: 'update notices of a live page: "This post will be updated as new information is available."',
  },
  { pattern: /^[^.!?]*\S\s+[—–-]$/u, maxWords: 5, why: 'a section kicker printed with a trailing dash above the headline: "Biz & IT —"' },
  {
    pattern: /^\(?this (?:article|story) (?:has not been edited|has been published from a wire|is auto-generated|was (?:auto-)?generated)\b|^catch (?:all )?the (?:latest )?\b.*\bnews\b.*\b(?:app|updates)\b/iu,
    maxWords: 50,
    why: 'syndication notes and app promos that aggregators append',
  },
]);

/**
 * True for a line that is page chrome on its own. A line that is only an
 * agency credit ("— AFP", "Reuters") counts: the source is read from the head.
 */
/** A photo credit on its own line: names and agencies joined by slashes, ending in an agency ("David Paul Morris/Bloomberg/Getty Images"). */
const PHOTO_CREDIT = /^[^.!?/]{0,60}(?:\/[^.!?/]{1,40})*\/\s*(?:getty images|bloomberg|reuters|afp|ap|epa|shutterstock|alamy|anadolu(?: agency)?|sipa(?: usa)?|xinhua|nurphoto|sopa images|zuma(?: press)?|pa(?: images| wire)?|ap images|ap photo|efe|dpa|tass|ria novosti|sputnik)\s*$/iu;
const PHOTO_CREDIT_MAX_WORDS = 12;

export function isPhotoCredit(line: string): boolean {
  return wordCount(line) <= PHOTO_CREDIT_MAX_WORDS && PHOTO_CREDIT.test(line);
}

export function isChromeLine(line: string): boolean {
  const words = wordCount(line);
  if (isAgencyName(line) || isPhotoCredit(line)) return true;
  return CHROME_LINES.some(
    (rule) => (rule.maxWords === undefined || words <= rule.maxWords) && (!rule.labelOnly || !endsLikeSentence(line)) && rule.pattern.test(line),
  );
}
