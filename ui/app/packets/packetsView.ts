// Printable briefing packets: a cover, one packet per team, and a facilitator sheet, laid out for
// paper by ui/print.css. On screen, a picker chooses what to print and a button prints it.
import { usePageHeaders } from './pageHeaders.ts';
import { decisionsOf, ROLES, type Role } from '../../../engine/index.ts';
import { defaults, loadScenario, options, scenarioFile, scenarioFiles } from '../../../scenarios/catalog.ts';
import { overlay } from '../../../scenarios/resolveScenario.ts';
import type { ScenarioFile } from '../../../scenarios/schema.ts';
import { h } from '../dom.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';
import { coverSection } from './coverSection.ts';
import { facilitatorSheet } from './facilitatorSheet.ts';
import type { PacketContext } from './packetContext.ts';
import { roleSection, TEAM_ROLES_CLASS } from './roleSection.ts';
// The view brings its own layout for screen and paper, wherever it is mounted. ui/main.ts imports it
// too, so that printing any screen leaves out the app's chrome.
import '../../print.css';

/** The sections of the document, in print order, with the picker's label for each. */
// Labels are getters: said in the language of the moment they are read, not of module load.
export const PACKET_SECTIONS: readonly { id: 'cover' | Role | 'facilitator'; readonly label: string }[] = [
  { id: 'cover', get label() { return t('ui.packets.pickCover'); } },
  ...ROLES.map((r) => ({ id: r, get label() { return t('ui.packets.pickTeam', { role: roleName(r) }); } })),
  { id: 'facilitator', get label() { return t('ui.packets.pickFacilitator'); } },
];

/** Class of a section left out of printing. */
export const SKIPPED = 'packet-skip';

/** The packets of a shipped scenario and variant (its first if none is named), or a message saying why there are none. */
export function packetsView(scenarioId: string, variantId?: string): HTMLElement {
  const file = scenarioFile(scenarioId);
  if (!file) {
    return unavailable(t('ui.packets.noScenario', { id: scenarioId, ids: scenarioFiles().map((f) => f.id).join(', ') }));
  }
  const scenario = loadScenario(scenarioId, variantId);
  if (typeof scenario === 'string') return unavailable(`${scenario.charAt(0).toUpperCase()}${scenario.slice(1)}.`);
  return packetDocument({
    file,
    variant: file.variants.find((v) => v.id === scenario.variant)!,
    scenario,
    options: options(),
    decisions: { beijing: decisionsOf('beijing'), taipei: decisionsOf('taipei'), tokyo: decisionsOf('tokyo'), washington: decisionsOf('washington') },
    baseParams: overlay(defaults().params, file.params),
  });
}

/** The packets for any scenario file and options text (tests use it with hand-made files). */
export function packetDocument(ctx: PacketContext): HTMLElement {
  const sections = [coverSection(ctx), ...ROLES.map((r) => roleSection(ctx, r)), facilitatorSheet(ctx)];
  usePageHeaders();
  return h('article', { class: 'packets', 'data-scenario': ctx.file.id, 'data-variant': ctx.variant.id, 'aria-label': t('ui.packets.label', { title: ctx.file.title }) },
    controls(ctx.file, sections),
    sections);
}

/** Every element under `root` (itself included) with a class: the stand-in DOM of the unit tests has no querySelectorAll. */
function withClass(root: Element, name: string): Element[] {
  return [...(root.classList.contains(name) ? [root] : []), ...Array.from(root.children).flatMap((c) => withClass(c, name))];
}

/** Screen only: what to print, and the button that prints it. */
function controls(file: ScenarioFile, sections: HTMLElement[]): HTMLElement {
  const byId = new Map(sections.map((s) => [s.getAttribute('data-section'), s]));
  const pick = (controlled: string, label: string, onchange: (printed: boolean) => void) => {
    const input = h('input', { type: 'checkbox', checked: true, 'aria-controls': controlled, onchange: (e: Event) => onchange((e.currentTarget as HTMLInputElement).checked) });
    return h('label', { class: 'packets-pick' }, input, ` ${label}`);
  };
  const box = (id: string, label: string) => pick(`packet-${id}`, label, (printed) => byId.get(id)?.classList.toggle(SKIPPED, !printed));
  // The roles within the teams: their summaries and cards in every team packet, in or out together.
  const teamRoles = sections.flatMap((s) => withClass(s, TEAM_ROLES_CLASS));
  const cards = teamRoles.map((x) => x.getAttribute('id')).filter((x): x is string => Boolean(x));
  const roleCardsBox = cards.length
    ? pick(cards.join(' '), t('teamRoles.packet.pick'), (printed) => teamRoles.forEach((x) => x.classList.toggle(SKIPPED, !printed)))
    : null;
  return h('section', { class: 'packets-controls', 'aria-labelledby': 'packets-controls-title' },
    h('h2', { id: 'packets-controls-title' }, t('ui.setup.printPackets')),
    h('p', {}, t('ui.packets.printHint')),
    h('fieldset', { class: 'packets-picker' },
      h('legend', {}, t('ui.packets.sections')),
      PACKET_SECTIONS.map((s) => box(s.id, s.label)),
      roleCardsBox),
    h('div', { class: 'inline' },
      h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, t('ui.packets.print')),
      h('a', { href: './', class: 'packets-back' }, t('ui.packets.back'))),
    h('p', { class: 'hint' }, t('ui.packets.paper', { title: file.title })),
  );
}

function unavailable(message: string): HTMLElement {
  return h('article', { class: 'packets' },
    h('section', { class: 'packets-controls' },
      h('h2', {}, t('ui.packets.none')),
      h('p', { role: 'alert' }, message),
      h('a', { href: './' }, t('ui.packets.back'))));
}
