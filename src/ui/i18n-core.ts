// Translation over the browser's _locales (public/_locales/<lang>/messages.json).
// Pure: the browser's getMessage is passed in, so tests run it over the JSON.
import type messages from '../../public/_locales/en/messages.json';

/** Every message name, checked at compile time against the English file. */
export type MessageKey = keyof typeof messages;
/** Names with plural forms: `<base>_one`, `<base>_other` (and any other CLDR category a locale needs). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export type GetMessage = (key: string, substitutions?: string[]) => string;

export interface Translator {
  /** The message, with $1…$9 replaced; the key itself when a locale lacks it (visible, never blank). */
  t(key: MessageKey, ...subs: (string | number)[]): string;
  /** The plural form for n (n is also $1; further substitutions are $2…). */
  tn(key: PluralKey, n: number, ...subs: (string | number)[]): string;
  /** The locale numbers and dates are formatted in. */
  locale: string;
}

export function createTranslator(getMessage: GetMessage, locale: string): Translator {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const fmt = (x: string | number): string => (typeof x === 'number' ? numbers.format(x) : x);
  const lookup = (key: string, subs: (string | number)[]): string => getMessage(key, subs.map(fmt));
  const t: Translator['t'] = (key, ...subs) => lookup(key, subs) || key;
  const tn: Translator['tn'] = (key, n, ...subs) => lookup(`${key}_${rules.select(n)}`, [n, ...subs]) || lookup(`${key}_other`, [n, ...subs]) || key;
  return { t, tn, locale };
}

interface MessageEntry {
  message: string;
}

/** getMessage over a parsed messages.json: for tests and for the CLI-free checks of the locale files. */
export function getMessageFrom(file: Record<string, MessageEntry>): GetMessage {
  return (key, subs = []) => {
    const entry = Object.hasOwn(file, key) ? file[key] : undefined;
    if (!entry) return '';
    return entry.message.replace(/\$(\d|\$)/gu, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}
