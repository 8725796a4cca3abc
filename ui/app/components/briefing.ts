import type { Role } from '../../../engine/index.ts';
import type { ScenarioFile } from '../../../scenarios/schema.ts';
import { citedText } from '../citation.ts';
import { h } from '../dom.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';

/** A role's briefing: situation, objectives, constraints, red lines and what its law or policy allows. */
export function roleBriefing(file: ScenarioFile, role: Role): HTMLElement {
  const b = file.roles[role];
  const list = (title: string, items: string[]) => [h('h4', {}, title), h('ul', {}, items.map((x) => h('li', {}, citedText(x))))];
  return h('section', { class: 'role-briefing', 'aria-label': t('ui.roleBriefing', { role: roleName(role) }) },
    h('h3', {}, roleName(role)),
    h('p', {}, citedText(b.situation)),
    list(t('ui.briefing.objectives'), b.objectives),
    list(t('ui.briefing.constraints'), b.constraints),
    list(t('ui.briefing.redLines'), b.redLines),
    list(t('ui.packets.authorities'), b.authorities),
  );
}
