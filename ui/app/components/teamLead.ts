import type { Role, Scenario } from '../../../engine/index.ts';
import { leadRoleText } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';

/**
 * On a team's decision panel, above the button that locks the choice in: which role within the team
 * locks its decision ("The Prime Minister locks the team's decision."), as the team's packet says.
 * Nothing where the scenario has no roles within its teams.
 */
export function leadNote(scenario: Pick<Scenario, 'teamRoles'>, role: Role): HTMLElement | null {
  const text = leadRoleText(scenario, role);
  return text ? h('p', { class: 'team-lead' }, text) : null;
}
