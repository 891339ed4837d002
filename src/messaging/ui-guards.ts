import { InvalidMessageError } from './invalid-message.ts';
import { LIMITS } from './limits.ts';
import type { MessageType, RequestOf, SettingsPatch } from './protocol.ts';

// Guards for the messages only extension pages may send. The router already
// refuses them from content scripts; these check their shape all the same, as
// a popup bug must not write garbage into the store.

type UiMessage = 'page/capture' | 'conflict/dismiss' | 'article/delete' | 'story/delete' | 'data/clear' | 'data/import' | 'settings/update' | 'site/pause';
type Guard<K extends MessageType> = (payload: unknown) => RequestOf<K>;

function record(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new InvalidMessageError('payload must be an object');
  return payload as Record<string, unknown>;
}
function text(value: unknown, name: string, max: number): string {
  if (typeof value !== 'string' || !value) throw new InvalidMessageError(`${name} must be a non-empty string`);
  if (value.length > max) throw new InvalidMessageError(`${name} is longer than ${max} characters`);
  return value;
}
function bool(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidMessageError(`${name} must be true or false`);
  return value;
}
function count(value: unknown, name: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) throw new InvalidMessageError(`${name} must be a whole number from 1 to ${max}`);
  return value;
}
const countOrNull = (value: unknown, name: string, max: number): number | null => (value === null ? null : count(value, name, max));

/** A host name as the popup takes it from a tab's URL: letters, digits, dots, dashes, an IPv6 in brackets. */
export function siteName(value: unknown): string {
  const site = text(value, 'site', 253).toLowerCase();
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)$/u.test(site)) throw new InvalidMessageError('site is not a host name');
  return site;
}

function settingsPatch(value: unknown): SettingsPatch {
  const p = record(value);
  const patch: SettingsPatch = {};
  if ('pausedSites' in p) {
    if (!Array.isArray(p.pausedSites) || p.pausedSites.length > LIMITS.pausedSites) throw new InvalidMessageError(`pausedSites must be a list of at most ${LIMITS.pausedSites}`);
    patch.pausedSites = [...new Set(p.pausedSites.map(siteName))];
  }
  if ('autoCapture' in p) patch.autoCapture = bool(p.autoCapture, 'autoCapture');
  if ('retentionDays' in p) patch.retentionDays = countOrNull(p.retentionDays, 'retentionDays', LIMITS.retentionDays);
  if ('maxStories' in p) patch.maxStories = countOrNull(p.maxStories, 'maxStories', LIMITS.maxStories);
  return patch;
}

export const uiGuards: { [K in UiMessage]: Guard<K> } = {
  'page/capture': (payload) => {
    const { tabId } = record(payload);
    if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) throw new InvalidMessageError('tabId must be a tab id');
    return { tabId };
  },
  'conflict/dismiss': (payload) => {
    const p = record(payload);
    return { key: text(p.key, 'key', LIMITS.conflictKey), dismissed: bool(p.dismissed, 'dismissed') };
  },
  'article/delete': (payload) => {
    const { urls } = record(payload);
    if (!Array.isArray(urls) || !urls.length || urls.length > LIMITS.deleteUrls) throw new InvalidMessageError(`urls must be a list of 1 to ${LIMITS.deleteUrls}`);
    return { urls: urls.map((u, i) => text(u, `urls[${i}]`, LIMITS.url)) };
  },
  'story/delete': (payload) => ({ groupId: text(record(payload).groupId, 'groupId', LIMITS.url) }),
  'data/clear': (payload) => {
    record(payload);
    return {};
  },
  'data/import': (payload) => {
    const { json } = record(payload);
    if (typeof json !== 'string') throw new InvalidMessageError('json must be a string');
    if (json.length > LIMITS.importChars) throw new InvalidMessageError(`json is longer than ${LIMITS.importChars} characters`);
    return { json };
  },
  'settings/update': (payload) => ({ patch: settingsPatch(record(payload).patch) }),
  'site/pause': (payload) => {
    const p = record(payload);
    return { site: siteName(p.site), paused: bool(p.paused, 'paused') };
  },
};
