// The content script's whole view of the extension APIs: send a message, hear
// one. Without webextension-polyfill, which would cost every page ~3 KB gz and
// several milliseconds of start-up before the article gate has even run.
// MV3 Chrome's runtime.sendMessage returns a promise; Firefox has `browser`.

type Listener = (message: unknown) => Promise<unknown> | undefined;

interface RuntimeApi {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(callback: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
  };
}

function runtime(): RuntimeApi {
  const g = globalThis as { browser?: { runtime?: RuntimeApi }; chrome?: { runtime?: RuntimeApi } };
  const api = g.browser?.runtime ?? g.chrome?.runtime;
  if (!api) throw new Error('no extension runtime here');
  return api;
}

/** runtime.sendMessage, promise-based in both browsers. */
export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  return runtime().sendMessage(message);
}

/**
 * runtime.onMessage for listeners that answer with a promise or not at all.
 * Answered through sendResponse (and `return true`), the one form both
 * browsers accept; a listener that returns undefined leaves the message to others.
 */
export function onRuntimeMessage(listener: Listener): void {
  runtime().onMessage.addListener((message, _sender, sendResponse) => {
    const reply = listener(message);
    if (reply === undefined) return undefined;
    reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    return true;
  });
}
