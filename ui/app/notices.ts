import { h } from './dom.ts';
import { t } from '../../scenarios/words/words.ts';

export type Notify = (message: string | Node, kind: 'error' | 'info') => void;

/** The notices under the top bar, and the function that adds one. */
export function createNotices(): { element: HTMLElement; notify: Notify } {
  const element = h('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
  const notify: Notify = (message, kind) => {
    const note = h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h('span', {}, message),
      h('button', { type: 'button', class: 'dismiss', 'aria-label': t('ui.notice.dismiss'), onclick: () => note.remove() }, '×'));
    element.appendChild(note);
    // Plain information clears itself so it does not pile up on a projector; errors and notices
    // holding something to use (a share link) stay until dismissed.
    if (kind === 'info' && typeof message === 'string') setTimeout(() => note.remove(), 8000);
  };
  return { element, notify };
}
