import { parseTabMessage, type TabMessage, type TabResponseOf } from '../src/messaging/tab-protocol.ts';
import { onRuntimeMessage } from '../src/platform/runtime.ts';
import { clearHighlight, highlightSentence } from './highlight.ts';

export interface TabCommands {
  /** "Capture this page": the page serialized now, without the gate (the background reads it). */
  serializeNow: () => Promise<TabResponseOf<'tab/extract'>>;
}

/**
 * Answers the extension's messages to this tab (popup and background, through
 * tabs.sendMessage; a web page cannot reach a content script's onMessage).
 */
export function listenToExtension(win: Window, commands: TabCommands): void {
  onRuntimeMessage((raw: unknown) => {
    let message: TabMessage;
    try {
      message = parseTabMessage(raw);
    } catch {
      return undefined; // not for the content script
    }
    switch (message.type) {
      case 'tab/highlight':
        return Promise.resolve({ found: highlightSentence(win, (message as TabMessage<'tab/highlight'>).payload.text) });
      case 'tab/unhighlight':
        clearHighlight();
        return Promise.resolve({ ok: true });
      case 'tab/extract':
        return commands.serializeNow();
    }
    return undefined;
  });
}
