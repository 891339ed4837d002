import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lazyListeners, lazyListenersPlugin } from '../../bin/linkedom-lazy-listeners.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/crosscheck.js');
const inputs = ['election-copy.txt', 'election-rewrite.txt', 'election-wire.txt'].map((f) => join(root, 'tests/fixtures/relations', f));

async function run(env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [bin, 'analyze', '--json', ...inputs], { cwd: root, env: { ...process.env, ...env } });
}

describe('the bundled CLI (bin/bundle.js)', () => {
  it('prints exactly what the tsx-run sources print', async () => {
    const fromSources = await run({ CROSSCHECK_NO_BUNDLE: '1' });
    const bundled = await run({});
    const cache = join(root, 'node_modules/.cache/crosscheck');
    expect(readdirSync(cache).some((dir) => existsSync(join(cache, dir, 'manifest.json')))).toBe(true);
    expect(bundled).toEqual(fromSources);
    expect(JSON.parse(bundled.stdout).articles).toHaveLength(3);
  }, 120_000);
});

describe('linkedom with lazy listener maps (bin/linkedom-lazy-listeners.js)', () => {
  const source = readFileSync(join(root, 'node_modules/linkedom/esm/interface/event-target.js'), 'utf8');

  it('applies to the pinned linkedom: no Map made with every node any more', () => {
    const patched = lazyListeners(source);
    expect(patched).not.toBeNull();
    expect(source).toContain('wm.set(this, new Map)');
    expect(patched).not.toContain('wm.set(this, new Map)');
    expect(lazyListeners(`${source}\n// a comment elsewhere`)).not.toBeNull();
    expect(lazyListeners(source.replace('constructor() {', 'constructor(x) {'))).toBeNull();
  });

  it('keeps events working in the bundled DOM: bubbling, once, removal, and nodes that never had a listener', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-linkedom-'));
    const out = join(dir, 'linkedom.mjs');
    const esbuild = await import('esbuild');
    await esbuild.build({ absWorkingDir: root, stdin: { contents: "export { parseHTML } from 'linkedom';", resolveDir: root }, bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent', plugins: [lazyListenersPlugin] });
    const bundle = readFileSync(out, 'utf8');
    // Asserted on booleans: a failed match would otherwise print the whole bundle.
    expect(/if \(!map\) wm\.set\(this, map = (\/\* @__PURE__ \*\/ )?new Map/.test(bundle)).toBe(true);
    expect(/wm\.set\(this, (\/\* @__PURE__ \*\/ )?new Map/.test(bundle)).toBe(false);
    const { parseHTML } = (await import(pathToFileURL(out).href)) as typeof import('linkedom');
    const { document } = parseHTML('<html><body><div id="outer"><p id="inner">text</p></div></body></html>');
    const outer = document.getElementById('outer')!;
    const inner = document.getElementById('inner')!;
    const ping = () => new document.defaultView!.Event('ping', { bubbles: true });
    const heard: string[] = [];
    const always = (e: Event) => heard.push(`always:${(e.target as Element).id}`);
    outer.addEventListener('ping', always);
    outer.addEventListener('ping', () => heard.push('once'), { once: true });
    inner.dispatchEvent(ping());
    inner.dispatchEvent(ping());
    outer.removeEventListener('ping', always);
    inner.removeEventListener('ping', always);
    inner.dispatchEvent(ping());
    expect(heard).toEqual(['always:inner', 'once', 'always:inner']);
    rmSync(dir, { recursive: true, force: true });
  });
});
