import { h } from '../dom.ts';
import { t } from '../../../scenarios/words/words.ts';

export interface NumberField {
  input: HTMLInputElement;
  /** Where the field says what is wrong; placed beside the input. */
  error: HTMLElement;
  /** The number typed, or null after saying at the field why it is not one. */
  read(): number | null;
}

/**
 * A number input that refuses an empty or mistyped entry with a message at the field. A browser
 * gives such an entry as '' (and Number('') is 0), so without this a typo would apply 0.
 */
export function numberField(id: string, value: number, limits: { min?: number; max?: number; integer?: boolean } = {}): NumberField {
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const input = h('input', { type: 'number', id, step: limits.integer ? 1 : 'any', min: limits.min, max: limits.max, value, 'aria-describedby': `${id}-error` });
  const ranged = limits.min !== undefined && limits.max !== undefined;
  const wanted = { integer: limits.integer === true, ranged, min: limits.min ?? 0, max: limits.max ?? 0 };
  const refuse = (why: string): null => {
    error.textContent = why;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return null;
  };
  const read = (): number | null => {
    const raw = input.value.trim();
    if (input.validity.badInput || raw === '') return refuse(t('ui.number.enter', wanted));
    const n = Number(raw);
    const outside = (limits.min !== undefined && n < limits.min) || (limits.max !== undefined && n > limits.max) || (limits.integer && !Number.isInteger(n));
    if (!Number.isFinite(n) || outside) return refuse(t('ui.number.notValid', { ...wanted, raw }));
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    return n;
  };
  return { input, error, read };
}
