// Every message the CLI prints on a bad invocation or input, in one place.
export const CLI_ERRORS = Object.freeze({
  usage: 'usage: crosscheck analyze [--json] PATH...   (PATH: .html/.htm/.txt file or a directory of them)',
  unknownCommand: (cmd: string) => `unknown command "${cmd}"`,
  unknownOption: (opt: string) => `unknown option "${opt}"`,
  noPaths: 'no PATH given',
  missing: (path: string) => `${path}: no such file or directory`,
  unreadable: (path: string, why: string) => `${path}: cannot be read (${why})`,
  unsupported: (path: string) => `${path}: not a .html, .htm or .txt file`,
  empty: (path: string) => `${path}: empty file`,
  binary: (path: string) => `${path}: binary file, not text`,
  tooLarge: (path: string, max: number) => `${path}: larger than ${Math.round(max / 1e6)} MB`,
  noArticle: (path: string) => `${path}: no article text found`,
  emptyDir: (path: string) => `${path}: directory holds no .html, .htm or .txt files`,
});

/** An input problem: reported on stderr as one line, never as a stack trace. */
export class InputError extends Error {
  override name = 'InputError';
}
