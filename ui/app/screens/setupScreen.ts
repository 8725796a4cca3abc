import { createGame, isValidSeed, ROLES, type Actor, type Role } from '../../../engine/index.ts';
import { loadScenario, scenarioFiles } from '../../../scenarios/catalog.ts';
import { citedText } from '../citation.ts';
import { h } from '../dom.ts';
import { roleName, t, turnText } from '../../../scenarios/words/words.ts';
import type { SessionSetup } from '../session.ts';
import type { ShellContext } from '../shellContext.ts';
import type { Screen, View } from './screen.ts';

export type SetupContext = Pick<ShellContext, 'draft' | 'gameInProgress' | 'redraw' | 'readBriefing' | 'resumeGame' | 'pickReplayFile'>;

/** A seed anyone can read aloud to a class: two words and a number. */
function randomSeed(): string {
  const words = ['kuroshio', 'bashi', 'miyako', 'yonaguni', 'penghu', 'kinmen', 'senkaku', 'luzon', 'okinawa', 'matsu'];
  const n = new Uint32Array(3);
  crypto.getRandomValues(n);
  return `${words[n[0]! % words.length]}-${words[n[1]! % words.length]}-${n[2]! % 1000}`;
}

// Said when the screen is drawn, not when the module loads: the language is chosen after the modules load.
const seatChoices = (): [Actor, string][] => [['human', t('ui.setup.seatYou')], ['bot:cautious', t('ui.setup.seatCautious')], ['bot:hawkish', t('ui.setup.seatHawkish')], ['bot:strategist', t('ui.strategistSeat')]];

/**
 * Pick a scenario and variant, who sits where, and a seed; or resume, or open a replay. The choices
 * are this screen's own until the person reads the briefing (the shell keeps them for coming back).
 */
export function setupScreen(ctx: SetupContext): Screen {
  const files = scenarioFiles();
  const d: SessionSetup = structuredClone(ctx.draft()) ?? {
    scenarioId: files.find((f) => f.id === 'blockade')?.id ?? files[0]!.id,
    variant: '',
    seed: randomSeed(),
    seats: { beijing: 'bot:cautious', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:cautious' },
  };
  return { render: () => setupView(ctx, d), leave: () => {} };
}

function setupView(ctx: SetupContext, d: SessionSetup): View {
  const files = scenarioFiles();
  const file = files.find((f) => f.id === d.scenarioId) ?? files[0]!;
  if (!file.variants.some((v) => v.id === d.variant)) d.variant = file.variants[0]!.id;
  const variant = file.variants.find((v) => v.id === d.variant)!;
  const scenario = loadScenario(file.id, variant.id);

  const seedInput = h('input', { id: 'seed', type: 'text', value: d.seed, maxlength: 200, spellcheck: 'false', autocomplete: 'off' });
  const seedError = h('p', { class: 'field-error', id: 'seed-error', hidden: true });
  const rerender = () => ctx.redraw();

  const scenarioCards = files.map((f) =>
    h('li', {},
      h('input', { type: 'radio', name: 'scenario', id: `scenario-${f.id}`, value: f.id, checked: f.id === file.id,
        onchange: () => { d.scenarioId = f.id; d.variant = ''; rerender(); } }),
      h('label', { for: `scenario-${f.id}` }, h('span', { class: 'option-label' }, f.title)),
      h('p', { class: 'option-text' }, f.summary)));

  const variantSelect = h('select', { id: 'variant', onchange: (e: Event) => { d.variant = (e.target as HTMLSelectElement).value; rerender(); } },
    file.variants.map((v) => h('option', { value: v.id, selected: v.id === d.variant }, v.title)));

  const seatRows = ROLES.map((role: Role) =>
    h('div', { class: 'seat' },
      h('label', { for: `seat-${role}` }, roleName(role)),
      h('select', { id: `seat-${role}`, onchange: (e: Event) => { d.seats[role] = (e.target as HTMLSelectElement).value as Actor; } },
        seatChoices().map(([value, text]) => h('option', { value, selected: d.seats[role] === value }, text)))));

  const go = () => {
    const seed = seedInput.value.trim();
    if (!isValidSeed(seed)) {
      // engine SEED_RULE in words: the symbols are typed as they stand.
      seedError.textContent = t('ui.setup.seedRule', { min: 1, max: 200, symbols: '. _ : # @ -' });
      seedError.hidden = false;
      seedInput.setAttribute('aria-invalid', 'true');
      seedInput.focus();
      return;
    }
    d.seed = seed;
    ctx.readBriefing(structuredClone(d));
  };

  const game = ctx.gameInProgress();
  const resume = game
    ? h('section', { class: 'resume' },
        h('h2', {}, t('ui.setup.inProgress')),
        h('p', {}, t('ui.gameInProgress', { title: game.scenario.title, turn: turnText(game.state.turn), finished: game.state.outcome !== null })),
        h('button', { type: 'button', class: 'primary', onclick: () => ctx.resumeGame() }, t('ui.setup.resume')))
    : null;

  const content = h('div', { class: 'screen setup' },
    resume,
    h('h2', {}, t('ui.top.newGame')),
    h('fieldset', {}, h('legend', {}, t('ui.setup.scenario')), h('ul', { class: 'options scenarios' }, scenarioCards)),
    h('div', { class: 'field' }, h('label', { for: 'variant' }, t('ui.setup.variant')), variantSelect, h('p', { class: 'hint' }, citedText(variant.description))),
    h('fieldset', { class: 'seats' }, h('legend', {}, t('ui.setup.whoPlays')), seatRows,
      h('p', { class: 'hint' }, t('ui.setup.whoPlaysHint'))),
    h('div', { class: 'field' },
      h('label', { for: 'seed' }, t('ui.setup.seed')),
      h('div', { class: 'inline' }, seedInput, h('button', { type: 'button', onclick: () => { seedInput.value = randomSeed(); } }, t('ui.setup.newSeed'))),
      seedError,
      h('p', { class: 'hint' }, t('ui.setup.seedHint'))),
    h('div', { class: 'inline' },
      h('button', { type: 'button', class: 'primary', onclick: go }, t('ui.setup.readBriefing')),
      h('a', { href: `?print=${encodeURIComponent(file.id)}&variant=${encodeURIComponent(variant.id)}`, target: '_blank', rel: 'noopener' }, t('ui.setup.printPackets'))),
    h('p', { class: 'hint' }, t('ui.setup.classHint')),
    h('h2', {}, t('ui.setup.watchAgain')),
    h('p', {}, t('ui.setup.watchAgainHint')),
    h('button', { type: 'button', onclick: () => ctx.pickReplayFile() }, t('ui.setup.openReplayFile')),
  );
  return { content, map: typeof scenario === 'string' ? null : { state: createGame(scenario, d.seed), scenario } };
}
