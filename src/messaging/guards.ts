import type { ExtractedArticle, NotCapturedReason } from '../engine/types.ts';
import { InvalidMessageError } from './invalid-message.ts';
import { LIMITS } from './limits.ts';
import type { Message, MessageType, RequestOf } from './protocol.ts';
import { uiGuards } from './ui-guards.ts';

export { InvalidMessageError };

type Guard<K extends MessageType> = (payload: unknown) => RequestOf<K>;

const REASONS: ReadonlySet<NotCapturedReason> = new Set(['not-article', 'paused', 'too-large', 'private', 'error']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(obj: Record<string, unknown>, key: string, max: number): string {
  const value = obj[key];
  if (typeof value !== 'string') throw new InvalidMessageError(`${key} must be a string`);
  if (value.length > max) throw new InvalidMessageError(`${key} is longer than ${max} characters`);
  return value;
}

function optStr(obj: Record<string, unknown>, key: string, max: number): string | null {
  return obj[key] === null || obj[key] === undefined ? null : str(obj, key, max);
}

function httpUrl(obj: Record<string, unknown>, key: string): string {
  const value = str(obj, key, LIMITS.url);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new InvalidMessageError(`${key} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InvalidMessageError(`${key} must be http(s)`);
  return parsed.href;
}

/** An http(s) URL, normalised as the browser writes it; throws InvalidMessageError for anything else. */
export function parseHttpUrl(value: unknown): string {
  return httpUrl({ url: value }, 'url');
}

function isoDate(obj: Record<string, unknown>, key: string): string | null {
  const value = optStr(obj, key, 64);
  if (value === null) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new InvalidMessageError(`${key} is not a date`);
  return new Date(time).toISOString();
}

function payloadOf(payload: unknown): Record<string, unknown> {
  if (!isRecord(payload)) throw new InvalidMessageError('payload must be an object');
  return payload;
}

export function parseArticle(value: unknown): ExtractedArticle {
  if (!isRecord(value)) throw new InvalidMessageError('article must be an object');
  const text = str(value, 'text', LIMITS.text);
  if (!text.trim()) throw new InvalidMessageError('text is empty');
  return {
    url: httpUrl(value, 'url'),
    title: str(value, 'title', LIMITS.title).trim(),
    source: optStr(value, 'source', LIMITS.source),
    byline: optStr(value, 'byline', LIMITS.byline),
    published: isoDate(value, 'published'),
    lang: optStr(value, 'lang', LIMITS.lang),
    text,
  };
}

const guards: { [K in MessageType]: Guard<K> } = {
  'page/check': (payload) => ({ url: httpUrl(payloadOf(payload), 'url') }),
  'page/skip': (payload) => {
    const p = payloadOf(payload);
    const reason = p.reason as NotCapturedReason;
    if (!REASONS.has(reason)) throw new InvalidMessageError('reason is not a known reason');
    return { url: httpUrl(p, 'url'), reason };
  },
  'page/read': (payload) => {
    const p = payloadOf(payload);
    if (!Array.isArray(p.claimed) || p.claimed.length > LIMITS.claimed) throw new InvalidMessageError('claimed must be a short list');
    const claimed = p.claimed.map((value: unknown) => str({ value }, 'value', LIMITS.url));
    return { url: httpUrl(p, 'url'), html: str(p, 'html', LIMITS.html), claimed };
  },
  'story/capture': (payload) => {
    const p = payloadOf(payload);
    return { article: parseArticle(p.article), ...(p.pageUrl === undefined ? {} : { pageUrl: httpUrl(p, 'pageUrl') }) };
  },
  ...uiGuards,
};

/** Checks an incoming message against the protocol and returns it typed, or throws InvalidMessageError. */
export function parseMessage(raw: unknown): Message {
  if (!isRecord(raw)) throw new InvalidMessageError('message must be an object');
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(guards, type)) throw new InvalidMessageError('unknown message type');
  const guard = guards[type as MessageType] as Guard<MessageType>;
  return { type: type as MessageType, payload: guard(raw.payload) };
}
