import { parameterAt, type BooleanFlag, type Effect, type FacilitatorAction, type NumericForce, type NumericIndicator, type Scenario } from '../../../engine/index.ts';
import type { FacilitatorView } from '../../../engine/classroom/index.ts';
import { defaults } from '../../../scenarios/catalog.ts';
import { facilitatorActionText } from '../../../scenarios/words/narrate.ts';
import { flagTitle, forceName, indicatorName, parameterName, t } from '../../../scenarios/words/words.ts';
import { citedText } from '../citation.ts';
import { h, mount } from '../dom.ts';
import { numberField } from './numberField.ts';

// The facilitator's tools, as the one-device console and the networked console both show them: the
// turn timer, the commands already given this turn (each can be taken back), the scenario's deck
// (what has been played, and what may not be played again), an inject written on the spot,
// overrides and parameter changes, each with a reason. Built once and updated in place from the
// class's FacilitatorView, so what the facilitator is typing stays put while the class moves on;
// what is typed is also kept as a draft (a reload keeps it) until it is played.

/** What the console asks the class for; each answers whether it was taken (after saying why not). */
export interface ConsoleActions {
  facilitate(action: FacilitatorAction, reason: string): Promise<boolean> | boolean;
  withdrawPending(index: number): Promise<boolean> | boolean;
  /** `minutes` 0 clears the timer. */
  setTimer(minutes: number, holdAtZero: boolean): Promise<boolean> | boolean;
  notify(message: string, kind: 'error' | 'info'): void;
}

/** Where the text of the console's fields is kept between reloads until it is used. */
export interface Drafts {
  get(id: string): string | undefined;
  set(id: string, value: string): void;
  clear(ids: readonly string[]): void;
}

/** Drafts in the browser's storage under one key (guarded: storage may be blocked or full). */
export function storedDrafts(key: string, storage: () => Storage | null): Drafts {
  const read = (): Record<string, string> => {
    try {
      const data = JSON.parse(storage()?.getItem(key) ?? '{}') as unknown;
      if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
      return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length <= 2000).slice(0, 100));
    } catch {
      return {};
    }
  };
  const write = (all: Record<string, string>) => {
    try {
      if (Object.keys(all).length) storage()?.setItem(key, JSON.stringify(all));
      else storage()?.removeItem(key);
    } catch {
      // Not kept: the fields still hold what was typed.
    }
  };
  return {
    get: (id) => read()[id],
    set: (id, value) => write({ ...read(), [id]: value }),
    clear: (ids) => {
      const all = read();
      for (const id of ids) delete all[id];
      write(all);
    },
  };
}

// What the white cell may set, in words. Values are checked again by the engine.
// Indicators the turn works out afresh (shipping, power, escalation) are left out: an override would not last (the engine refuses it).
// Named when drawn, not here: modules load before the page's language is set.
const INDICATORS: readonly NumericIndicator[] = ['lngDays', 'coalDays', 'oilDays', 'japanPublicSupport', 'dietSupport', 'allianceCredibility', 'taiwanTerritoryHeldPct'];
const FORCES: readonly NumericForce[] = ['amphibiousFleetPct', 'plaAshore', 'taiwanGroundStrength', 'usStrikeCapacityPct'];
const FLAGS: readonly BooleanFlag[] = ['japanAttacked', 'usForcesAttacked', 'taiwanAttacked'];

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every numeric adjudication parameter, by path, with its source note. */
function parameterPaths(): { path: string; note: string }[] {
  const notes = defaults().notes;
  const out: { path: string; note: string }[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number') out.push({ path, note: notes[path] ?? '' });
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(defaults().params, '');
  return out;
}

export interface ConsoleForms {
  /** The timer and the commands given this turn: near the top of a console. */
  timer: HTMLElement;
  pending: HTMLElement;
  /** The deck, the written inject, overrides and parameters. */
  tools: HTMLElement;
  update(view: FacilitatorView): void;
}

export function consoleForms(scenario: Scenario, actions: ConsoleActions, drafts: Drafts): ConsoleForms {
  /** Keep what is typed in a field as a draft, and put a draft back in it. */
  const keep = <T extends HTMLInputElement | HTMLSelectElement>(el: T): T => {
    const saved = drafts.get(el.id);
    if (saved !== undefined) el.value = saved;
    const save = () => drafts.set(el.id, el.value);
    el.addEventListener('input', save);
    el.addEventListener('change', save);
    return el;
  };
  const reasonField = (id: string): HTMLInputElement =>
    keep(h('input', { type: 'text', id, maxlength: 300, required: true, placeholder: t('ui.console.reasonPlaceholder'), class: 'reason' }));

  /** Send a command with its reason; the form's fields are cleared (and their drafts dropped) once it is taken. */
  const act = async (action: FacilitatorAction, reasonInput: HTMLInputElement, fields: (HTMLInputElement | HTMLSelectElement)[] = []) => {
    // Pasted text may carry tabs or line breaks: one line of plain text is what a replay records.
    const reason = oneLine(reasonInput.value);
    if (!reason) {
      reasonInput.setAttribute('aria-invalid', 'true');
      reasonInput.focus();
      return actions.notify(t('ui.console.giveReason'), 'error');
    }
    reasonInput.removeAttribute('aria-invalid');
    if (!(await actions.facilitate(action, reason))) return;
    actions.notify(t('ui.console.done'), 'info');
    for (const f of [reasonInput, ...fields]) if (f instanceof HTMLInputElement && f.type === 'text') f.value = '';
    drafts.clear([reasonInput.id, ...fields.map((f) => f.id)]);
  };

  // The turn timer: minutes, and whether undecided teams hold at zero.
  const minutes = numberField('timer-minutes', 0, { min: 0, max: 60, integer: true });
  const hold = h('input', { type: 'checkbox', id: 'timer-hold' });
  let shownTimer = '';
  const applyTimer = () => {
    const m = minutes.read();
    if (m === null) return;
    // A change event also comes when the field loses focus, which a redraw may cause: the same
    // timer is not set twice (that would restart it), and the class is asked after the event.
    const key = JSON.stringify([m * 60_000, m > 0 && hold.checked]);
    if (key === shownTimer) return;
    shownTimer = key;
    setTimeout(() => void actions.setTimer(m, hold.checked), 0);
  };
  minutes.input.addEventListener('change', applyTimer);
  hold.addEventListener('change', applyTimer);
  const timer = h('div', { class: 'timer-form' },
    h('div', { class: 'field' }, h('label', { for: 'timer-minutes' }, t('classroom.console.timerMinutes')), minutes.input, minutes.error),
    h('div', { class: 'check' }, hold, h('label', { for: 'timer-hold' }, t('classroom.console.holdAtZero'))),
    h('p', { class: 'hint' }, t('classroom.console.timerHint')));

  // The commands given this turn, each with a way to take it back.
  const pending = h('section', { class: 'pending', 'aria-label': t('classroom.console.pendingTitle') });

  // Injects from the scenario's deck, with what has been played.
  const deckItems = scenario.injects.map((inject, i) => {
    const reason = reasonField(`deck-reason-${i}`);
    const button = h('button', { type: 'button', onclick: () => void act({ kind: 'inject', injectId: inject.id }, reason) }, t('ui.console.playInject'));
    const status = h('p', { class: 'deck-status', hidden: true });
    const item = h('li', { class: 'inject' },
      h('strong', {}, inject.headline), inject.once ? h('span', { class: 'tag' }, ` ${t('classroom.console.once')}`) : null,
      h('p', { class: 'option-text' }, citedText(inject.text)),
      status,
      h('label', { for: reason.id, class: 'visually-hidden' }, t('ui.console.reasonFor', { headline: inject.headline })), reason,
      button);
    return { inject, item, reason, button, status };
  });

  // An inject written on the spot, with at most one effect.
  const headline = keep(h('input', { type: 'text', id: 'custom-headline', maxlength: 200 }));
  const effectKind = keep(h('select', { id: 'custom-effect' }, h('option', { value: '' }, t('ui.console.noEffect')),
    INDICATORS.map((k) => h('option', { value: `indicator:${k}` }, indicatorName(k))),
    FLAGS.map((k) => h('option', { value: `flag:${k}` }, flagTitle(k)))));
  const effectAmount = numberField('custom-amount', 0);
  keep(effectAmount.input);
  const customReason = reasonField('custom-reason');
  const playCustom = () => {
    const [kind, key] = effectKind.value.split(':');
    const add = kind === 'indicator' ? effectAmount.read() : 0;
    if (add === null) return;
    const effects: Effect[] = kind === 'indicator' ? [{ indicator: key as NumericIndicator, add }]
      : kind === 'flag' ? [{ raiseFlag: key as BooleanFlag }] : [];
    void act({ kind: 'customInject', headline: oneLine(headline.value), effects }, customReason, [headline, effectKind, effectAmount.input]);
  };

  // Overrides: the options say what each number is now.
  const overrideTarget = keep(h('select', { id: 'override-target' },
    INDICATORS.map((k) => h('option', { value: `indicator:${k}` })),
    FORCES.map((k) => h('option', { value: `force:${k}` })),
    FLAGS.map((k) => h('option', { value: `flag:${k}` }))));
  const overrideValue = numberField('override-value', 0);
  keep(overrideValue.input);
  const overrideReason = reasonField('override-reason');
  const override = () => {
    const [kind, key] = overrideTarget.value.split(':');
    const value = kind === 'flag' ? 0 : overrideValue.read();
    if (value === null) return;
    void act(kind === 'indicator' ? { kind: 'setIndicator', indicator: key as NumericIndicator, value }
      : kind === 'force' ? { kind: 'setForce', force: key as NumericForce, value }
      : { kind: 'raiseFlag', flag: key as BooleanFlag }, overrideReason, [overrideValue.input]);
  };

  // Parameters.
  const params = parameterPaths();
  const paramSelect = keep(h('select', { id: 'param-path' }, params.map((p) => h('option', { value: p.path }))));
  const paramNote = h('p', { class: 'hint' });
  const showNote = () => paramNote.replaceChildren(...citedText(params.find((p) => p.path === paramSelect.value)?.note ?? ''));
  paramSelect.addEventListener('change', showNote);
  showNote();
  const paramValue = numberField('param-value', 0);
  keep(paramValue.input);
  const paramReason = reasonField('param-reason');
  const changeParameter = () => {
    const value = paramValue.read();
    if (value !== null) void act({ kind: 'setParameter', path: paramSelect.value, value }, paramReason, [paramValue.input]);
  };

  const tools = h('div', { class: 'console-tools' },
    h('h3', {}, t('ui.console.deck')),
    deckItems.length ? h('ul', { class: 'options deck' }, deckItems.map((d) => d.item)) : h('p', { class: 'hint' }, t('ui.console.noDeck')),
    h('h3', {}, t('ui.console.write')),
    h('div', { class: 'field' }, h('label', { for: 'custom-headline' }, t('ui.console.headline')), headline),
    h('div', { class: 'field' }, h('label', { for: 'custom-effect' }, t('ui.console.effect')), effectKind, h('label', { for: 'custom-amount' }, t('ui.console.changeBy')), effectAmount.input, effectAmount.error),
    h('div', { class: 'field' }, h('label', { for: 'custom-reason' }, t('ui.console.reason')), customReason),
    h('button', { type: 'button', onclick: playCustom }, t('ui.console.playWritten')),
    h('h3', {}, t('ui.console.overrideTitle')),
    h('div', { class: 'field' }, h('label', { for: 'override-target' }, t('ui.console.what')), overrideTarget),
    h('div', { class: 'field' }, h('label', { for: 'override-value' }, t('ui.console.newValueFact')), overrideValue.input, overrideValue.error),
    h('div', { class: 'field' }, h('label', { for: 'override-reason' }, t('ui.console.reason')), overrideReason),
    h('button', { type: 'button', onclick: override }, t('ui.console.override')),
    h('h3', {}, t('ui.console.paramTitle')),
    h('div', { class: 'field' }, h('label', { for: 'param-path' }, t('ui.console.parameter')), paramSelect, paramNote),
    h('div', { class: 'field' }, h('label', { for: 'param-value' }, t('ui.console.newValue')), paramValue.input, paramValue.error),
    h('div', { class: 'field' }, h('label', { for: 'param-reason' }, t('ui.console.reason')), paramReason),
    h('button', { type: 'button', onclick: changeParameter }, t('ui.console.changeParam')));

  return {
    timer,
    pending,
    tools,
    update(view) {
      const state = view.state;
      // The timer as the class keeps it; a field being edited is left alone.
      const key = JSON.stringify([view.timer?.durationMs ?? 0, view.timer?.holdAtZero ?? false]);
      // (the same form as applyTimer's)
      if (key !== shownTimer && document.activeElement !== minutes.input) {
        shownTimer = key;
        minutes.input.value = String(view.timer ? Math.round(view.timer.durationMs / 60_000) : 0);
        hold.checked = view.timer?.holdAtZero ?? false;
      }
      mount(pending, view.pending.length
        ? [h('h3', {}, t('ui.console.doneThisTurn')),
            h('ul', { class: 'pending-list' }, view.pending.map((c, i) => h('li', {},
              t('ui.console.pendingItem', { action: facilitatorActionText(c.action, scenario), reason: c.reason }), ' ',
              h('button', { type: 'button', class: 'small', 'aria-label': t('classroom.console.takeBackNamed', { n: i + 1 }), onclick: () => void actions.withdrawPending(i) }, t('classroom.console.takeBack')))))]
        : []);
      for (const d of deckItems) {
        const played = view.deck.find((x) => x.id === d.inject.id)?.played ?? false;
        const spent = played && d.inject.once;
        d.status.hidden = !played;
        d.status.textContent = spent ? t('classroom.console.playedOnce') : t('classroom.console.played');
        d.button.disabled = spent;
        d.reason.disabled = spent;
        d.button.textContent = spent ? t('classroom.console.spent') : t('ui.console.playInject');
        d.item.classList.toggle('played', played);
      }
      const options = [...overrideTarget.options];
      INDICATORS.forEach((k, i) => (options[i]!.textContent = t('ui.console.now', { label: indicatorName(k), value: state.indicators[k] })));
      FORCES.forEach((k, i) => (options[INDICATORS.length + i]!.textContent = t('ui.console.now', { label: forceName(k), value: state.forces[k] })));
      FLAGS.forEach((k, i) => (options[INDICATORS.length + FORCES.length + i]!.textContent = t('ui.console.nowFlag', { label: flagTitle(k), held: state.flags[k] })));
      [...paramSelect.options].forEach((o, i) => (o.textContent = t('ui.console.param', { name: parameterName(params[i]!.path), value: String(state.paramOverrides[params[i]!.path] ?? parameterAt(scenario.params, params[i]!.path)) })));
    },
  };
}
