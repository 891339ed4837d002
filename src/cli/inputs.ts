import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CLI_ERRORS, InputError } from './errors.ts';
import { decodeText, looksBinary } from './decode.ts';

const EXTENSIONS = new Set(['.html', '.htm', '.txt']);
/** A news article is kilobytes; a page past this is an archive or a mistake. */
const MAX_BYTES = 20_000_000;

export interface InputFile {
  /** The path as the user gave it (or joined under a given directory): the article id. */
  id: string;
  kind: 'html' | 'txt';
}

export interface ExpandedInputs {
  files: InputFile[];
  errors: string[];
}

/** Expands PATH arguments in order: files as given, directories to their article files sorted by name. */
export async function expandPaths(paths: readonly string[]): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      errors.push(CLI_ERRORS.missing(path));
    } else if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => EXTENSIONS.has(extname(n).toLowerCase())).sort();
      if (!names.length) errors.push(CLI_ERRORS.emptyDir(path));
      for (const name of names) files.push({ id: join(path, name), kind: kindOf(name) });
    } else if (EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push({ id: path, kind: kindOf(path) });
    } else {
      errors.push(CLI_ERRORS.unsupported(path));
    }
  }
  return { files, errors };
}

/** Reads and decodes one input, or throws InputError with a one-line reason. */
export async function readInput(file: InputFile): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.id);
  } catch (error) {
    throw new InputError(CLI_ERRORS.unreadable(file.id, (error as NodeJS.ErrnoException).code ?? 'error'));
  }
  if (bytes.length > MAX_BYTES) throw new InputError(CLI_ERRORS.tooLarge(file.id, MAX_BYTES));
  if (looksBinary(bytes)) throw new InputError(CLI_ERRORS.binary(file.id));
  const text = decodeText(bytes, file.kind === 'html');
  if (!text.trim()) throw new InputError(CLI_ERRORS.empty(file.id));
  return text;
}

function kindOf(name: string): InputFile['kind'] {
  return extname(name).toLowerCase() === '.txt' ? 'txt' : 'html';
}
