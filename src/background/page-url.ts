/**
 * The page's own address when the content script gives one on the sender's
 * origin (history.pushState cannot leave it), else what the browser reports.
 */
export function currentPageUrl(reported: string | undefined, senderUrl: string): string {
  if (!reported) return senderUrl;
  try {
    return new URL(reported).origin === new URL(senderUrl).origin ? reported : senderUrl;
  } catch {
    return senderUrl;
  }
}
