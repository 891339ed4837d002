import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../engine/extract/extract-article.ts';
import { parsePlainText } from '../engine/text/parse-plain-text.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import { CLI_ERRORS, InputError } from './errors.ts';
import type { InputFile } from './inputs.ts';

/**
 * Turns a file's text into an article through the same extraction code as the
 * content script (HTML over linkedom's DOM) or the plain-text parser.
 */
export function toArticle(file: InputFile, content: string): ExtractedArticle {
  if (file.kind === 'txt') return { ...parsePlainText(content, file.id), url: file.id };
  const { document } = parseHTML(content);
  const article = extractArticle(document as unknown as Document, pathToFileURL(resolve(file.id)).href);
  if (!article) throw new InputError(CLI_ERRORS.noArticle(file.id));
  return article;
}
