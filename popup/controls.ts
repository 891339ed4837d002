import { h } from '../src/ui/dom.ts';
import { siteOf } from '../src/ui/format.ts';
import { t } from '../src/ui/i18n.ts';
import { icon } from '../src/ui/icons.ts';
import type { PopupActions } from './actions.ts';
import type { PopupModel } from './model.ts';
import { stateOf } from './status.ts';

/** Pause or resume on this site, capture this page again, forget it. */
export function renderControls(m: PopupModel, actions: PopupActions): HTMLElement | null {
  const state = stateOf(m);
  const site = m.tab ? siteOf(m.tab.url) : null;
  const buttons: HTMLElement[] = [];
  if (site && state !== 'private') {
    const pause = h('button', { type: 'button', class: 'btn btn-small', 'data-testid': m.sitePaused ? 'resume-site' : 'pause-site' },
      icon(m.sitePaused ? 'play' : 'pause', 13), t(m.sitePaused ? 'resumeOnSite' : 'pauseOnSite', site));
    pause.addEventListener('click', () => void actions.pause(site, !m.sitePaused));
    buttons.push(pause);
  }
  if (state === 'captured' && !m.sitePaused) {
    const again = h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'capture' }, icon('update', 13), t('captureAgain'));
    again.addEventListener('click', () => void actions.capture(again));
    buttons.push(again);
  }
  const storyUrl = m.view?.story.url;
  if (storyUrl) {
    const forget = h('button', { type: 'button', class: 'btn btn-small btn-danger', 'data-testid': 'forget' }, icon('trash', 13), t('forgetThisPage'));
    forget.addEventListener('click', () => void actions.forget(storyUrl));
    buttons.push(forget);
  }
  if (!buttons.length) return null;
  return h('div', { class: 'controls', role: 'group', 'aria-label': t('pageControls') }, ...buttons);
}
