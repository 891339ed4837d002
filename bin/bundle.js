// Start-up cache for the CLI. Through tsx every run resolves and loads some
// 400 modules one by one, in the main thread and again in each worker thread:
// seconds on a loaded machine, more than the analysis of a small input. So the
// CLI and its worker are bundled once with esbuild (tsx's own compiler) into
// node_modules/.cache/crosscheck, and reused while no input file changed.
// Anything unexpected (no esbuild, a read-only tree, a build error) returns
// null and the caller runs the sources through tsx as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lazyListenersPlugin } from './linkedom-lazy-listeners.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hash = (text) => createHash('sha1').update(text).digest('hex').slice(0, 12);
// One folder per checkout: worktrees may share node_modules.
const CACHE = join(ROOT, 'node_modules/.cache/crosscheck', hash(ROOT));
// A replaced bundle may still be loading in another run's worker; it goes once it is this old.
const KEEP_OLD_MS = 3_600_000;
const ENTRIES = { cli: 'src/cli/bundle-entry.ts', worker: 'src/cli/analyze-worker.ts' };
const BUILDERS = ['bin/bundle.js', 'bin/linkedom-lazy-listeners.js'];
// Bundled ESM still meets CommonJS dependencies that call require().
const BANNER = "import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);";

/** Each input file's size and modification time: the bundle is stale when any differs. */
function stamp(file) {
  const info = statSync(join(ROOT, file));
  return `${info.size}:${info.mtimeMs}`;
}

function fresh(manifestFile) {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const current = BUILDERS.every((file) => file in manifest.inputs) && Object.entries(manifest.inputs).every(([file, was]) => stamp(file) === was);
    return current ? manifest : null;
  } catch {
    return null;
  }
}

async function build(manifestFile) {
  const esbuild = await import('esbuild');
  const files = {};
  const inputs = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const result = await esbuild.build({
      absWorkingDir: ROOT, entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20',
      write: false, outfile: join(CACHE, `${name}.mjs`), metafile: true, logLevel: 'silent', banner: { js: BANNER },
      plugins: [lazyListenersPlugin],
    });
    for (const file of Object.keys(result.metafile.inputs)) inputs[file] = stamp(file);
    const code = result.outputFiles[0].contents;
    // Named by content, so that a rebuild never replaces a file another run is loading.
    files[name] = `${name}-${hash(code)}.mjs`;
    writeAtomically(join(CACHE, files[name]), code);
  }
  // How the bundle is made is an input too: a change here must not reuse a bundle made the old way.
  for (const file of BUILDERS) inputs[file] = stamp(file);
  const manifest = { files, inputs };
  writeAtomically(manifestFile, JSON.stringify(manifest));
  for (const old of readdirSync(CACHE)) {
    const file = join(CACHE, old);
    if (old.endsWith('.mjs') && !Object.values(files).includes(old) && Date.now() - statSync(file).mtimeMs > KEEP_OLD_MS) unlinkSync(file);
  }
  return manifest;
}

function writeAtomically(file, data) {
  writeFileSync(`${file}.tmp-${process.pid}`, data);
  renameSync(`${file}.tmp-${process.pid}`, file);
}

/** URLs of the bundled CLI and worker, built if missing or stale; null when bundling is not possible here. */
export async function bundled() {
  if (process.env.CROSSCHECK_NO_BUNDLE) return null;
  try {
    mkdirSync(CACHE, { recursive: true });
    const manifestFile = join(CACHE, 'manifest.json');
    const manifest = fresh(manifestFile) ?? (await build(manifestFile));
    return { cli: pathToFileURL(join(CACHE, manifest.files.cli)), worker: pathToFileURL(join(CACHE, manifest.files.worker)) };
  } catch {
    return null;
  }
}
