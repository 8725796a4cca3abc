import { parameterAt, type BooleanFlag, type Effect, type FacilitatorAction, type NumericForce, type NumericIndicator } from '../../../engine/index.ts';
import { defaults } from '../../../scenarios/catalog.ts';
import { citedText } from '../citation.ts';
import { numberField } from '../components/numberField.ts';
import { talksPanel } from '../components/talks.ts';
import { h } from '../dom.ts';
import { facilitatorActionText } from '../../../scenarios/words/narrate.ts';
import { flagTitle, forceName, indicatorName, parameterName } from '../../../scenarios/words/words.ts';
import { currentView } from '../session.ts';
import type { ShellContext } from '../shellContext.ts';
import type { Screen, View } from './screen.ts';

export type FacilitatorContext = Pick<ShellContext, 'game' | 'classroom' | 'notify' | 'facilitate' | 'setPaused' | 'setProjector' | 'setTimer' | 'resumeGame' | 'openDebrief'>;

// What the white cell may set, in words. Values are checked again by the engine.
// Indicators the turn works out afresh (shipping, power, escalation) are left out: an override would not last (the engine refuses it).
const INDICATORS: [NumericIndicator, string][] = (['lngDays', 'coalDays', 'oilDays', 'japanPublicSupport', 'dietSupport', 'allianceCredibility', 'taiwanTerritoryHeldPct'] as const).map((k) => [k, indicatorName(k)]);
const FORCES: [NumericForce, string][] = (['amphibiousFleetPct', 'plaAshore', 'taiwanGroundStrength', 'usStrikeCapacityPct'] as const).map((k) => [k, forceName(k)]);
const FLAGS: [BooleanFlag, string][] = (['japanAttacked', 'usForcesAttacked', 'taiwanAttacked'] as const).map((k) => [k, flagTitle(k)]);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function reasonField(id: string): HTMLInputElement {
  return h('input', { type: 'text', id, maxlength: 300, required: true, placeholder: 'Why: shown in the debrief and kept in the replay', class: 'reason' });
}

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

/**
 * The white cell's console: pause and resume, a turn timer, the projector view, injects from the deck
 * or written on the spot, overrides with a reason, and parameter changes. All but pause, timer and
 * projector are commands recorded in the replay.
 */
export function facilitatorScreen(ctx: FacilitatorContext): Screen {
  return { render: () => consoleView(ctx), leave: () => {} };
}

function consoleView(ctx: FacilitatorContext): View {
  const s = ctx.game();
  const view = currentView(s).state;
  const act = (action: FacilitatorAction, reasonInput: HTMLInputElement) => {
    // Pasted text may carry tabs or line breaks: one line of plain text is what a replay records.
    const reason = oneLine(reasonInput.value);
    if (!reason) {
      reasonInput.setAttribute('aria-invalid', 'true');
      reasonInput.focus();
      return ctx.notify('Give a reason: it is recorded in the replay and shown in the debrief.', 'error');
    }
    if (ctx.facilitate(action, reason)) ctx.notify('Done: the teams see it now, and it is recorded with this turn.', 'info');
  };

  // Injects from the scenario's deck.
  const deck = s.scenario.injects.map((inject, i) => {
    const reason = reasonField(`deck-reason-${i}`);
    return h('li', { class: 'inject' },
      h('strong', {}, inject.headline), h('p', { class: 'option-text' }, citedText(inject.text)),
      h('label', { for: `deck-reason-${i}`, class: 'visually-hidden' }, `Reason for playing "${inject.headline}"`), reason,
      h('button', { type: 'button', onclick: () => act({ kind: 'inject', injectId: inject.id }, reason) }, 'Play this inject now'));
  });

  // An inject written on the spot, with at most one effect.
  const headline = h('input', { type: 'text', id: 'custom-headline', maxlength: 200 });
  const effectKind = h('select', { id: 'custom-effect' }, h('option', { value: '' }, 'No effect on the numbers'),
    INDICATORS.map(([k, label]) => h('option', { value: `indicator:${k}` }, label)),
    FLAGS.map(([k, label]) => h('option', { value: `flag:${k}` }, label)));
  const effectAmount = numberField('custom-amount', 0);
  const customReason = reasonField('custom-reason');
  const playCustom = () => {
    const [kind, key] = effectKind.value.split(':');
    const add = kind === 'indicator' ? effectAmount.read() : 0;
    if (add === null) return;
    const effects: Effect[] = kind === 'indicator' ? [{ indicator: key as NumericIndicator, add }]
      : kind === 'flag' ? [{ raiseFlag: key as BooleanFlag }] : [];
    act({ kind: 'customInject', headline: oneLine(headline.value), effects }, customReason);
  };

  // Overrides.
  const overrideTarget = h('select', { id: 'override-target' },
    INDICATORS.map(([k, label]) => h('option', { value: `indicator:${k}` }, `${label}: now ${view.indicators[k]}`)),
    FORCES.map(([k, label]) => h('option', { value: `force:${k}` }, `${label}: now ${view.forces[k]}`)),
    FLAGS.map(([k, label]) => h('option', { value: `flag:${k}` }, `${label} (now ${view.flags[k] ? 'yes' : 'no'})`)));
  const overrideValue = numberField('override-value', 0);
  const overrideReason = reasonField('override-reason');
  const override = () => {
    const [kind, key] = overrideTarget.value.split(':');
    const value = kind === 'flag' ? 0 : overrideValue.read();
    if (value === null) return;
    act(kind === 'indicator' ? { kind: 'setIndicator', indicator: key as NumericIndicator, value }
      : kind === 'force' ? { kind: 'setForce', force: key as NumericForce, value }
      : { kind: 'raiseFlag', flag: key as BooleanFlag }, overrideReason);
  };

  // Parameters.
  const params = parameterPaths();
  const paramSelect = h('select', { id: 'param-path' }, params.map((p) =>
    h('option', { value: p.path }, `${parameterName(p.path)}: ${view.paramOverrides[p.path] ?? parameterAt(s.scenario.params, p.path)}`)));
  const paramNote = h('p', { class: 'hint' }, citedText(params[0]?.note ?? ''));
  paramSelect.addEventListener('change', () => paramNote.replaceChildren(...citedText(params.find((p) => p.path === paramSelect.value)?.note ?? '')));
  const paramValue = numberField('param-value', 0);
  const paramReason = reasonField('param-reason');
  const changeParameter = () => {
    const value = paramValue.read();
    if (value !== null) act({ kind: 'setParameter', path: paramSelect.value, value }, paramReason);
  };

  // An empty or mistyped entry keeps the timer as it was, and says so at the field.
  const timer = numberField('timer-minutes', ctx.classroom.timerMinutes, { min: 0, max: 60, integer: true });
  timer.input.addEventListener('change', () => {
    const minutes = timer.read();
    if (minutes !== null) ctx.setTimer(minutes);
  });

  const content = h('div', { class: 'screen facilitator' },
    h('h2', {}, 'Facilitator (white cell)'),
    h('p', { class: 'hint' }, `Turn ${s.state.turn + 1}. What you do here applies before the teams decide this turn, and is recorded in the replay with your reason.`),
    h('div', { class: 'inline' },
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.setPaused(!ctx.classroom.paused) }, ctx.classroom.paused ? 'Resume play' : 'Pause play'),
      h('button', { type: 'button', onclick: () => ctx.setProjector(true) }, 'Projector view'),
      h('button', { type: 'button', onclick: () => ctx.resumeGame() }, 'Back to the game'),
      h('button', { type: 'button', onclick: () => ctx.openDebrief(s) }, 'Debrief')),
    talksPanel(view, s.scenario, 'facilitator-talks'),
    h('div', { class: 'field' }, h('label', { for: 'timer-minutes' }, 'Minutes per team each turn (0: no timer)'), timer.input, timer.error),
    s.pending.length
      ? h('section', {}, h('h3', {}, 'Already done this turn'), h('ul', {}, s.pending.map((c) => h('li', {}, `${facilitatorActionText(c.action, s.scenario)} (why: ${c.reason})`))))
      : null,
    h('h3', {}, 'Injects from the scenario'),
    deck.length ? h('ul', { class: 'options' }, deck) : h('p', { class: 'hint' }, 'This scenario has no injects in its deck.'),
    h('h3', {}, 'Write an inject'),
    h('div', { class: 'field' }, h('label', { for: 'custom-headline' }, 'Headline'), headline),
    h('div', { class: 'field' }, h('label', { for: 'custom-effect' }, 'Effect'), effectKind, h('label', { for: 'custom-amount' }, 'Change by (for a number)'), effectAmount.input, effectAmount.error),
    h('div', { class: 'field' }, h('label', { for: 'custom-reason' }, 'Reason'), customReason),
    h('button', { type: 'button', onclick: playCustom }, 'Play the written inject'),
    h('h3', {}, 'Override the adjudication'),
    h('div', { class: 'field' }, h('label', { for: 'override-target' }, 'What'), overrideTarget),
    h('div', { class: 'field' }, h('label', { for: 'override-value' }, 'New value (not used for a yes/no fact, which becomes yes)'), overrideValue.input, overrideValue.error),
    h('div', { class: 'field' }, h('label', { for: 'override-reason' }, 'Reason'), overrideReason),
    h('button', { type: 'button', onclick: override }, 'Override'),
    h('h3', {}, 'Change a scenario parameter'),
    h('div', { class: 'field' }, h('label', { for: 'param-path' }, 'Parameter'), paramSelect, paramNote),
    h('div', { class: 'field' }, h('label', { for: 'param-value' }, 'New value'), paramValue.input, paramValue.error),
    h('div', { class: 'field' }, h('label', { for: 'param-reason' }, 'Reason'), paramReason),
    h('button', { type: 'button', onclick: changeParameter }, 'Change the parameter'),
  );
  return { content, map: { state: view, scenario: s.scenario } };
}
