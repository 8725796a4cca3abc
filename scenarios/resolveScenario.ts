import { hashValue } from '../engine/hash.ts';
import { quoted } from '../engine/printable.ts';
import type { Objective, Scenario } from '../engine/scenario.ts';
import { ROLES } from '../engine/types.ts';
import { formatScenarioError } from './scenarioError.ts';
import type { DefaultsFile, ScenarioFile } from './schema.ts';
import { resolveTeamRoles } from './teamRoles.ts';

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Overlay `over` on `base`, key by key at every depth; arrays and values replace. */
export function overlay<T>(base: T, over: unknown): T {
  if (!isPlain(base) || !isPlain(over)) return (over === undefined ? base : over) as T;
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = v === undefined ? out[k] : overlay(out[k], v);
  return out as T;
}

function withoutTeamRoles<T extends { teamRoles?: unknown }>(x: T): Omit<T, 'teamRoles'> {
  const { teamRoles: _, ...rest } = x;
  return rest;
}

/** The file as it plays: without the roles within the teams, and without the measures that judge a game once played. */
function asPlayed(file: ScenarioFile): unknown {
  const roles = Object.fromEntries(ROLES.map((r) => {
    const { measures: _, ...briefing } = file.roles[r];
    return [r, briefing];
  }));
  return { ...withoutTeamRoles(file), roles };
}

/** The scenario with the defaults under it and the variant over it: what the engine runs. */
export function resolveScenario(defaults: DefaultsFile, file: ScenarioFile, variantId?: string): Scenario | string {
  const variant = variantId === undefined ? file.variants[0]! : file.variants.find((v) => v.id === variantId);
  if (!variant) {
    return `scenario "${file.id}" has no variant ${quoted(variantId ?? '', 40)}; its variants are: ${file.variants.map((v) => v.id).join(', ')}`;
  }
  const o = variant.overrides;
  const teamRoles = resolveTeamRoles(defaults.teamRoles, file.teamRoles, `scenario ${quoted(file.id, 64)}`);
  if (!teamRoles.ok) return teamRoles.errors.map(formatScenarioError).join('; ');
  const params = overlay(overlay(defaults.params, file.params), o.params);
  return {
    id: file.id,
    version: file.version,
    // The roles within the teams are teaching text the engine never reads, and the objectives' measures judge
    // a game without changing how a recorded one plays (a strategist's choices are recorded as commands):
    // changing either cannot make a replay play differently, so they stay out of the hash that warns it changed.
    contentHash: hashValue({ defaults: withoutTeamRoles(defaults), file: asPlayed(file) }),
    variant: variant.id,
    title: file.title,
    year: file.year,
    turnDays: file.turnDays,
    horizonTurns: o.horizonTurns ?? file.horizonTurns,
    checkpointDays: file.checkpointDays ?? null,
    legal: { ...file.legal, ...o.legal },
    start: {
      tracks: overlay(file.start.tracks, o.start?.tracks),
      indicators: { ...file.start.indicators, ...o.start?.indicators },
      forces: { ...file.start.forces, ...o.start?.forces },
    },
    params,
    injects: file.injects as Scenario['injects'],
    endConditions: (file.endConditions ?? defaults.endConditions) as Scenario['endConditions'],
    horizonOutcomes: (file.horizonOutcomes ?? defaults.horizonOutcomes) as Scenario['horizonOutcomes'],
    bots: file.bots,
    terms: (file.terms ?? defaults.terms) as Scenario['terms'],
    teamRoles: teamRoles.value,
    objectives: Object.fromEntries(ROLES.map((r) => [r, file.roles[r].objectives.map((text, i) => ({ text, ...file.roles[r].measures[i]! }) as Objective)])) as Scenario['objectives'],
  };
}
