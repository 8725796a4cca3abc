import { defaults } from './catalog.ts';
import { parseJsonText, parseScenarioFile } from './parseScenarioFile.ts';
import { resolveScenario } from './resolveScenario.ts';
import { formatScenarioError } from './scenarioError.ts';
import type { ScenarioFile } from './schema.ts';
import { resolveTeamRoles } from './teamRoles.ts';

/**
 * Check an author's scenario file from its text, as `sim check` does: syntax, schema, names of
 * machine states, the roles within each team with the defaults' roles under them, then every
 * variant resolved. Every problem at once, one line each, never a throw.
 * `file` is how the messages name the file (already made printable by the caller).
 */
export function checkScenarioText(text: string, file: string): { ok: true; value: ScenarioFile } | { ok: false; problems: string[] } {
  const json = parseJsonText(text, file);
  const parsed = json.ok ? parseScenarioFile(json.value, file) : json;
  if (!parsed.ok) return { ok: false, problems: parsed.errors.map(formatScenarioError) };
  // Said once here, rather than once for every variant that resolves with them.
  const roles = resolveTeamRoles(defaults().teamRoles, parsed.value.teamRoles, file);
  if (!roles.ok) return { ok: false, problems: roles.errors.map(formatScenarioError) };
  const problems = parsed.value.variants.flatMap((v) => {
    const r = resolveScenario(defaults(), parsed.value, v.id);
    return typeof r === 'string' ? [`${file}: variant ${v.id}: ${r}`] : [];
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.value };
}
