// The only importer of webextension-polyfill: every other module reaches the
// browser through this one, so a test or a second platform swaps a single file.
import browser, { type Runtime } from 'webextension-polyfill';

export type MessageSender = Runtime.MessageSender;
export { browser };
