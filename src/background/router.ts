import { CONTENT_MESSAGES, type Message, type MessageType, type RequestOf, type ResponseOf } from '../messaging/protocol.ts';
import { InvalidMessageError, parseMessage } from '../messaging/guards.ts';
import type { SenderInfo } from './context.ts';
import { articleDelete } from './handlers/article-delete.ts';
import { conflictDismiss } from './handlers/conflict-dismiss.ts';
import { dataClear } from './handlers/data-clear.ts';
import { dataImport } from './handlers/data-import.ts';
import { pageCapture } from './handlers/page-capture.ts';
import { pageCheck } from './handlers/page-check.ts';
import { pageRead } from './handlers/page-read.ts';
import { pageSkip } from './handlers/page-skip.ts';
import { settingsUpdate } from './handlers/settings-update.ts';
import { sitePause } from './handlers/site-pause.ts';
import { storyCapture } from './handlers/story-capture.ts';
import { storyDelete } from './handlers/story-delete.ts';

type Handler<K extends MessageType> = (payload: RequestOf<K>, sender: SenderInfo) => Promise<ResponseOf<K>>;

/** One handler per message type; the type map makes a missing one a compile error. */
const handlers: { [K in MessageType]: Handler<K> } = {
  'page/check': pageCheck,
  'page/skip': pageSkip,
  'page/read': pageRead,
  'story/capture': storyCapture,
  'page/capture': pageCapture,
  'conflict/dismiss': conflictDismiss,
  'article/delete': articleDelete,
  'story/delete': storyDelete,
  'data/clear': dataClear,
  'data/import': dataImport,
  'settings/update': settingsUpdate,
  'site/pause': sitePause,
};

export class ForbiddenMessageError extends Error {
  override name = 'ForbiddenMessageError';
}

/** Validates a raw message, checks the sender may send it, and runs its handler. */
export async function route(raw: unknown, sender: SenderInfo): Promise<unknown> {
  const message: Message = parseMessage(raw);
  if (sender.kind === 'content' && !CONTENT_MESSAGES.has(message.type)) {
    throw new ForbiddenMessageError(`${message.type} is accepted only from extension pages`);
  }
  const handler = handlers[message.type] as Handler<MessageType>;
  return handler(message.payload, sender);
}

export { InvalidMessageError };
