import type { Timer } from '../../../engine/classroom/index.ts';
import { t } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';

export interface Countdown {
  element: HTMLElement;
  /** Stop counting (the screen is left, or a newer view replaces it). */
  stop(): void;
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The turn timer, counted down on this device from the time left when it was told (`leftMs` at
 * `since`, this device's clock), so a device and a server whose clocks differ still agree. Paused,
 * it shows the time left and stands still.
 */
export function countdown(timer: Timer, leftMs: number, since: number, paused: boolean): Countdown {
  const element = h('p', { class: 'timer', role: 'timer', 'aria-live': 'off' });
  let interval: ReturnType<typeof setInterval> | undefined;
  const stop = () => clearInterval(interval);
  const running = !paused && !timer.expired && timer.deadline !== null;
  const tick = () => {
    const left = running ? leftMs - (Date.now() - since) : leftMs;
    if (timer.expired || left <= 0) {
      element.textContent = timer.holdAtZero ? t('classroom.timer.upHolding') : t('classroom.timer.up');
      stop();
    } else {
      element.textContent = paused ? t('classroom.timer.paused', { left: clock(left) }) : t('classroom.timer.left', { left: clock(left) });
    }
  };
  tick();
  if (running && leftMs > 0) interval = setInterval(tick, 1000);
  return { element, stop };
}
