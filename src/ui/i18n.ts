import { browser } from '../platform/browser.ts';
import { createTranslator, type Translator } from './i18n-core.ts';

export type { MessageKey, PluralKey, Translator } from './i18n-core.ts';

/** Translation in the browser's UI language (browser.i18n picks the locale file and falls back to English). */
export const i18n: Translator = createTranslator((key, subs) => browser.i18n.getMessage(key, subs), browser.i18n.getUILanguage());
export const { t, tn } = i18n;
