// Pages built for the reliability and security e2e tests: oversized pages,
// pages that fight the extension, and odd pages. Generated here rather than
// committed (a 10 MB page has no place in git); each builder is deterministic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlainText } from '../../../src/engine/text/parse-plain-text.ts';
import { ROOT } from '../harness.ts';
import type { Route } from '../server.ts';

/** An e2e page and the URL path it is served at. */
export interface BuiltPage extends Route {
  id: string;
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * Runs in the page's own world before anything else: records every task that
 * blocks the main thread. Long Tasks (Chromium) where the browser has them, and
 * everywhere a heartbeat: a MessageChannel ping-pong whose gaps are tasks that
 * ran in between. Epoch times, so they compare with the extension's records.
 */
export const RESPONSIVENESS_PROBE = `<script>
(() => {
  const w = window;
  w.__longTasks = [];
  w.__gaps = [];
  const origin = performance.timeOrigin;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: origin + e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const channel = new MessageChannel();
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (now - last > 50) w.__gaps.push({ start: origin + last, duration: now - last });
    last = now;
    setTimeout(() => channel.port2.postMessage(0), 4);
  };
  channel.port2.postMessage(0);
  addEventListener('load', () => { w.__loadedAt = Date.now(); });
})();
</script>`;

const SENTENCES = [
  'The regional water board said on Tuesday that reservoir levels had fallen to their lowest point in a decade after the dry spring.',
  'Engineers from the board told a public meeting that two pumping stations would run through the night to keep supplies steady.',
  'Farmers in the valley said the restrictions had already cut the area they could irrigate by about a third compared with last year.',
  'A spokeswoman for the board, Marta Keller, said households should expect the hosepipe ban to stay in place until the autumn rains.',
  'The board expects to publish revised forecasts for the summer months at its next monthly meeting, officials said.',
];

function articleHead(title: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="E2E Gazette">
<meta property="article:published_time" content="2024-06-04T08:00:00Z">${extra}${RESPONSIVENESS_PROBE}
<style>/* The bulk is never laid out or painted: the browser's own work on the page stays short, so a long task after load is the extension's. */
.bulk { content-visibility: hidden; }</style></head>`;
}

/** An article whose body is ~10 MB of text in 5,000 paragraphs: capture must skip it, not freeze the page. */
export function hugeTextPage(bytes = 10 * 1024 * 1024): BuiltPage {
  const paragraph = SENTENCES.join(' ').repeat(3); // ~1,900 characters
  const count = Math.ceil(bytes / paragraph.length);
  const body = Array.from({ length: count }, (_, i) => `<p>${i} ${paragraph}</p>`).join('\n');
  return {
    id: `huge-text-${bytes}`,
    path: `/e2e-huge-text-${bytes}/`,
    html: `${articleHead('Reservoir levels at a ten-year low (the very long edition)')}<body><article><h1>Reservoir levels at a ten-year low</h1><div class="bulk">${body}</div></article></body></html>`,
  };
}

/** A short article under 50,000 reader comments (one element each, plus their metadata). */
export function hugeDomPage(elements = 50_000): BuiltPage {
  const comments = Array.from({ length: Math.ceil(elements / 3) }, (_, i) => `<li><b>reader${i}</b> <span>Agreed, the ban should have come sooner ${i}.</span></li>`).join('');
  return {
    id: `huge-dom-${elements}`,
    path: `/e2e-huge-dom-${elements}/`,
    html: `${articleHead('Hosepipe ban for the valley as reservoirs fall')}<body><article><h1>Hosepipe ban for the valley as reservoirs fall</h1>
${SENTENCES.map((s) => `<p>${s} ${s}</p>`).join('\n')}</article><section class="comments"><h2>Comments</h2><ul class="bulk">${comments}</ul></section></body></html>`,
  };
}

/** tests/e2e/pages/<file> as a page at /e2e-<id>/. */
export function ownPage(id: string, file: string): BuiltPage {
  return { id, path: `/e2e-${id}/`, html: readFileSync(join(ROOT, 'tests/e2e/pages', file), 'utf8') };
}

/** An ordinary article at its own URL (no canonical link, so it is stored under the page's address). */
export function plainArticlePage(id: string, title: string): BuiltPage {
  return {
    id,
    path: `/e2e-${id}/`,
    html: `${articleHead(title)}<body><article><h1>${esc(title)}</h1>${SENTENCES.map((s, i) => `<p>${s} (${id}, ${i})</p>`).join('\n')}
${SENTENCES.map((s) => `<p>${s.replace('Tuesday', 'Wednesday')}</p>`).join('\n')}</article></body></html>`,
  };
}

/**
 * An article page that never sits still: a ticker rewritten every 50 ms, the
 * whole story re-rendered (fresh nodes, same words) every 250 ms, and the URL
 * fragment bumped every 100 ms, for 3 s. It must be captured once, not again
 * and again, and its page must not slow down.
 */
export function rewritingPage(): BuiltPage {
  const paragraphs = SENTENCES.map((s, i) => `<p>${s} (${i + 1})</p>`).join('') + SENTENCES.map((s) => `<p>${s.replace('Tuesday', 'Monday')}</p>`).join('');
  return {
    id: 'rewriting',
    path: '/e2e-rewriting/',
    html: `${articleHead('Water board keeps the hosepipe ban in place')}<body>
<div id="ticker">Live: 0</div>
<article><h1>Water board keeps the hosepipe ban in place</h1><div id="story">${paragraphs}</div></article>
<script>
  const story = document.getElementById('story');
  const html = story.innerHTML;
  let n = 0;
  const ticker = setInterval(() => { document.getElementById('ticker').textContent = 'Live: ' + (++n); }, 50);
  const render = setInterval(() => { const fresh = document.createElement('div'); fresh.innerHTML = html; story.replaceChildren(...fresh.childNodes); }, 250);
  const hash = setInterval(() => { location.hash = 'update-' + n; }, 100);
  setTimeout(() => { clearInterval(ticker); clearInterval(render); clearInterval(hash); window.__settled = true; }, 3000);
</script></body></html>`,
  };
}

/** A page that is not an article, framing one that is: only the top frame is read. */
export function framingPages(): { framed: BuiltPage; front: BuiltPage; article: BuiltPage } {
  const framed = plainArticlePage('framed-article', 'Framed: the water board’s statement in full');
  const front = {
    id: 'framing-front',
    path: '/e2e-framing-front/',
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Water – E2E Gazette</title><meta property="og:type" content="website"></head>
<body><nav><a href="/">Home</a> <a href="/water/">Water</a></nav><h1>Water</h1>
<ul><li><a href="/a/">Reservoirs low</a></li><li><a href="/b/">Hosepipe ban</a></li></ul>
<iframe src="${framed.path}" width="600" height="400" title="statement"></iframe></body></html>`,
  };
  const article = plainArticlePage('framing-article', 'Water board publishes its drought plan');
  article.html = article.html.replace('</article>', `</article><iframe src="${framed.path}" width="600" height="400" title="statement"></iframe>`);
  return { framed, front, article };
}

const FRENCH = (arrests: number): string[] => [
  'Le conseil municipal de Valmora a voté mardi la fermeture du vieux marché du port, une décision qui a attiré des centaines de manifestants devant la mairie en moins d’une heure.',
  `La police a indiqué que ${arrests} personnes avaient été arrêtées mardi soir devant la mairie, après des échauffourées avec les agents près des grilles du marché.`,
  '« Ce n’est pas ainsi que cette ville traite ses commerçants », a déclaré la porte-parole du marché, Ilse Brandt, qui tient un étal de poissons sur le port depuis 22 ans.',
  'Le maire, Tomas Weber, a affirmé que les bâtiments du marché étaient dangereux et seraient démolis au printemps, et que les commerçants se verraient proposer des étals dans une nouvelle halle.',
  'Les conseillers de l’opposition ont estimé que le vote avait été précipité sans consultation publique et ont promis de le contester devant le tribunal régional.',
  'Selon le rapport du conseil, la réparation des halles coûterait plus que ce que la ville peut dépenser cette année, a-t-on appris de source municipale.',
];

/** The same French report twice, with a different arrest count: one story, and (French not being read for claims) no conflict. */
export function frenchPages(): [BuiltPage, BuiltPage] {
  const page = (id: string, arrests: number): BuiltPage => ({
    id,
    path: `/e2e-${id}/`,
    html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Valmora ferme son vieux marché</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${id === 'french-a' ? 'La Gazette' : 'Le Courrier'}">
<meta property="article:published_time" content="2024-06-04T18:00:00Z"></head>
<body><article><h1>Valmora ferme son vieux marché</h1>${FRENCH(arrests).map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`,
  });
  return [page('french-a', 14), page('french-b', 41)];
}

/** A tests/fixtures/relations text as a plain news page at /e2e-story/<name>/ (no canonical: stored under its address). */
export function relationPage(name: string): BuiltPage {
  const article = parsePlainText(readFileSync(join(ROOT, 'tests/fixtures/relations', `${name}.txt`), 'utf8'), name);
  return {
    id: name,
    path: `/e2e-story/${name}/`,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(article.title)}</title><meta property="og:type" content="article">
${article.published ? `<meta property="article:published_time" content="${esc(article.published)}">` : ''}</head>
<body><article><h1>${esc(article.title)}</h1>${article.text.split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`,
  };
}
