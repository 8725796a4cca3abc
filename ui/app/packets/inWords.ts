// Scenario data in plain words for paper: an inject's condition and effects, a variant's changes.
// Pure functions of the scenario file: no DOM, so they are easy to test and to reuse (console, debrief).
import type { Role } from '../../../engine/index.ts';
import type { ScenarioFile } from '../../../scenarios/schema.ts';
import { ROLE_NAME, words } from '../narrate.ts';

type Inject = ScenarioFile['injects'][number];
export type FileCondition = Inject['when'];
type Effect = Inject['effects'][number];
type Variant = ScenarioFile['variants'][number];
type Legal = ScenarioFile['legal'];

/** Each track's regions, as the subject of a sentence, and each of their states, as its complement. */
export const TRACK_WORDS: Record<Role, Record<string, { subject: string; states: Record<string, string> }>> = {
  beijing: {
    coercion: {
      subject: "Beijing's coercion",
      states: {
        peacetimePressure: 'peacetime pressure', grayZone: 'gray-zone pressure', largeScaleExercise: 'a large-scale exercise',
        quarantine: 'a quarantine', blockade: 'a blockade', amphibiousInvasion: 'an amphibious invasion',
        ceasefire: 'a ceasefire', negotiatedSettlement: 'a negotiated settlement',
      },
    },
    missileStrikes: {
      subject: "Beijing's missile strikes",
      states: { none: 'none', onTaiwanOnly: 'on Taiwan only', alsoOnAlliedBases: 'on Taiwan and on allied bases' },
    },
  },
  taipei: {
    defence: {
      subject: "Taipei's defence posture",
      states: { normal: 'normal', heightenedReadiness: 'heightened readiness', mobilisation: 'mobilisation', fullResistance: 'full resistance' },
    },
    energy: { subject: "Taiwan's energy use", states: { normalSupply: 'normal', rationing: 'rationed' } },
    stance: {
      subject: "Taipei's stance",
      states: { standingFirm: 'standing firm', negotiating: 'negotiating', accommodation: 'accommodating Beijing' },
    },
  },
  tokyo: {
    determination: {
      subject: "Tokyo's legal determination",
      states: {
        normal: 'none', maritimeSecurityOperation: 'a maritime security operation',
        importantInfluenceSituation: 'an important influence situation',
        anticipatedArmedAttackSituation: 'an anticipated armed attack situation',
        survivalThreateningSituation: 'a survival-threatening situation', armedAttackSituation: 'an armed attack situation',
      },
    },
    dietApproval: {
      subject: 'before the Diet',
      states: {
        none: 'nothing', supportPlanPending: 'a support plan, not yet voted', supportPlanApproved: 'a support plan, approved',
        supportPlanRefused: 'a support plan, refused', defenceOperationPending: 'a defence operation, not yet voted',
        defenceOperationApproved: 'a defence operation, approved', exPostApprovalPending: 'a defence operation already ordered, awaiting approval after the fact',
        defenceOperationRefused: 'a defence operation, refused',
      },
    },
    sdfRole: {
      subject: "the Self-Defense Forces' role",
      states: { policeRole: 'a police role', rearAreaSupport: 'rear-area support to US forces', defenceOperation: 'a defence operation (use of force)' },
    },
    priorConsultation: {
      subject: "Tokyo's answer to prior consultation on US combat operations from Japan",
      states: { notRequested: 'not asked', requested: 'asked, not yet answered', consented: 'consent given', refused: 'consent refused' },
    },
    evacuation: {
      subject: 'the evacuation of Japanese nationals from Taiwan',
      states: { notOrdered: 'not ordered', underway: 'under way', completed: 'completed' },
    },
  },
  washington: {
    posture: {
      subject: "Washington's posture",
      states: {
        strategicAmbiguity: 'strategic ambiguity', warningsAndShowOfForce: 'warnings and a show of force',
        convoyEscort: 'escorting convoys', standingAside: 'standing aside', directIntervention: 'direct intervention',
      },
    },
    operatingFrom: { subject: 'US forces operate from', states: { guamAndAtSea: 'Guam and at sea', basesInJapan: 'bases in Japan' } },
    priorConsultation: {
      subject: "Washington's request for prior consultation with Tokyo",
      states: { notSought: 'not made', sought: 'made', soughtAgain: 'made again after a refusal' },
    },
    mainlandStrikes: { subject: 'US strikes on the Chinese mainland', states: { notAuthorised: 'not authorised', authorised: 'authorised' } },
  },
};

export const INDICATOR_WORDS: Record<string, string> = {
  lngDays: 'LNG in storage (days)',
  coalDays: 'coal in storage (days)',
  oilDays: 'oil in storage (days)',
  electricityPct: 'electricity supplied (% of demand)',
  shippingPct: 'shipping reaching Taiwan (% of normal)',
  energyShippingPct: 'energy cargoes reaching Taiwan (% of normal)',
  inboundShipsSent: 'ships sent to Taiwan',
  inboundShipsLost: 'ships bound for Taiwan lost',
  turnsShippingRestored: 'turns with shipping restored',
  taiwanTerritoryHeldPct: 'share of Taiwan held by the PLA (%)',
  escalation: 'escalation (0 to 10)',
  japanPublicSupport: "Japanese public support for the government's line (%)",
  dietSupport: 'support in the Diet (%)',
  allianceCredibility: 'US-Japan alliance credibility (0 to 100)',
};

export const FORCE_WORDS: Record<string, string> = {
  amphibiousFleetPct: 'PLA amphibious fleet afloat (% of its start)',
  plaAshore: 'PLA strength ashore',
  plaSupplyPct: 'PLA supply ashore (% of need)',
  taiwanGroundStrength: "Taiwan's ground strength",
  usStrikeCapacityPct: 'US strike capacity (%)',
  alliedBasesDamagePct: 'damage to allied bases (%)',
};

export const FLAG_WORDS: Record<string, string> = {
  usForcesAttacked: 'US forces have been attacked',
  japanAttacked: 'Japan has been attacked',
  taiwanAttacked: 'Taiwan has been attacked',
  invasionLaunched: 'an invasion has been launched',
  nuclearUse: 'nuclear weapons have been used',
  generalWar: 'general war has broken out',
};

const OP_WORDS: Record<string, string> = { '<': 'below', '<=': 'at or below', '>': 'above', '>=': 'at or above' };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const oneOf = (xs: string[], joiner = 'or') => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} ${joiner} ${xs[xs.length - 1]}` : (xs[0] ?? ''));
/** Parts of a compound condition, which may hold lists of their own: "A; B; and C". */
const joined = (xs: string[], joiner: 'and' | 'or') => (xs.length > 1 ? `${xs.slice(0, -1).join('; ')}; ${joiner} ${xs[xs.length - 1]}` : (xs[0] ?? ''));
/** "usConvoyGain" -> "US convoy gain". */
const named = (id: string) => words(id).replace(/\bus\b/g, 'US').replace(/\bpla\b/g, 'PLA').replace(/\bprc\b/g, 'PRC').replace(/\bsdf\b/g, 'SDF').replace(/\bpct\b/g, '(%)')
  .replace(/\b(japan|taiwan|china|guam)\b/g, (w) => w.charAt(0).toUpperCase() + w.slice(1));
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');

/** A track's region and state in words, falling back to the ids spelt out. */
export function stateWords(role: Role, region: string, state: string): string {
  return TRACK_WORDS[role]?.[region]?.states[state] ?? named(state);
}

/** What must hold for an inject to come up, e.g. "Beijing's coercion: a blockade, and from turn 3 on". */
export function conditionInWords(c: FileCondition): string {
  if ('all' in c) return c.all.length ? joined(c.all.map(part), 'and') : 'always';
  if ('any' in c) return c.any.length ? joined(c.any.map(part), 'or') : 'never';
  if ('not' in c) return `not (${conditionInWords(c.not)})`;
  if ('track' in c) {
    // The schema admits only the four roles here (z.enum(ROLES)); its declared input type says string.
    const role = c.track as Role;
    const region = TRACK_WORDS[role]?.[c.region];
    return `${region?.subject ?? `${ROLE_NAME[role] ?? c.track}'s ${named(c.region)}`}: ${oneOf(c.in.map((s) => stateWords(role, c.region, s)))}`;
  }
  if ('indicator' in c) return `${INDICATOR_WORDS[c.indicator] ?? named(c.indicator)} ${OP_WORDS[c.op] ?? c.op} ${c.value}`;
  if ('force' in c) return `${FORCE_WORDS[c.force] ?? named(c.force)} ${OP_WORDS[c.op] ?? c.op} ${c.value}`;
  if ('flag' in c) return FLAG_WORDS[c.flag] ?? named(c.flag);
  if ('portSeized' in c) return c.portSeized ? 'the PLA holds a working port' : 'the PLA holds no working port';
  // The engine counts turns from 0; people count from 1.
  return c.turnAtLeast === 0 ? 'from the first turn' : `from turn ${c.turnAtLeast + 1} on`;
}

/** A part of a compound condition: nested compounds in brackets so the reading stays unambiguous. */
function part(c: FileCondition): string {
  const text = conditionInWords(c);
  return ('all' in c || 'any' in c) && (('all' in c ? c.all : c.any).length > 1) ? `(${text})` : text;
}

export function effectInWords(e: Effect): string {
  if ('indicator' in e) return `${capital(INDICATOR_WORDS[e.indicator] ?? named(e.indicator))} ${signed(e.add)}`;
  if ('force' in e) return `${capital(FORCE_WORDS[e.force] ?? named(e.force))} ${signed(e.add)}`;
  return capital(FLAG_WORDS[e.raiseFlag] ?? named(e.raiseFlag));
}

/** How often an inject comes up, e.g. "50% chance each turn its condition holds; at most once". */
export function chanceInWords(i: Inject): string {
  const pct = Math.round(i.probability * 100);
  const when = pct >= 100 ? 'Certain, the first turn its condition holds' : `${pct}% chance each turn its condition holds`;
  return `${when}; ${i.once ? 'at most once a game' : 'can come up again'}.`;
}

/** The scenario's legal reading, one sentence per rule the variants can change. */
export function legalInWords(legal: Legal, turnDays: number): string[] {
  const day = legal.usInterventionFromDay;
  return [
    legal.taiwanAttackCanQualify
      ? 'An armed attack on Taiwan alone can ground a survival-threatening situation for Japan.'
      : 'An armed attack on Taiwan alone does not ground a survival-threatening situation for Japan: an attack on US forces or on Japan is needed.',
    legal.invasionFeasible
      ? 'Beijing has the lift and the time to mobilise for an invasion.'
      : 'Beijing lacks the lift or the time to mobilise for an invasion in this game.',
    day === null ? 'Washington may never intervene directly.'
      : day === 0 ? 'Washington may intervene directly from the start.'
      // The first turn that starts on or after that day, counted from 1 as people count.
      : `Washington may intervene directly from day ${day} (turn ${Math.ceil(day / turnDays) + 1}).`,
    legal.japanMayConsentToBases
      ? 'Tokyo may consent to US combat operations from bases in Japan.'
      : 'Tokyo may not consent to US combat operations from bases in Japan.',
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
    const keys: (keyof Legal)[] = ['taiwanAttackCanQualify', 'invasionFeasible', 'usInterventionFromDay', 'japanMayConsentToBases'];
    keys.forEach((k, i) => {
      if (k in o.legal! && o.legal![k] !== file.legal[k]) out.push(all[i]!);
    });
  }
  if (o.horizonTurns !== undefined) out.push(`The game lasts up to ${o.horizonTurns} turns (instead of ${file.horizonTurns}).`);
  for (const [role, regions] of Object.entries(o.start?.tracks ?? {}) as [Role, Record<string, string> | undefined][]) {
    for (const [region, state] of Object.entries(regions ?? {})) {
      const subject = TRACK_WORDS[role][region]?.subject ?? `${ROLE_NAME[role]}'s ${named(region)}`;
      out.push(`At the start, ${subject}: ${stateWords(role, region, state)}.`);
    }
  }
  for (const [k, v] of Object.entries(o.start?.indicators ?? {})) {
    const was = (file.start.indicators as Record<string, number>)[k];
    out.push(`At the start, ${INDICATOR_WORDS[k] ?? named(k)}: ${v}${was === undefined ? '' : ` (instead of ${was})`}.`);
  }
  for (const [k, v] of Object.entries(o.start?.forces ?? {})) {
    const was = (file.start.forces as Record<string, number>)[k];
    out.push(`At the start, ${FORCE_WORDS[k] ?? named(k)}: ${v}${was === undefined ? '' : ` (instead of ${was})`}.`);
  }
  for (const [path, v] of leaves(o.params ?? {})) {
    if (!path.length) continue;
    const was = at(baseParams, path);
    out.push(`Model parameter ${path.map(named).join(' \u203a ')}: ${String(v)}${typeof was === 'number' ? ` (instead of ${was})` : ''}.`);
  }
  return out;
}
