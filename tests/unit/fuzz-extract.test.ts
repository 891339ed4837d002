// Generated pages through the article gate and extraction (linkedom, as the CLI
// runs them): never a throw, never a hang, and whatever comes out is something
// the background accepts. Pages mix real article structure with what hostile
// and broken pages carry: script payloads, odd URLs, broken JSON-LD, chrome
// class names, deep nesting, bidi controls and lone surrogates.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/engine/extract/extract-article.ts';
import { isProbablyArticle } from '../../src/engine/extract/gate.ts';
import { fitArticle } from '../../src/messaging/fit-article.ts';
import { parseArticle } from '../../src/messaging/guards.ts';
import { LIMITS } from '../../src/messaging/limits.ts';

const PAGE_URL = 'https://news.example/2024/05/14/story';
/** Extraction of one generated page (a few KB) takes milliseconds; this only catches a runaway. */
const MAX_MS_PER_PAGE = 2000;
/** The pathological pages are big (4,000 paragraphs): seconds, not minutes, even on a loaded CI machine. */
const MAX_MS_PATHOLOGICAL = 10_000;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">', '</script><script>window.__pwned=1</script>', 'javascript:window.__pwned=1',
  '\u202Egnp.exe', '\u200B\u200D\uFEFF', '\uD800', '"\'><svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}', '&lt;b&gt;&amp;amp;',
];
const WORDS = ['the', 'council', 'said', 'on', 'Tuesday', 'that', 'talks', 'in', 'Istanbul', 'would', 'resume', '2014', '2,500', 'per', 'cent', '"we', 'will', 'not', 'back', 'down,"'];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((w) => `${w.join(' ')}.`) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) },
);
const escapeText = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
const escapeAttr = (s: string): string => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');

const attrValue = fc.oneof(text, fc.constantFrom('related', 'comments', 'article-body', 'story', 'ad-slot', 'share', 'main', 'hidden', 'display:none', 'javascript:alert(1)', 'data:text/html,x', '//evil.example/', 'https://other.example/a', '', ' '));
const attrName = fc.constantFrom('class', 'id', 'href', 'src', 'style', 'hidden', 'role', 'aria-hidden', 'aria-label', 'data-component', 'itemprop', 'lang', 'dir', 'datetime', 'onclick');
const attrs = fc.array(fc.tuple(attrName, attrValue), { maxLength: 4 }).map((list) => list.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join(''));
const TAGS = ['p', 'div', 'article', 'main', 'section', 'h1', 'h2', 'span', 'a', 'b', 'nav', 'aside', 'header', 'footer', 'figure', 'figcaption', 'ul', 'li', 'blockquote', 'time', 'table', 'tr', 'td', 'pre', 'template', 'noscript', 'form', 'svg', 'iframe'];

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(escapeText),
    fc.tuple(fc.constantFrom(...TAGS), attrs, fc.array(tie('node'), { maxLength: 5 })).map(([tag, a, kids]) => `<${tag}${a}>${kids.join('')}</${tag}>`),
    fc.constant('<br>'),
    fc.constantFrom('<p>unclosed <b>bold', '</div></div></article>', '<!-- comment <p> -->', '<![CDATA[x]]>', '<script>window.__pwned=1</script>', '<style>p{}</style>'),
  ),
}));

const jsonLd = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.record({ '@type': fc.constantFrom('NewsArticle', 'Article', 'CollectionPage', ['NewsArticle', 'WebPage']), headline: text, articleBody: fc.array(text, { maxLength: 20 }).map((t) => t.join('\n')), author: fc.oneof(text, fc.array(fc.record({ name: text }))), datePublished: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), text) }).map((o) => JSON.stringify(o)),
  fc.constantFrom('{', '</script><script>window.__pwned=1</script>', '[]', 'null', '{"@graph":[{"@graph":[{"@type":"NewsArticle"}]}]}'),
);

const head = fc.record({
  title: text, siteName: text, ogTitle: text, author: text, canonical: attrValue, published: text, lang: fc.constantFrom('en', 'en-GB', 'fr', 'de', '', 'x'.repeat(80), 'zh-Hant-TW'),
  ld: fc.option(jsonLd, { nil: undefined }),
});

const page = fc.tuple(head, fc.array(node, { maxLength: 12 }), fc.array(text, { maxLength: 25 })).map(([h, nodes, paras]) =>
  `<!doctype html><html lang="${escapeAttr(h.lang)}"><head><title>${escapeText(h.title)}</title>` +
  `<meta property="og:site_name" content="${escapeAttr(h.siteName)}"><meta property="og:title" content="${escapeAttr(h.ogTitle)}">` +
  `<meta name="author" content="${escapeAttr(h.author)}"><meta property="article:published_time" content="${escapeAttr(h.published)}">` +
  `<link rel="canonical" href="${escapeAttr(h.canonical)}">` +
  (h.ld === undefined ? '' : `<script type="application/ld+json">${h.ld}</script>`) +
  `</head><body>${nodes.join('')}<article>${paras.map((p) => `<p>${escapeText(p)}</p>`).join('')}</article></body></html>`);

function run(html: string, budgetMs = MAX_MS_PER_PAGE): void {
  const doc = parseHTML(html).document as unknown as Document;
  const started = performance.now();
  isProbablyArticle(doc, PAGE_URL);
  const article = extractArticle(doc, PAGE_URL);
  const ms = performance.now() - started;
  expect(ms, 'extraction time').toBeLessThan(budgetMs);
  if (!article) return;
  expect(article.text.length).toBeLessThanOrEqual(html.length);
  // What the content script sends (fitted to the limits) must pass the background's validation, or the page is silently never captured.
  if (article.text.length <= LIMITS.text) expect(() => parseArticle(fitArticle(article, PAGE_URL))).not.toThrow();
  expect(new URL(article.url).protocol).toMatch(/^https?:$/u);
}

describe('extraction fuzzing', () => {
  it('never throws on generated pages, stays fast, and yields only articles the background accepts', () => {
    fc.assert(fc.property(page, (html) => run(html)), { numRuns: RUNS });
  }, 20_000 + RUNS * 50);

  it('survives pathological shapes: deep nesting, wide pages, huge attributes, empty documents', () => {
    // Browsers flatten nesting past a few hundred levels (Chromium: 512); linkedom recurses, so stay under that.
    const deep = `<html><body>${'<div class="story">'.repeat(500)}<p>${WORDS.join(' ')}</p>${'</div>'.repeat(500)}</body></html>`;
    const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i}: the council said on Tuesday that talks would resume in Istanbul after a pause of ${i} days.</p>`).join('');
    const wide = `<html><body><article>${paragraphs(4000)}</article></body></html>`;
    const attribute = `<html><head><meta property="og:title" content="${'x'.repeat(200_000)}"><meta property="og:site_name" content="${'s '.repeat(5000)}">` +
      `<meta name="author" content="${'a '.repeat(5000)}"><link rel="canonical" href="https://news.example/${'p'.repeat(10_000)}"></head><body><article>${paragraphs(20)}</article></body></html>`;
    for (const html of [deep, wide, attribute, '<html></html>', '<html><body>', '<html>\u0000\uFFFE</html>', '<html><frameset><frame src="x"></frameset></html>']) run(html, MAX_MS_PATHOLOGICAL);
  }, 60_000);
});
