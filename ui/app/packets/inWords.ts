// Scenario data in plain words for paper: an inject's condition and effects, a variant's changes.
// Pure functions of the scenario file: no DOM, so they are easy to test and to reuse (console, debrief).
import type { Economy, Outcome, Role, Side } from '../../../engine/index.ts';
import type { ScenarioFile } from '../../../scenarios/schema.ts';
import { economyName, flagFact, forceName, indicatorName, listText, num, outcomePhrase, parameterName, regionName, sideName, stateName, t } from '../../../scenarios/words/words.ts';

type Inject = ScenarioFile['injects'][number];
export type FileCondition = Inject['when'];
type Effect = Inject['effects'][number];
type Variant = ScenarioFile['variants'][number];
type Legal = ScenarioFile['legal'];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Parts of a compound condition, which may hold lists of their own: "A; B; and C". */
// One message for the whole list, so each language sets its own separators (; in English, 、 and ； in ja and zh-TW).
const joined = (xs: string[], joiner: 'and' | 'or') =>
  (xs.length > 1 ? t('packet.joined', { items: xs.slice(0, -1).join(t('packet.itemSep')), joiner: t(`packet.${joiner}`), last: xs[xs.length - 1]! }) : (xs[0] ?? ''));
const OP: Record<string, string> = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };
const signed = (n: number) => (n > 0 ? `+${num(n)}` : n < 0 ? `\u2212${num(-n)}` : '0');
// Lower-case a name's first letter inside a sentence, but not an acronym's ("LNG in storage") or a proper name's ("Taiwan's ground strength").
const lower = (s: string) => (/^(?:[A-Z]{2}|Taiwan|Japan|China|Chinese|Beijing|Taipei|Tokyo|Washington)/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** A track's region and state in words. */
export function stateWords(role: Role, region: string, state: string): string {
  return stateName(role, region, state);
}

/** What must hold for an inject to come up, e.g. "Beijing's coercion: a blockade; and from turn 3 on". */
export function conditionInWords(c: FileCondition): string {
  if ('all' in c) return c.all.length ? joined(c.all.map(part), 'and') : t('packet.always');
  if ('any' in c) return c.any.length ? joined(c.any.map(part), 'or') : t('packet.never');
  if ('not' in c) return t('packet.not', { condition: conditionInWords(c.not) });
  if ('track' in c) {
    // The schema admits only the four roles here (z.enum(ROLES)); its declared input type says string.
    const role = c.track as Role;
    return t('packet.trackIn', { region: regionName(role, c.region), states: listText(c.in.map((x) => stateName(role, c.region, x)), 'or') });
  }
  if ('indicator' in c) return t('packet.compare', { name: lower(indicatorName(c.indicator)), op: OP[c.op], value: c.value });
  if ('force' in c) return t('packet.compare', { name: lower(forceName(c.force)), op: OP[c.op], value: c.value });
  if ('flag' in c) return flagFact(c.flag);
  if ('portSeized' in c) return t(c.portSeized ? 'packet.portSeized' : 'packet.noPort');
  if ('outcome' in c) return t('packet.outcomeIn', { outcomes: listText(c.outcome.map((o) => outcomePhrase(o as Outcome)), 'or') });
  if ('losses' in c) return t('packet.losses', { kind: c.losses, side: sideName(c.side as Side), op: OP[c.op], value: c.value });
  if ('gdp' in c) return t('packet.gdp', { economy: economyName(c.gdp as Economy), op: OP[c.op], value: c.value });
  // The engine counts turns from 0; people count from 1.
  return c.turnAtLeast === 0 ? t('packet.fromFirstTurn') : t('packet.fromTurn', { turn: c.turnAtLeast + 1 });
}

/** A part of a compound condition: nested compounds in brackets so the reading stays unambiguous. */
function part(c: FileCondition): string {
  const text = conditionInWords(c);
  return ('all' in c || 'any' in c) && (('all' in c ? c.all : c.any).length > 1) ? `(${text})` : text;
}

export function effectInWords(e: Effect): string {
  if ('indicator' in e) return `${indicatorName(e.indicator)} ${signed(e.add)}`;
  if ('force' in e) return `${forceName(e.force)} ${signed(e.add)}`;
  return capital(flagFact(e.raiseFlag));
}

/** How often an inject comes up, e.g. "50% chance each turn its condition holds; at most once". */
export function chanceInWords(i: Inject): string {
  const pct = Math.round(i.probability * 100);
  return t('packet.chance', { certain: pct >= 100, pct, once: i.once });
}

/** The scenario's legal reading, one sentence per rule the variants can change. */
export function legalInWords(legal: Legal, turnDays: number): string[] {
  const day = legal.usInterventionFromDay;
  return [
    t(legal.taiwanAttackCanQualify ? 'packet.legal.taiwanQualifies' : 'packet.legal.taiwanDoesNotQualify'),
    t(legal.invasionFeasible ? 'packet.legal.invasionFeasible' : 'packet.legal.invasionInfeasible'),
    day === null ? t('packet.legal.neverIntervene')
      : day === 0 ? t('packet.legal.interveneFromStart')
      // The first turn that starts on or after that day, counted from 1 as people count.
      : t('packet.legal.interveneFromDay', { day, turn: Math.ceil(day / turnDays) + 1 }),
    t(legal.japanMayConsentToBases ? 'packet.legal.mayConsent' : 'packet.legal.mayNotConsent'),
    t(legal.japanMayDefendOthers ? 'packet.legal.mayDefendOthers' : 'packet.legal.mayNotDefendOthers'),
    t(legal.sdfMayStrikeAttackingForces ? 'packet.legal.mayStrikeAttackingForces' : 'packet.legal.defensiveOnly'),
  ];
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function leaves(v: unknown, path: string[] = []): [string[], unknown][] {
  if (!isPlain(v)) return [[path, v]];
  return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
}

function at(v: unknown, path: string[]): unknown {
  let x = v;
  for (const k of path) x = isPlain(x) ? x[k] : undefined;
  return x;
}

/**
 * What a variant changes, one sentence per change. `baseParams` are the parameters the scenario runs
 * with before any variant (the defaults under the scenario's own), to say what a change replaces.
 */
export function variantChangesInWords(file: ScenarioFile, variant: Variant, baseParams: unknown): string[] {
  const o = variant.overrides;
  const out: string[] = [];
  if (o.legal) {
    const all = legalInWords({ ...file.legal, ...o.legal }, file.turnDays);
    const keys: (keyof Legal)[] = ['taiwanAttackCanQualify', 'invasionFeasible', 'usInterventionFromDay', 'japanMayConsentToBases', 'japanMayDefendOthers', 'sdfMayStrikeAttackingForces'];
    keys.forEach((k, i) => {
      if (k in o.legal! && o.legal![k] !== file.legal[k]) out.push(all[i]!);
    });
  }
  if (o.horizonTurns !== undefined) out.push(t('packet.variant.horizon', { turns: o.horizonTurns, was: file.horizonTurns }));
  for (const [role, regions] of Object.entries(o.start?.tracks ?? {}) as [Role, Record<string, string> | undefined][]) {
    for (const [region, state] of Object.entries(regions ?? {})) {
      out.push(t('packet.variant.startState', { name: lower(regionName(role, region)), state: stateName(role, region, state) }));
    }
  }
  const startChange = (name: string, v: unknown, was: number | undefined) =>
    t('packet.variant.startNumber', { name: lower(name), value: String(v), was: was ?? null, hasWas: was !== undefined });
  for (const [k, v] of Object.entries(o.start?.indicators ?? {})) out.push(startChange(indicatorName(k), v, (file.start.indicators as Record<string, number>)[k]));
  for (const [k, v] of Object.entries(o.start?.forces ?? {})) out.push(startChange(forceName(k), v, (file.start.forces as Record<string, number>)[k]));
  for (const [path, v] of leaves(o.params ?? {})) {
    if (!path.length) continue;
    const was = at(baseParams, path);
    out.push(t('packet.variant.parameter', { name: parameterName(path.join('.')), value: String(v), was: typeof was === 'number' ? was : null, hasWas: typeof was === 'number' }));
  }
  return out;
}
