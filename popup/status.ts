import { h } from '../src/ui/dom.ts';
import { formatDay, outletOf, siteOf } from '../src/ui/format.ts';
import { i18n, t } from '../src/ui/i18n.ts';
import { icon, type IconName } from '../src/ui/icons.ts';
import type { MessageKey } from '../src/ui/i18n-core.ts';
import type { PopupModel } from './model.ts';
import type { PopupActions } from './actions.ts';

/** The states the popup can be in; `data-status` carries it for tests and styles. */
export type PopupState = 'captured' | 'not-article' | 'paused' | 'private' | 'too-large' | 'error' | 'unknown' | 'welcome';

export function stateOf(m: PopupModel): PopupState {
  if (m.view) return 'captured';
  const status = m.tab?.status;
  if (status && status !== 'captured') return status;
  return m.saved === 0 ? 'welcome' : 'unknown';
}

const STATES: Record<Exclude<PopupState, 'captured'>, { icon: IconName; title: MessageKey; body: MessageKey }> = {
  'not-article': { icon: 'info', title: 'stateNotArticle', body: 'stateNotArticleBody' },
  paused: { icon: 'pause', title: 'statePaused', body: 'statePausedBody' },
  private: { icon: 'forget', title: 'statePrivate', body: 'statePrivateBody' },
  'too-large': { icon: 'alert', title: 'stateTooLarge', body: 'stateTooLargeBody' },
  error: { icon: 'alert', title: 'stateError', body: 'stateErrorBody' },
  unknown: { icon: 'info', title: 'stateUnknown', body: 'stateUnknownBody' },
  welcome: { icon: 'check', title: 'stateWelcome', body: 'stateWelcomeBody' },
};

function captureButton(actions: PopupActions, label: MessageKey = 'captureThisPage'): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'capture' }, icon('capture', 14), t(label));
  button.addEventListener('click', () => void actions.capture(button));
  return button;
}

/** The card at the top: the captured article, or why there is none and what the reader can do. */
export function renderStatus(m: PopupModel, actions: PopupActions): HTMLElement {
  const state = stateOf(m);
  const site = m.tab ? siteOf(m.tab.url) : null;
  if (state === 'captured' && m.view) {
    const story = m.view.story;
    const meta = [outletOf(story), formatDay(story.published, i18n.locale), i18n.tn('wordCount', story.words)].filter(Boolean).join(' · ');
    return h('section', { class: 'status-card is-captured', 'data-testid': 'tab', 'aria-labelledby': 'story-title' },
      h('div', { class: 'status', 'data-testid': 'status', 'data-status': 'captured' }, icon('check', 14), t('stateCaptured')),
      h('h2', { class: 'story-title', id: 'story-title', 'data-testid': 'story-title' }, story.title),
      h('div', { class: 'meta', 'data-testid': 'story-meta' }, meta),
      m.sitePaused && site ? h('p', { class: 'inline-note' }, icon('pause', 12), t('pausedSinceCapture', site)) : null);
  }
  const spec = STATES[state as Exclude<PopupState, 'captured'>];
  // "paused" is also what the background answers when automatic capture is off: say which.
  const autoOff = state === 'paused' && !m.sitePaused && !m.settings.autoCapture;
  const title = autoOff ? t('stateAutoOff') : state === 'paused' && site ? t('statePausedOn', site) : t(spec.title);
  const body = autoOff ? t('stateAutoOffBody') : t(spec.body);
  const card = h('section', { class: `status-card is-${state}`, 'data-testid': 'tab', 'data-state': state, 'aria-labelledby': 'status-title' },
    h('div', { class: 'status-icon', 'aria-hidden': 'true' }, icon(spec.icon, 20)),
    h('div', { class: 'status-text' },
      h('h2', { class: 'status', id: 'status-title', 'data-testid': 'status', 'data-status': state === 'welcome' ? 'unknown' : state }, title),
      h('p', { class: 'status-body' }, body)));
  if (state === 'welcome') {
    card.append(h('ul', { class: 'features', 'aria-label': t('featuresLabel') },
      ...(['featureCopies', 'featureConflicts', 'featurePrivate'] as const).map((key, i) =>
        h('li', {}, icon((['copy', 'alert', 'forget'] as const)[i] ?? 'check', 14), t(key)))));
  }
  const canCapture = state === 'not-article' || state === 'unknown' || state === 'error' || autoOff || (state === 'welcome' && m.tabId !== null);
  if (canCapture) card.append(h('div', { class: 'status-actions' }, captureButton(actions)));
  return card;
}
