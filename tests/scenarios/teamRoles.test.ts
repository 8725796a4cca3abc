// The roles within each team (issue 12): three to five per team, one lead who locks the team's
// decision, each with a brief grounded in the sources and a question to argue. The defaults give every
// scenario its roles; a scenario changes, adds or leaves out roles, or has none at all.
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../engine/index.ts';
import { citationOf, defaults, loadScenario, scenarioFiles } from '../../scenarios/catalog.ts';
import { checkScenarioText } from '../../scenarios/checkScenarioText.ts';
import { parseDefaultsFile, parseScenarioFile } from '../../scenarios/parseScenarioFile.ts';
import { resolveScenario } from '../../scenarios/resolveScenario.ts';
import { formatScenarioError } from '../../scenarios/scenarioError.ts';
import { resolveTeamRoles } from '../../scenarios/teamRoles.ts';
import { leadRoleText } from '../../scenarios/words/words.ts';
import blockade from '../../scenarios/blockade.json';
import defaultsJson from '../../scenarios/defaults.json';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A blockade file with these role changes, checked as `sim check` checks an author's file. */
function check(teamRoles: unknown): { ok: true } | { ok: false; problems: string[] } {
  const file = clone(blockade) as Loose;
  file.teamRoles = teamRoles;
  return checkScenarioText(JSON.stringify(file), 'mine.json');
}
const problemsOf = (teamRoles: unknown) => {
  const r = check(teamRoles);
  return r.ok ? [] : r.problems;
};

describe('roles within a team', () => {
  it('gives every team of every shipped scenario three to five roles, exactly one of them the lead, in official titles', () => {
    for (const f of scenarioFiles()) {
      for (const v of f.variants) {
        const s = loadScenario(f.id, v.id);
        if (typeof s === 'string') throw new Error(s);
        for (const role of ROLES) {
          const roles = s.teamRoles[role];
          expect(roles.length, `${f.id}/${v.id} ${role}`).toBeGreaterThanOrEqual(3);
          expect(roles.length, `${f.id}/${v.id} ${role}`).toBeLessThanOrEqual(5);
          expect(roles.filter((r) => r.lead), `${f.id}/${v.id} ${role}`).toHaveLength(1);
        }
      }
    }
    const titles = (role: (typeof ROLES)[number]) => (loadScenario('blockade') as Exclude<ReturnType<typeof loadScenario>, string>).teamRoles[role].map((r) => r.title);
    expect(titles('tokyo')).toEqual(expect.arrayContaining(['Prime Minister', 'Minister of Defense', 'Minister for Foreign Affairs']));
    expect(titles('washington')).toEqual(expect.arrayContaining(['President', 'Secretary of Defense', 'Secretary of State', 'Senator']));
    expect(titles('beijing')).toEqual(expect.arrayContaining(['General Secretary and Chairman of the Central Military Commission', 'Director of the Taiwan Affairs Office', 'Minister of Foreign Affairs']));
    expect(titles('taipei')).toEqual(expect.arrayContaining(['President', 'Minister of National Defense', 'Minister of the Mainland Affairs Council', 'Chair of the Kuomintang (KMT), the largest opposition party']));
  });

  it('grounds every brief in cited sources that resolve, and ends every question with a question mark', () => {
    const briefs = scenarioFiles().flatMap((f) => {
      const s = loadScenario(f.id);
      if (typeof s === 'string') throw new Error(s);
      return ROLES.flatMap((role) => s.teamRoles[role].map((r) => ({ at: `${f.id} ${role} ${r.id}`, ...r })));
    });
    expect(briefs.length).toBeGreaterThan(40);
    for (const r of briefs) {
      expect(r.question, r.at).toMatch(/\?$/);
      expect(r.brief, r.at).not.toMatch(/\n/);
      // Each brief cites the fact sheet, and every tag it cites is a known source.
      expect(r.brief, r.at).toMatch(/domain-facts \d/);
      const tags = [...r.brief.matchAll(/\(([^()]*)\)/g)].flatMap((m) => m[1]!.split(/[,;]\s*/)).map((x) => x.trim()).filter((x) => /^[A-Z0-9][A-Z0-9-]+$/.test(x));
      expect(tags.length, r.at).toBeGreaterThan(0);
      for (const tag of tags) expect(citationOf(tag), `${r.at}: ${tag}`).not.toBeNull();
    }
  });

  it('lays a scenario\'s changes over the defaults: new questions, roles added and roles left out', () => {
    const base = loadScenario('blockade');
    const sw = loadScenario('southwest-islands');
    if (typeof base === 'string' || typeof sw === 'string') throw new Error('no scenario');
    const ids = sw.teamRoles.tokyo.map((r) => r.id);
    expect(ids).toEqual(['prime-minister', 'defense-minister', 'foreign-minister', 'coast-guard-commandant', 'okinawa-governor']);
    expect(sw.teamRoles.tokyo[0]!.brief).toBe(base.teamRoles.tokyo[0]!.brief);
    expect(sw.teamRoles.tokyo[0]!.question).not.toBe(base.teamRoles.tokyo[0]!.question);
    expect(sw.teamRoles.tokyo[0]!.question).toMatch(/Uotsuri-jima/);
    expect(sw.teamRoles.taipei).toEqual(base.teamRoles.taipei);
  });

  it('names the lead on the team\'s decision panel, and nothing where a scenario has no roles', () => {
    const s = loadScenario('blockade');
    if (typeof s === 'string') throw new Error(s);
    expect(leadRoleText(s, 'tokyo')).toBe("The Prime Minister locks the team's decision.");
    expect(leadRoleText(s, 'washington')).toBe("The President locks the team's decision.");
    expect(leadRoleText(s, 'beijing')).toBe("The General Secretary and Chairman of the Central Military Commission locks the team's decision.");
    const none = clone(blockade) as Loose;
    none.teamRoles = null;
    const parsed = parseScenarioFile(none, 'none.json');
    if (!parsed.ok) throw new Error(parsed.errors.map(formatScenarioError).join('\n'));
    const resolved = resolveScenario(defaults(), parsed.value);
    if (typeof resolved === 'string') throw new Error(resolved);
    for (const role of ROLES) {
      expect(resolved.teamRoles[role]).toEqual([]);
      expect(leadRoleText(resolved, role)).toBeNull();
    }
    // Teaching text the engine never reads: a replay recorded with other roles (or none) still matches its scenario.
    expect(resolved.contentHash).toBe(s.contentHash);
  });

  it('accepts a scenario that adds a role, renames one and leaves one out, within three to five', () => {
    expect(check({
      washington: {
        senator: null,
        representative: { title: 'Member of the House Armed Services Committee', brief: 'A brief (TRA: CL-TRA, domain-facts 4.6).', question: 'Do we fund it?' },
        'secretary-of-state': { title: 'Secretary of State (acting)' },
      },
    })).toEqual(expect.objectContaining({ ok: true }));
  });

  it('says where and what is wrong with a team: too few or too many roles, no lead or two, the same title twice', () => {
    const few = problemsOf({ tokyo: { 'coalition-partner': null, 'opposition-leader': null, 'foreign-minister': null } });
    expect(few).toHaveLength(1);
    expect(few[0]).toMatch(/^mine\.json: at teamRoles\.tokyo: expected 3 to 5 roles in the tokyo team, counting the defaults' roles with this file's changes, found 2: prime-minister, defense-minister$/);

    const many = problemsOf({ washington: { a: { title: 'A', brief: 'b', question: 'q?' }, b: { title: 'B', brief: 'b', question: 'q?' } } });
    expect(many.join('\n')).toMatch(/at teamRoles\.washington: expected 3 to 5 roles in the washington team.*found 6/);

    const noLead = problemsOf({ beijing: { 'general-secretary': { lead: false } } });
    expect(noLead.join('\n')).toMatch(/at teamRoles\.beijing: expected exactly one role in the beijing team with "lead": true \(the role that locks the team's decision\).*found no lead/);

    const twoLeads = problemsOf({ taipei: { 'mainland-affairs-council': { lead: true } } });
    expect(twoLeads.join('\n')).toMatch(/at teamRoles\.taipei: .*found 2 leads: president, mainland-affairs-council/);

    const sameTitle = problemsOf({ tokyo: { 'foreign-minister': { title: 'prime minister' } } });
    expect(sameTitle.join('\n')).toMatch(/at teamRoles\.tokyo\.foreign-minister\.title: expected a title no other role in the tokyo team has.*found "prime minister", the title of prime-minister too/);
  });

  it('says where and what is wrong with a role: its id, its fields, a question with no question mark, a new role with no brief, null for no role of the defaults', () => {
    const shape = problemsOf({ tokyo: { 'Prime Minister': { title: 'X' }, 'defense-minister': { question: 'Why', colour: 'red' } } });
    const text = shape.join('\n');
    expect(text).toMatch(/teamRoles\.tokyo.*a role id: a lower-case letter/);
    expect(text).toMatch(/at teamRoles\.tokyo\.defense-minister\.question: expected a question, ending with a question mark/);
    expect(text).toMatch(/teamRoles\.tokyo\.defense-minister.*colour/);

    const missing = problemsOf({ washington: { 'national-security-adviser': { title: 'Assistant to the President for National Security Affairs' } } });
    expect(missing.join('\n')).toMatch(/at teamRoles\.washington\.national-security-adviser: expected a new role with a title, a brief and a question, or the id of a role of the defaults \(the washington team's are: president, secretary-of-defense, secretary-of-state, senator\), found no brief, no question/);

    const unknown = problemsOf({ beijing: { 'premier': null } });
    expect(unknown.join('\n')).toMatch(/at teamRoles\.beijing\.premier: expected null only for a role of the defaults, to leave it out/);

    expect(problemsOf({ moscow: {} }).join('\n')).toMatch(/teamRoles.*moscow/);
    expect(problemsOf('all of them').join('\n')).toMatch(/at teamRoles: /);
  });

  it('checks the defaults\' own roles as whole teams', () => {
    const d = clone(defaultsJson) as Loose;
    d.teamRoles.washington.senator.lead = true;
    delete d.teamRoles.beijing['commerce-minister'];
    delete d.teamRoles.beijing['foreign-minister'];
    delete d.teamRoles.beijing['taiwan-affairs-office'];
    const r = parseDefaultsFile(d, 'scenarios/defaults.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.errors.map(formatScenarioError).join('\n');
    expect(text).toMatch(/scenarios\/defaults\.json: at teamRoles\.beijing: expected 3 to 5 roles in the beijing team, found 2/);
    expect(text).toMatch(/scenarios\/defaults\.json: at teamRoles\.washington: .*found 2 leads: president, senator/);
    const noTeam = clone(defaultsJson) as Loose;
    delete noTeam.teamRoles.taipei;
    const r2 = parseDefaultsFile(noTeam, 'scenarios/defaults.json');
    expect(r2.ok).toBe(false);
  });

  it('keeps role ids off the prototype: "__proto__" is a bad id, never a way in', () => {
    const r = resolveTeamRoles(defaults().teamRoles, JSON.parse('{"tokyo":{"__proto__":{"title":"x","brief":"b","question":"q?"}}}'), 'x.json');
    // Reached directly (bypassing the reader and the schema), the id is an ordinary key of a Map: a sixth role, never a prototype.
    expect(({} as Loose).title).toBeUndefined();
    expect(r.ok).toBe(false);
    // In a file, the reader turns the key away before the schema sees it.
    expect(problemsOf(JSON.parse('{"tokyo":{"__proto__":{"title":"x"}}}')).join('\n')).toMatch(/no key named "__proto__"/);
  });
});
