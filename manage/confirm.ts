/** Asks in the page's modal <dialog> (keyboard and screen-reader friendly, unlike window.confirm); resolves true on the danger button. */
export function confirmDanger(dialog: HTMLDialogElement, title: string, body: string, ok: string, cancel: string): Promise<boolean> {
  const set = (selector: string, text: string): void => {
    const el = dialog.querySelector(selector);
    if (el) el.textContent = text;
  };
  set('#confirm-title', title);
  set('#confirm-body', body);
  set('[value="ok"]', ok);
  set('[value="cancel"]', cancel);
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true }));
}
