import { h } from '../src/ui/dom.ts';
import { t } from '../src/ui/i18n.ts';
import { icon } from '../src/ui/icons.ts';
import type { ManageActions } from './actions.ts';
import { confirmDanger } from './confirm.ts';

/** The last import's outcome stays on screen until the next one. */
const last = { message: '', ok: true };

/** Export, import, clear everything (after a confirmation). */
export function dataPanel(articleCount: number, dialog: HTMLDialogElement, actions: ManageActions): HTMLElement {
  const exportButton = h('button', { type: 'button', class: 'btn', 'data-testid': 'export' }, icon('download', 14), t('exportButton'));
  exportButton.addEventListener('click', () => void actions.exportFile());
  const file = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true', 'aria-label': t('importButton'), 'data-testid': 'import-file' });
  const importButton = h('button', { type: 'button', class: 'btn', 'data-testid': 'import' }, icon('upload', 14), t('importButton'));
  importButton.addEventListener('click', () => file.click());
  const result = h('p', { class: `import-result${last.ok ? '' : ' is-error'}`, 'data-testid': 'import-result', role: 'status' }, last.message);
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    importButton.disabled = true;
    result.textContent = t('importing');
    const outcome = await actions.importFile(chosen);
    Object.assign(last, outcome);
    importButton.disabled = false;
    result.textContent = outcome.message;
    result.classList.toggle('is-error', !outcome.ok);
  });
  const clear = h('button', { type: 'button', class: 'btn btn-danger', 'data-testid': 'clear-all', disabled: articleCount === 0 }, icon('trash', 14), t('clearAllButton'));
  clear.addEventListener('click', async () => {
    const sure = await confirmDanger(dialog, t('clearAllTitle'), t('clearAllBody', String(articleCount)), t('clearAllConfirm'), t('cancel'));
    if (sure) await actions.clearAll();
    clear.focus();
  });
  return h('section', { class: 'card', 'aria-labelledby': 'data-h', 'data-testid': 'data' },
    h('h2', { id: 'data-h' }, t('dataHeading')),
    h('p', { class: 'hint' }, t('dataHint')),
    h('div', { class: 'button-row' }, exportButton, importButton, file),
    result,
    h('div', { class: 'danger-zone' }, h('p', { class: 'hint' }, t('clearAllHint')), clear));
}
