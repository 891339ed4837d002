// The built extension, as the browsers load it (dist/chrome, dist/firefox; run
// after `npm run build`): a strict CSP on its pages, no remote code, no
// network API anywhere in its code, the fewest permissions, and every
// permission and host match justified in the README's "Privacy and security".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.ts';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; js?: string[]; all_frames?: boolean; match_about_blank?: boolean; match_origin_as_fallback?: boolean }[];
  web_accessible_resources?: { resources: string[]; matches?: string[] }[];
  externally_connectable?: unknown;
  sandbox?: unknown;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The README's "Privacy and security" section. */
function privacySection(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.search(/^## Privacy and security\s*$/mu);
  if (start < 0) return '';
  const rest = readme.slice(start + 1);
  const end = rest.search(/^## /mu);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * Code that reaches the network or runs strings as code. None of it may appear
 * in any bundle: not ours, not a library's. (Checked on the minified output,
 * so it holds for what the browser actually runs.)
 */
const FORBIDDEN: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/u],
  ['new Function', /\bnew\s+Function\s*\(/u],
  ['Function constructor call', /(?<![\w$.])Function\s*\(\s*["'`]/u],
  ['timer with a code string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/u],
  ['fetch', /(?<![\w$])fetch\s*\(/u],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/u],
  ['WebSocket', /\bWebSocket\b/u],
  ['EventSource', /\bEventSource\b/u],
  ['sendBeacon', /\bsendBeacon\b/u],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/u],
  ['importScripts', /\bimportScripts\b/u],
  // Calls only: webextension-polyfill's table of API names lists every method.
  ['an uninstall URL (opened on removal: a tracking channel)', /\.setUninstallURL\s*\(/u],
  ['a remote import', /\bimport\s*\(\s*["'`](?:https?:)?\/\//u],
];

/** http(s) strings that are only text, never loaded: library error messages pointing at docs, XML namespace names (SVG icons). */
const TEXT_ONLY_URLS = new Set([
  'https://tinyurl.com/y2uuvskb', 'http://bit.ly/2kdckMn', 'https://developer.mozilla.org/en-US/docs/Web/API/atob#browser_compatibility',
  'http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1999/xlink',
]);

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const dist = join(ROOT, 'dist', target);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const all = files(dist);
  const scripts = all.filter((f) => f.endsWith('.js'));
  const pages = all.filter((f) => f.endsWith('.html'));

  it('has a strict CSP for its pages: only its own scripts, no eval, no plugins, no framing, no remote hosts', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/u)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-|https?:|\*|data:|blob:/u);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  it('asks for no API permission (Chrome: offscreen only) and no host permission; its only site access is the content script on http(s) pages, top frame only', () => {
    // Chrome's worker has no DOM: pages are read in an offscreen document of our own (src/platform/read-page.ts).
    expect(manifest.permissions ?? []).toEqual(target === 'chrome' ? ['offscreen'] : []);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    for (const cs of manifest.content_scripts ?? []) {
      expect(cs.matches.every((m) => /^https?:\/\/\*\/\*$/u.test(m))).toBe(true);
      expect(cs.all_frames ?? false).toBe(false);
      expect(cs.match_about_blank ?? false).toBe(false);
      expect(cs.match_origin_as_fallback ?? false).toBe(false);
    }
  });

  it('accepts no connection from web pages or other extensions, and exposes nothing to pages', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    // The content script is one classic file that loads nothing more: no file needs to be web-accessible
    // (each one would let any page detect the extension).
    expect((manifest.web_accessible_resources ?? []).flatMap((w) => w.resources)).toEqual([]);
    for (const file of (manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/\bimport\s*\(|^\s*import\b|getURL\(/mu);
    }
    expect(scripts.some((f) => /on(?:Message|Connect)External\s*\.\s*addListener\s*\(/u.test(readFileSync(f, 'utf8'))), 'an external message listener').toBe(false);
  });

  it('contains no remote code: no network API, no eval, no code from strings, no remote imports, in any bundle', () => {
    const found = scripts.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => `${relative(dist, file)}: ${name}`);
    });
    expect(found).toEqual([]);
    const urls = scripts.flatMap((file) => readFileSync(file, 'utf8').match(/https?:\/\/[\w.~:/?#@!$&+,;=%-]+/gu) ?? []);
    // Hosts on the reserved .invalid domain (RFC 2606) can never be reached: names only (the background's warm-up sample).
    expect([...new Set(urls)].filter((u) => !TEXT_ONLY_URLS.has(u) && !/^https?:\/\/[\w.-]+\.invalid\//u.test(u)), 'http(s) URLs in code').toEqual([]);
  });

  it('its styles load nothing from the network (no remote fonts or images)', () => {
    for (const file of all.filter((f) => f.endsWith('.css'))) expect(readFileSync(file, 'utf8'), relative(dist, file)).not.toMatch(/url\(\s*["']?(?:https?:)?\/\/|@import\s+(?:url\()?["']?(?:https?:)?\/\//iu);
  });

  it('loads its pages’ scripts and styles only from its own files, with no inline script or handler', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const name = relative(dist, file);
      for (const [, src] of html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]*)"/giu)) expect(src, name).toMatch(/^(?:\/|\.{0,2}\/?[\w-])(?!\/)/u);
      expect(html, name).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/iu);
      expect(html, name).not.toMatch(/\son\w+\s*=/iu);
      expect(html, name).not.toMatch(/(?:src|href)="(?:https?:)?\/\//iu);
    }
  });

  it.runIf(target === 'firefox')('declares to Firefox that it collects no data', () => {
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it('every permission and site access it has is justified in the README (Privacy and security)', () => {
    const section = privacySection();
    expect(section, 'README.md has a "## Privacy and security" section').not.toBe('');
    const declared = [
      ...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? []), ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => c.matches),
    ];
    expect([...new Set(declared)].filter((p) => !section.includes(`\`${p}\``)), 'permissions the README does not justify').toEqual([]);
  });
});

/** A script and every script it imports statically (dynamic import() is loaded only when called). */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/gu)) visit(join(file, '..', m[1]!));
  };
  visit(entry);
  return [...seen];
}

describe('the Chrome service worker', () => {
  const dist = join(ROOT, 'dist', 'chrome');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };

  it('loads no NLP model: the offscreen document analyses, so a stopped worker wakes quickly (sw.restartMs in npm run bench)', () => {
    const graph = staticGraph(join(dist, manifest.background.service_worker));
    const bytes = graph.reduce((sum, f) => sum + statSync(f).size, 0);
    const model = graph.filter((f) => /wink|eng-lite/u.test(readFileSync(f, 'utf8').slice(0, 200_000)) && statSync(f).size > 1_000_000);
    expect(model.map((f) => relative(dist, f))).toEqual([]);
    // The whole model-free worker (Dexie, matching, conflicts, handlers) is ~180 KB; the model alone is ~3.9 MB.
    expect(bytes).toBeLessThan(512 * 1024);
    expect(graph.length).toBeGreaterThan(1);
  });
});
