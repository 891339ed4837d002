// Browsers launched for the security and reliability scenarios: the same
// extension, profile settings and harness as chromium.ts/firefox.ts, plus what
// those scenarios need to observe and provoke:
//  - every network request, with who made it (a web page, an extension page,
//    the extension's background), so "the extension makes none" can fail;
//  - private windows the extension is allowed in (as a reader who ticks "run in
//    private windows" would), so the background's refusal is what is tested;
//  - a content script's own messages (Chromium: its isolated world over CDP),
//    and stopping the service worker (Chromium: CDP ServiceWorker domain).
import type { BrowserName } from './harness.ts';
import { chromiumScenario } from './security-chromium.ts';
import { firefoxScenario } from './security-firefox.ts';
import type { Scenario } from './security-shared.ts';

export type { NetRequest, Scenario } from './security-shared.ts';

export const scenarios: Record<BrowserName, (allowedOrigin: () => string) => Promise<Scenario>> = {
  chromium: () => chromiumScenario(),
  firefox: firefoxScenario,
};
