import { analyzeArticle, type ArticleAnalysis } from '../engine/analysis.ts';
import { InputError } from './errors.ts';
import { type InputFile, readInput } from './inputs.ts';
import { toArticle } from './to-article.ts';

/**
 * What one input file became: its analysis, or the one-line reason it could
 * not be used. Structured-clone safe, so a worker thread can send it back.
 */
export type FileOutcome = { analysis: ArticleAnalysis } | { inputError: string } | { internalError: string };

/** Reads, decodes, extracts and analyses one file. Pure of the run's state: runs in any thread. */
export async function analyzeFile(file: InputFile): Promise<FileOutcome> {
  try {
    return { analysis: analyzeArticle(toArticle(file, await readInput(file)), file.id) };
  } catch (error) {
    if (error instanceof InputError) return { inputError: error.message };
    // A bug, not bad input: the run stops at this file, as it would without threads.
    return { internalError: error instanceof Error ? error.message : String(error) };
  }
}
