// Layer fences (see ../shared/STYLE.md): imports only point downward, and each
// platform library has exactly one importer. Enforced here, not in review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const group = (group, message) => ({ group, message });

const noDexie = group(['dexie', 'dexie/*'], 'Only src/storage imports dexie.');
const noPolyfill = group(['webextension-polyfill'], 'Only src/platform/browser.ts imports webextension-polyfill.');
const noNode = group(['node:*', 'fs', 'path', 'os', 'child_process'], 'Node built-ins belong to src/cli and tests only.');
const up = (dirs, message) => group(dirs.flatMap((d) => [`**/${d}`, `**/${d}/*`, `**/${d}/**`]), message);

const domGlobals = ['document', 'window', 'location', 'navigator', 'chrome', 'browser', 'indexedDB', 'self', 'globalThis', 'fetch', 'XMLHttpRequest', 'localStorage']
  .map((name) => ({ name, message: 'The engine is pure: take what you need as a parameter.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'bench/out/**', '.vite/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Render page text with textContent, never as HTML.' },
        { property: 'outerHTML', message: 'Render page text with textContent, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page text with textContent, never as HTML.' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      ...restrict([noDexie, noPolyfill, noNode, up(['storage', 'messaging', 'platform', 'background', 'cli', 'popup', 'manage', 'content'], 'The engine imports nothing above it.')]),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: restrict([noPolyfill, noNode, up(['messaging', 'platform', 'background', 'cli', 'popup', 'manage', 'content'], 'Storage sits above the engine only.')]),
  },
  {
    files: ['src/messaging/**/*.ts'],
    rules: restrict([noDexie, noPolyfill, noNode, up(['storage', 'platform', 'background', 'cli', 'popup', 'manage', 'content'], 'Messaging knows only the engine types.')]),
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: restrict([noDexie, noNode, up(['storage', 'background', 'cli', 'popup', 'manage', 'content'], 'Platform wraps the browser API only.')]),
  },
  {
    files: ['src/background/**/*.ts'],
    rules: restrict([noPolyfill, noNode, up(['cli', 'popup', 'manage', 'content'], 'The background never imports UI or content code.')]),
  },
  {
    files: ['content/**/*.ts'],
    rules: restrict([noDexie, noPolyfill, noNode, up(['storage', 'background', 'cli', 'popup', 'manage'], 'A content script talks to the extension only by messages.')]),
  },
  {
    files: ['popup/**/*.ts', 'manage/**/*.ts'],
    rules: restrict([noDexie, noPolyfill, noNode, up(['background', 'cli', 'content'], 'UI reads through storage/ or messages.')]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict([noDexie, noPolyfill, up(['platform', 'background', 'popup', 'manage', 'content'], 'The CLI runs the engine in Node, without browser APIs.')]),
  },
  {
    files: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'bench/**/*.mjs', 'tests/**/*.mjs'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
);
