import type { Conflict } from '../engine/conflicts/index.ts';
import type { MatchRecord, StoryGroup } from '../engine/match/store.ts';
import type { DismissedRecord, FullStoryRecord } from './db.ts';

/**
 * The export file: what the reader saw and decided, not the engine's analysis.
 * Fingerprints, claims and keys are recomputed from the text on import, so a
 * file can never smuggle in engine state, and it stays readable.
 */
export const EXPORT_FORMAT = 'crosscheck-export';
export const EXPORT_VERSION = 1;

export type ExportedArticle = Pick<FullStoryRecord, 'url' | 'title' | 'source' | 'byline' | 'published' | 'lang' | 'text' | 'firstSeen' | 'lastSeen' | 'groupId'>;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: ExportedArticle[];
  groups: StoryGroup[];
  matches: MatchRecord[];
  /** Stored conflicts without their key and index fields (both are derived). */
  conflicts: Conflict[];
  dismissed: DismissedRecord[];
}

/** Bounds on an import. A file is untrusted input: these keep one from filling or stalling the store. */
export const IMPORT_LIMITS = Object.freeze({
  /** Characters of JSON; also what the import message may carry. */
  chars: 32 * 1024 * 1024,
  articles: 50_000,
  /** Matches and conflicts grow with story size, not only with articles. */
  pairs: 500_000,
  url: 4096,
  title: 1000,
  source: 200,
  byline: 500,
  lang: 35,
  /** Same bound as a capture (see messaging/limits.ts). */
  text: 1_500_000,
  sentence: 20_000,
  short: 2000,
  diffOps: 2000,
});

export type ImportErrorCode = 'too-large' | 'not-json' | 'not-export' | 'newer-version' | 'invalid' | 'too-many';

/** Why a file was refused; `detail` names the offending field ("articles[3].url: not an http(s) URL"). */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly code: ImportErrorCode, readonly detail = '') {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export interface ImportSummary {
  /** Articles new to this browser, and those it already had (kept as they were). */
  added: number;
  existing: number;
  /** Stories created by the import (not merged into one already here). */
  stories: number;
  conflicts: number;
}
