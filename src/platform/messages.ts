import type { Message, MessageType, RequestOf, ResponseOf } from '../messaging/protocol.ts';
import { sendRuntimeMessage } from './runtime.ts';

/** Sends one typed message to the background and returns its typed response. */
export async function sendMessage<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const message: Message<K> = { type, payload };
  return (await sendRuntimeMessage(message)) as ResponseOf<K>;
}
