import { createGame, isValidSeed, ROLES, SEED_RULE, type Actor, type Role } from '../../../engine/index.ts';
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

const SEAT_CHOICES: [Actor, string][] = [['human', 'You (a person)'], ['bot:cautious', 'Bot: cautious'], ['bot:hawkish', 'Bot: hawkish'], ['bot:strategist', t('ui.strategistSeat')]];

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
        SEAT_CHOICES.map(([value, text]) => h('option', { value, selected: d.seats[role] === value }, text)))));

  const go = () => {
    const seed = seedInput.value.trim();
    if (!isValidSeed(seed)) {
      seedError.textContent = `A seed is ${SEED_RULE}.`;
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
        h('h2', {}, 'Your game in progress'),
        h('p', {}, t('ui.gameInProgress', { title: game.scenario.title, turn: turnText(game.state.turn), finished: game.state.outcome !== null })),
        h('button', { type: 'button', class: 'primary', onclick: () => ctx.resumeGame() }, 'Resume your game'))
    : null;

  const content = h('div', { class: 'screen setup' },
    resume,
    h('h2', {}, 'New game'),
    h('fieldset', {}, h('legend', {}, 'Scenario'), h('ul', { class: 'options scenarios' }, scenarioCards)),
    h('div', { class: 'field' }, h('label', { for: 'variant' }, 'Variant'), variantSelect, h('p', { class: 'hint' }, citedText(variant.description))),
    h('fieldset', { class: 'seats' }, h('legend', {}, 'Who plays each role'), seatRows,
      h('p', { class: 'hint' }, 'Choose "You" for the role you will play. Bots decide for the others; their choices are recorded like anyone else\'s.')),
    h('div', { class: 'field' },
      h('label', { for: 'seed' }, 'Seed'),
      h('div', { class: 'inline' }, seedInput, h('button', { type: 'button', onclick: () => { seedInput.value = randomSeed(); } }, 'New random seed')),
      seedError,
      h('p', { class: 'hint' }, 'The same scenario, seed and decisions always give the same game.')),
    h('div', { class: 'inline' },
      h('button', { type: 'button', class: 'primary', onclick: go }, 'Read the briefing'),
      h('a', { href: `?print=${encodeURIComponent(file.id)}&variant=${encodeURIComponent(variant.id)}`, target: '_blank', rel: 'noopener' }, 'Print briefing packets')),
    h('p', { class: 'hint' }, 'For a class: choose "You" for every role a team plays; each turn the teams take the device in turn and decide in secret. The facilitator\'s console (top bar) plays injects, overrides results and pauses play.'),
    h('h2', {}, 'Or watch a game again'),
    h('p', {}, 'Open a replay file (or drop one anywhere on this page), or open a share link.'),
    h('button', { type: 'button', onclick: () => ctx.pickReplayFile() }, 'Open a replay file'),
  );
  return { content, map: typeof scenario === 'string' ? null : { state: createGame(scenario, d.seed), scenario } };
}
