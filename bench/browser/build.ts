// The extension under test, built from this checkout exactly as `npm run
// build:chrome` builds it (same vite config), into bench/out/ext, plus the
// benchmark's own extension page beside it (bench/vite.config.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function buildBenchExtension(root: string, out: string, options: { minify?: boolean } = {}): void {
  const vite = join(root, 'node_modules/.bin/vite');
  // Unminified only for profiles that name functions (bench/experiments/content-profile.ts), never for the bench's figures.
  const minify = options.minify === false ? ['--minify', 'false'] : [];
  const steps = [
    [vite, 'build', '--mode', 'chrome', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn', ...minify],
    [vite, 'build', '--config', join(root, 'bench/vite.config.ts'), '--outDir', join(out, 'bench'), '--emptyOutDir'],
  ];
  for (const [cmd, ...args] of steps) {
    const run = spawnSync(cmd!, args, { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`build failed: ${[cmd, ...args].join(' ')}\n${run.stdout}\n${run.stderr}`);
  }
}

/** Static imports of a built chunk (`import … from "./x.js"`), not the dynamic `import("./x.js")` ones. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?from\s*)?["']\.\/([\w.-]+\.js)["']/gu)) found.push(m[1]!);
  return found;
}

/**
 * What every http(s) page gets before the gate decides: the manifest's
 * content-script files (the CRXJS loader and any CSS), the chunk the loader
 * imports, and that chunk's static imports. Each file is fetched on its own,
 * so each is gzipped on its own (level 9).
 */
export function injectedBytes(ext: string): { files: Record<string, number>; gzipBytes: number } {
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
  const queue = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const files: Record<string, number> = {};
  while (queue.length) {
    const file = queue.shift()!;
    if (file in files) continue;
    const code = readFileSync(join(ext, file));
    files[file] = gzipSync(code, { level: 9 }).length;
    if (!file.endsWith('.js')) continue;
    const text = code.toString('utf8');
    // The loader names its chunk through chrome.runtime.getURL("assets/…").
    for (const m of text.matchAll(/getURL\(\s*["']([\w/.-]+\.js)["']\s*\)/gu)) queue.push(m[1]!);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const dep of staticImports(text)) queue.push(dir + dep);
  }
  return { files, gzipBytes: Object.values(files).reduce((a, b) => a + b, 0) };
}
