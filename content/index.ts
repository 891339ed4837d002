// Placeholder pipeline, replaced by the real gate + extraction (content/ is thin:
// gate -> engine.extract(document clone) -> send).
import { sendMessage } from '../src/platform/messages.ts';

async function run(): Promise<void> {
  const url = location.href;
  const check = await sendMessage('page/check', { url });
  if (!check.capture) return;
  const text = document.body?.innerText ?? '';
  await sendMessage('story/capture', { article: { url, title: document.title, source: location.hostname, byline: null, published: null, lang: document.documentElement.lang || null, text } });
}

void run();
