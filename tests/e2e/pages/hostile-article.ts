// Two reports of one story whose every field carries script and HTML payloads:
// title, site name, byline, quotes and body, plus real javascript: links and an
// RTL override. The payloads are text on the page (escaped), so the page itself
// never runs them; if anything in the extension ever parsed page text as HTML,
// they would run there and set window.__pwned or document.title. Report B is a
// copy of A with a different arrest count, so the popup shows a conflict whose
// sentences carry payloads too.

/** Each one sets the canary if it ever runs. */
export const PAYLOADS = {
  img: `<img src=x onerror="window.__pwned='img';document.title='pwned'">`,
  script: `</script><script>window.__pwned='script'</script>`,
  svg: `<svg onload="window.__pwned='svg'">`,
  iframe: `<iframe srcdoc="<script>parent.__pwned='iframe'</script>">`,
  link: `javascript:window.__pwned='link'`,
  template: `{{constructor.constructor('window.__pwned=1')()}}`,
  rtl: 'Report\u202Efdp.exe',
} as const;

const P = PAYLOADS;
export const HOSTILE_TITLE = `Council vote ${P.img} ends in uproar`;
export const HOSTILE_SITE = `The ${P.svg} Gazette`;
export const HOSTILE_BYLINE = `Jane Roe ${P.script}`;

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function body(arrests: number): string[] {
  return [
    `The city council of Valmora voted on Tuesday to close the old harbour market, a decision that drew hundreds of protesters to the town hall ${P.iframe} within the hour.`,
    `Police said ${arrests} people were arrested outside the town hall on Tuesday evening after the protest turned into a scuffle with officers near the market gates ${P.svg}.`,
    `"${P.img} is not how this city treats its traders," said market spokeswoman Ilse Brandt, who has run a fish stall at the harbour for 22 years.`,
    `The mayor, Tomas Weber, said the market buildings were unsafe and would be demolished in the spring, and that traders would be offered stalls in a new hall on ${P.link} Station Road.`,
    `Opposition councillors said the vote ${P.template} had been rushed through without a public consultation and promised to challenge it in the regional court.`,
    `A copy of the council report, titled ${P.rtl}, said repairs to the market halls would cost more than the town could afford this year.`,
    `Traders said they would keep their stalls open until the demolition date and asked residents to keep shopping at the harbour ${P.script} every morning.`,
  ];
}

/** A news page for report A (14 arrests) or B (41 arrests). */
export function hostileArticleHtml(which: 'a' | 'b'): string {
  const paragraphs = body(which === 'a' ? 14 : 41);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${esc(HOSTILE_TITLE)}</title>
  <meta property="og:type" content="article">
  <meta property="og:title" content="${esc(HOSTILE_TITLE)}">
  <meta property="og:site_name" content="${esc(HOSTILE_SITE)}">
  <meta name="author" content="${esc(HOSTILE_BYLINE)}">
  <meta property="article:published_time" content="2024-06-04T18:00:00Z">
  <script>
    // The page's own canary: set if any payload on this page ever runs here.
    window.__pwned = undefined;
    window.__pageTitle = document.title;
  </script>
</head>
<body>
  <header><a href="javascript:window.__pwned='nav'">The Gazette</a></header>
  <article>
    <h1>${esc(HOSTILE_TITLE)}</h1>
    <p class="byline">By ${esc(HOSTILE_BYLINE)}</p>
    ${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n    ')}
    <p><a href="javascript:window.__pwned='body-link'">Read the council report</a></p>
  </article>
</body>
</html>`;
}

/** Sentences of report `which` as stored (for checking that the popup shows them literally). */
export const hostileSentences = (which: 'a' | 'b'): string[] => body(which === 'a' ? 14 : 41);
