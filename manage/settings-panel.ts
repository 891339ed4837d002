import type { Library } from '../src/storage/library-view.ts';
import { h } from '../src/ui/dom.ts';
import { formatBytes, formatDay } from '../src/ui/format.ts';
import { i18n, t, tn } from '../src/ui/i18n.ts';
import { icon } from '../src/ui/icons.ts';
import type { ManageActions } from './actions.ts';

/** A number of days or stories, or no limit when left empty. */
function limitField(id: string, label: string, hint: string, value: number | null, max: number, save: (v: number | null) => void): HTMLElement {
  const input = h('input', { id, type: 'number', inputmode: 'numeric', min: 1, max, step: 1, value: value ?? '', placeholder: t('noLimit'), 'aria-describedby': `${id}-hint`, 'data-testid': id });
  input.addEventListener('change', () => {
    const raw = input.value.trim();
    const n = raw === '' ? null : Math.round(Number(raw));
    if (n !== null && (!Number.isFinite(n) || n < 1 || n > max)) {
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    save(n);
  });
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, h('p', { class: 'hint', id: `${id}-hint` }, hint));
}

function pausedSites(sites: readonly string[], actions: ManageActions): HTMLElement {
  const input = h('input', { id: 'add-site', type: 'text', placeholder: 'example.com', autocomplete: 'off', spellcheck: false, 'data-testid': 'add-site' });
  const add = h('button', { type: 'submit', class: 'btn btn-small' }, t('addSite'));
  const form = h('form', { class: 'inline-form' }, input, add);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const site = input.value.trim().toLowerCase().replace(/^https?:\/\//u, '').replace(/\/.*$/u, '').replace(/^www\./u, '');
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/u.test(site)) {
      input.setAttribute('aria-invalid', 'true');
      actions.say(t('siteInvalid'));
      return;
    }
    void actions.updateSettings({ pausedSites: [...new Set([...sites, site])] });
  });
  const list = sites.length
    ? h('ul', { class: 'sites', 'data-testid': 'paused-sites' }, ...sites.map((site) => {
      const remove = h('button', { type: 'button', class: 'btn btn-small btn-quiet', 'aria-label': t('resumeOnSite', site), title: t('resumeOnSite', site) }, icon('close', 13));
      remove.addEventListener('click', () => void actions.updateSettings({ pausedSites: sites.filter((s) => s !== site) }));
      return h('li', { 'data-site': site, 'data-key': `site-${site}` }, h('span', {}, site), remove);
    }))
    : h('p', { class: 'hint' }, t('noPausedSites'));
  return h('div', { class: 'field' }, h('label', { for: 'add-site' }, t('pausedSitesLabel')), list, form);
}

/** Settings: automatic capture, retention, paused sites, and what the store takes on disk. */
export function settingsPanel(lib: Library, usage: StorageEstimate | null, actions: ManageActions): HTMLElement {
  const { settings } = lib;
  const auto = h('input', { id: 'auto-capture', type: 'checkbox', role: 'switch', class: 'switch', checked: settings.autoCapture, 'data-testid': 'auto-capture' });
  auto.addEventListener('change', () => void actions.updateSettings({ autoCapture: auto.checked }));
  const used = usage?.usage !== undefined
    ? t('storageUsed', formatBytes(usage.usage, i18n.locale), usage.quota ? formatBytes(usage.quota, i18n.locale) : '?')
    : t('storageUnknown');
  return h('section', { class: 'card', 'aria-labelledby': 'settings-h', 'data-testid': 'settings' },
    h('h2', { id: 'settings-h' }, t('settingsHeading')),
    h('div', { class: 'field switch-field' },
      h('div', {}, h('label', { for: 'auto-capture' }, t('autoCaptureLabel')), h('p', { class: 'hint', id: 'auto-hint' }, t('autoCaptureHint'))),
      auto),
    limitField('retention-days', t('retentionDaysLabel'), t('retentionDaysHint'), settings.retentionDays, 36_500, (v) => void actions.updateSettings({ retentionDays: v })),
    limitField('max-stories', t('maxStoriesLabel'), t('maxStoriesHint'), settings.maxStories, 1_000_000, (v) => void actions.updateSettings({ maxStories: v })),
    pausedSites(settings.pausedSites, actions),
    h('div', { class: 'field' }, h('span', { class: 'label' }, t('storageLabel')),
      h('p', { class: 'storage', 'data-testid': 'storage-used' }, used),
      lib.storageNotice && h('p', { class: 'notice', role: 'status', 'data-testid': 'storage-notice' },
        t('storageFullNotice', formatDay(lib.storageNotice.at, i18n.locale), String(lib.storageNotice.evicted))),
      h('p', { class: 'hint' }, tn('articleCount', lib.articleCount), ' · ', tn('storyCount', lib.stories.length))));
}
