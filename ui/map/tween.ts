/** How long a change between two shown states takes on the map. */
export const TRANSITION_MS = 600;

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/**
 * A number that eases to its target over TRANSITION_MS, stepped by the pixi ticker. Mutated in
 * place: no allocation per frame.
 */
export class Tween {
  value: number;
  private from: number;
  private to: number;
  private start = 0;
  private running = false;

  constructor(value = 0) {
    this.value = value;
    this.from = value;
    this.to = value;
  }

  get target(): number {
    return this.to;
  }

  get busy(): boolean {
    return this.running;
  }

  /** Jump to a value without animating. */
  set(v: number): void {
    this.value = this.from = this.to = v;
    this.running = false;
  }

  /** Ease from the current value to `v`, starting at `now` (ms). */
  animateTo(v: number, now: number, animate = true): void {
    if (!animate) return this.set(v);
    if (v === this.to && (this.running || this.value === v)) return;
    this.from = this.value;
    this.to = v;
    this.start = now;
    this.running = this.from !== v;
  }

  /** Advance; true while still moving. */
  step(now: number): boolean {
    if (!this.running) return false;
    const t = (now - this.start) / TRANSITION_MS;
    if (t >= 1) {
      this.value = this.to;
      this.running = false;
      return false;
    }
    this.value = this.from + (this.to - this.from) * ease(t < 0 ? 0 : t);
    return true;
  }
}
