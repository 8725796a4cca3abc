// The roles within each team (issue 12): the defaults' roles, with a scenario's changes laid over
// them, checked as whole teams. The schema checks each role's shape and text; here the rules that
// need the whole team: three to five roles, exactly one lead, no two with the same title.
import { ROLES, type Role, type TeamRole } from '../engine/index.ts';
import { preview, type ScenarioError } from './scenarioError.ts';
import { TEAM_ROLES, type TeamRoleFile, type TeamRolesFile, type TeamRolesOverride } from './schema.ts';

export type TeamRoles = Record<Role, TeamRole[]>;
type Checked = { ok: true; value: TeamRoles } | { ok: false; errors: ScenarioError[] };

const ids = (roles: { id: string }[]) => roles.map((r) => r.id).join(', ');

/** What is wrong with one team's roles taken together; `whose` says where they came from, for the message. */
export function teamProblems(file: string, role: Role, roles: TeamRole[], whose = ''): ScenarioError[] {
  const at = `teamRoles.${role}`;
  const team = `the ${role} team`;
  const errors: ScenarioError[] = [];
  if (roles.length < TEAM_ROLES.min || roles.length > TEAM_ROLES.max) {
    errors.push({ file, path: at, expected: `${TEAM_ROLES.min} to ${TEAM_ROLES.max} roles in ${team}${whose}`, found: `${roles.length}${roles.length ? `: ${ids(roles)}` : ''}` });
  }
  const leads = roles.filter((r) => r.lead);
  if (leads.length !== 1) {
    errors.push({
      file, path: at,
      expected: `exactly one role in ${team} with "lead": true (the role that locks the team's decision)${whose}`,
      found: leads.length ? `${leads.length} leads: ${ids(leads)}` : 'no lead',
    });
  }
  const titled = new Map<string, string>();
  for (const r of roles) {
    const key = r.title.trim().toLowerCase();
    const first = titled.get(key);
    if (first !== undefined) errors.push({ file, path: `${at}.${r.id}.title`, expected: `a title no other role in ${team} has${whose}`, found: `${preview(r.title)}, the title of ${first} too` });
    else titled.set(key, r.id);
  }
  return errors;
}

const asRole = (id: string, r: TeamRoleFile): TeamRole => ({ id, title: r.title, lead: r.lead === true, brief: r.brief, question: r.question });

/** The defaults' roles, each team checked as a whole. */
export function checkDefaultTeamRoles(defaults: TeamRolesFile, file: string): Checked {
  const value = Object.fromEntries(ROLES.map((r) => [r, Object.entries(defaults[r]).map(([id, x]) => asRole(id, x))])) as TeamRoles;
  const errors = ROLES.flatMap((r) => teamProblems(file, r, value[r]));
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/**
 * A scenario's roles: the defaults' roles in their order, with the scenario's changes laid over them
 * (named fields replace the defaults' fields; a new id adds a role at the end of its team; null leaves
 * a role out), then every team checked as a whole; null for `changes` means no roles in any team.
 * `file` is how messages name the scenario file.
 */
export function resolveTeamRoles(defaults: TeamRolesFile, changes: TeamRolesOverride | null | undefined, file: string): Checked {
  // Roles are optional per scenario: null leaves every team without them.
  if (changes === null) return { ok: true, value: Object.fromEntries(ROLES.map((r) => [r, []])) as unknown as TeamRoles };
  const errors: ScenarioError[] = [];
  const value = {} as TeamRoles;
  for (const role of ROLES) {
    // A Map, not an object: ids come from the file, and none of them may reach a prototype.
    const team = new Map<string, Partial<TeamRoleFile>>(Object.entries(defaults[role]));
    const known = [...team.keys()].join(', ');
    const own = changes?.[role];
    for (const [id, change] of Object.entries(own ?? {})) {
      const at = `teamRoles.${role}.${id}`;
      const base = team.get(id);
      if (change === null) {
        if (base) team.delete(id);
        else errors.push({ file, path: at, expected: `null only for a role of the defaults, to leave it out (the ${role} team's are: ${known})`, found: 'null' });
      } else if (base) {
        team.set(id, { ...base, ...change });
      } else {
        const missing = (['title', 'brief', 'question'] as const).filter((k) => change[k] === undefined);
        if (missing.length) {
          errors.push({ file, path: at, expected: `a new role with a title, a brief and a question, or the id of a role of the defaults (the ${role} team's are: ${known})`, found: `no ${missing.join(', no ')}` });
        }
        team.set(id, change);
      }
    }
    value[role] = [...team].filter(([, r]) => r.title !== undefined && r.brief !== undefined && r.question !== undefined).map(([id, r]) => asRole(id, r as TeamRoleFile));
    // A team the file leaves alone is the defaults', already checked.
    if (own) errors.push(...teamProblems(file, role, value[role], ", counting the defaults' roles with this file's changes"));
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}
