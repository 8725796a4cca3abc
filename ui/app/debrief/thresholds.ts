import type { Actor, Facts, GameEvent, Role } from '../../../engine/index.ts';
import { options } from '../../../scenarios/catalog.ts';
import { ROLE_NAME } from '../narrate.ts';
import type { Session } from '../session.ts';
import { dayOfTurn } from './states.ts';
import { whoText } from './timeline.ts';

// The legal thresholds a game crossed, when and why, read off its events: decisions carry the facts
// the rules saw when they were taken, so "why then" is the facts that opened the option.

export type ThresholdKind =
  | 'determination'
  | 'diet'
  | 'emergency'
  | 'force'
  | 'consultation'
  | 'bases'
  | 'blockade'
  | 'useOfForce'
  | 'attackOnJapan'
  | 'usForcesAttacked'
  | 'intervention'
  | 'war';

export interface Threshold {
  turn: number;
  day: number;
  kind: ThresholdKind;
  title: string;
  /** Who crossed it: a role and who played it, the Diet, or events. */
  who: string;
  /** The facts that opened it, in plain words. */
  why: string[];
  /** The legal basis from the teaching material (scenarios/options.json), where there is one. */
  legalBasis: string | null;
}

const COERCION_TEXT: Record<string, string> = {
  peacetimePressure: 'peacetime pressure',
  grayZone: 'gray-zone pressure',
  largeScaleExercise: 'a large-scale exercise',
  quarantine: 'a quarantine ("enhanced customs inspections")',
  blockade: 'a declared blockade',
  amphibiousInvasion: 'an amphibious invasion',
  ceasefire: 'a ceasefire',
  negotiatedSettlement: 'a settlement',
};

const DETERMINATION_TEXT: Record<string, string> = {
  orderMaritimeSecurityOperation: 'maritime security operation',
  determineImportantInfluenceSituation: 'important influence situation',
  determineAnticipatedArmedAttackSituation: 'anticipated armed attack situation',
  determineSurvivalThreateningSituation: 'survival-threatening situation',
  determineArmedAttackSituation: 'armed attack situation',
};

const coercion = (f: Facts) => `Beijing's pressure stood at ${COERCION_TEXT[f.prcCoercion] ?? f.prcCoercion}`;

/** The attacks the facts record: what makes force lawful or an emergency. */
function attacks(f: Facts): string[] {
  const out: string[] = [];
  if (f.usForcesAttacked) out.push('US forces had been attacked');
  if (f.japanAttacked) out.push('Japan had been attacked');
  return out;
}

function taiwanUnderAttack(f: Facts): string[] {
  if (!f.taiwanUnderArmedAttack) return [];
  const how = f.prcStrikes !== 'none' ? 'missile strikes' : f.prcCoercionRung >= 5 ? 'an invasion' : 'a declared blockade';
  return [`Taiwan was under armed attack (${how})`];
}

/** Why an option was open when it was taken: the facts its guard reads. */
export function factsThatOpened(role: Role, decision: string, f: Facts): string[] {
  switch (`${role}:${decision}`) {
    case 'tokyo:orderMaritimeSecurityOperation':
    case 'tokyo:determineImportantInfluenceSituation':
      return [coercion(f)];
    case 'tokyo:determineAnticipatedArmedAttackSituation': {
      const out = attacks(f).filter((x) => x.startsWith('Japan'));
      if (f.prcStrikes === 'alsoOnAlliedBases') out.push('PLA missiles were striking bases in Japan');
      if (f.prcCoercionRung >= 4) out.push(`${coercion(f)}, next door to Japan`);
      return out;
    }
    case 'tokyo:determineSurvivalThreateningSituation': {
      const out = attacks(f);
      if (f.taiwanUnderArmedAttack && f.taiwanAttackCanQualify) {
        out.push(...taiwanUnderAttack(f).map((x) => `${x}, which this scenario reads as enough on its own`));
      }
      return out;
    }
    case 'tokyo:determineArmedAttackSituation':
      return ['Japan had been attacked'];
    case 'tokyo:orderDefenceOperationInEmergency': {
      const who = [f.usForcesAttacked ? 'US forces' : '', f.japanAttacked ? 'Japan' : ''].filter(Boolean).join(' and ');
      return who ? [`An emergency: ${who} had been attacked, so force may come before the Diet's vote`] : [];
    }
    case 'tokyo:consentToCombatOperations':
    case 'tokyo:refuseCombatOperations':
      return ['Washington had asked for prior consultation on combat operations from bases in Japan'];
    case 'washington:operateFromBasesInJapan': {
      const out: string[] = [];
      if (f.tokyoConsentedToCombatOperations) out.push('Tokyo had consented after prior consultation');
      if (f.japanAttacked) out.push('Japan had been attacked: operations under Article V need no prior consultation');
      return out;
    }
    case 'washington:intervene':
      return [...taiwanUnderAttack(f), ...attacks(f)];
    case 'washington:requestPriorConsultation':
      return [coercion(f)];
    case 'beijing:declareBlockade':
    case 'beijing:resumeBlockade':
    case 'beijing:strikeTaiwan':
    case 'beijing:strikeAlliedBases':
    case 'beijing:launchInvasion':
      return [`Beijing's choice, from ${COERCION_TEXT[f.prcCoercion] ?? f.prcCoercion}`];
    default:
      return [];
  }
}

interface Rule {
  kind: ThresholdKind;
  title: string;
}

const DECISION_RULES: Record<string, Rule> = {
  'tokyo:orderMaritimeSecurityOperation': { kind: 'determination', title: 'Tokyo orders a maritime security operation (SDF in a police role)' },
  'tokyo:determineImportantInfluenceSituation': { kind: 'determination', title: 'Tokyo determines an important influence situation' },
  'tokyo:determineAnticipatedArmedAttackSituation': { kind: 'determination', title: 'Tokyo determines an anticipated armed attack situation' },
  'tokyo:determineSurvivalThreateningSituation': { kind: 'determination', title: 'Tokyo determines a survival-threatening situation' },
  'tokyo:determineArmedAttackSituation': { kind: 'determination', title: 'Tokyo determines an armed attack situation' },
  'tokyo:revokeDetermination': { kind: 'determination', title: 'Tokyo revokes its determination' },
  'tokyo:requestSupportPlanApproval': { kind: 'diet', title: "Tokyo asks the Diet to approve the support plan" },
  'tokyo:requestDefenceOperationApproval': { kind: 'diet', title: 'Tokyo asks the Diet to approve a defence operation' },
  'tokyo:orderDefenceOperationInEmergency': { kind: 'emergency', title: 'Tokyo orders force ahead of the Diet (emergency defence operation)' },
  'tokyo:orderDefenceOperation': { kind: 'force', title: 'Tokyo uses force: a defence operation' },
  'tokyo:consentToCombatOperations': { kind: 'consultation', title: 'Tokyo consents to US combat operations from bases in Japan' },
  'tokyo:refuseCombatOperations': { kind: 'consultation', title: 'Tokyo refuses US combat operations from bases in Japan' },
  'washington:requestPriorConsultation': { kind: 'consultation', title: 'Washington asks Tokyo for prior consultation' },
  'washington:operateFromBasesInJapan': { kind: 'bases', title: 'US combat operations from bases in Japan' },
  'washington:intervene': { kind: 'intervention', title: 'The United States intervenes directly' },
  'beijing:declareBlockade': { kind: 'blockade', title: 'Beijing declares a blockade: an act of war in international law' },
  'beijing:resumeBlockade': { kind: 'blockade', title: 'Beijing resumes the blockade' },
  'beijing:strikeTaiwan': { kind: 'useOfForce', title: 'Beijing strikes Taiwan with missiles' },
  'beijing:strikeAlliedBases': { kind: 'attackOnJapan', title: 'Beijing strikes US and Japanese bases: an armed attack on Japan (Article V)' },
  'beijing:launchInvasion': { kind: 'useOfForce', title: 'Beijing launches an amphibious invasion of Taiwan' },
};

const FLAG_RULES: Record<string, { kind: ThresholdKind; title: string; legalBasis: string | null }> = {
  japanAttacked: {
    kind: 'attackOnJapan',
    title: 'Japan is attacked: an armed attack on Japan, Article V of the US-Japan treaty applies',
    legalBasis: 'Treaty of Mutual Cooperation and Security, Art. V: each party acts to meet an armed attack on territories under Japan\'s administration; an armed attack situation becomes open to Tokyo (MOD-WP2024).',
  },
  usForcesAttacked: {
    kind: 'usForcesAttacked',
    title: 'US forces are attacked',
    legalBasis: 'An armed attack on a country in a close relationship with Japan: the first of the Three New Conditions for a survival-threatening situation (MOFA-LPS).',
  },
  nuclearUse: { kind: 'war', title: 'A nuclear weapon is used', legalBasis: null },
  generalWar: { kind: 'war', title: 'The war widens beyond the theatre', legalBasis: null },
};

/** The option whose legal basis covers a Diet vote, by what the vote was on. */
const VOTE_BASIS: Record<string, string> = {
  'the support plan': 'requestSupportPlanApproval',
  'a defence operation': 'requestDefenceOperationApproval',
  'the emergency defence operation, after the fact': 'orderDefenceOperationInEmergency',
};

const who = (role: Role, by: Actor) => `${ROLE_NAME[role]} (${whoText(by)})`;

/** Every threshold the game crossed, in the order it crossed them. */
export function thresholdsOf(s: Session): Threshold[] {
  const out: Threshold[] = [];
  // What Tokyo has in force, to say under what a request or an order was made.
  let determination: { text: string; turn: number } | null = null;
  let dietApproved: { on: string; turn: number } | null = null;
  let pending: string | null = null;
  const raised = new Set<string>();
  for (const t of s.turns) {
    const day = dayOfTurn(s, t.turn);
    t.events.forEach((e: GameEvent, i) => {
      if (e.type === 'decisionTaken') {
        const key = `${e.role}:${e.decision}`;
        const rule = DECISION_RULES[key];
        if (!rule) return;
        const why = factsThatOpened(e.role, e.decision, e.facts);
        if (e.role === 'tokyo') {
          if (e.decision === 'requestSupportPlanApproval' || e.decision === 'requestDefenceOperationApproval' || e.decision === 'orderDefenceOperationInEmergency') {
            if (determination) why.unshift(`Under the ${determination.text} determined in turn ${determination.turn + 1}`);
          }
          if (e.decision === 'orderDefenceOperation') {
            if (determination) why.push(`Under the ${determination.text} determined in turn ${determination.turn + 1}`);
            if (dietApproved) why.push(`The Diet had approved ${dietApproved.on} in turn ${dietApproved.turn + 1}`);
          }
          if (e.decision === 'revokeDetermination') why.push(determination ? `Ends the ${determination.text} of turn ${determination.turn + 1}; any Diet approval under it lapses` : 'Any Diet approval lapses');
        }
        out.push({
          turn: t.turn, day, kind: rule.kind, title: rule.title, who: who(e.role, e.by), why,
          legalBasis: options()[e.role]?.[e.decision]?.legalBasis ?? null,
        });
        if (e.role === 'tokyo') {
          const d = DETERMINATION_TEXT[e.decision];
          if (d) determination = { text: d, turn: t.turn };
          if (e.decision === 'revokeDetermination') {
            determination = null;
            dietApproved = null;
          }
          if (e.decision === 'requestSupportPlanApproval') pending = 'the support plan';
          if (e.decision === 'requestDefenceOperationApproval') pending = 'a defence operation';
          if (e.decision === 'orderDefenceOperationInEmergency') pending = 'the emergency defence operation, after the fact';
        }
      } else if (e.type === 'machineEvent' && e.role === 'tokyo' && (e.event === 'dietApproves' || e.event === 'dietRefuses')) {
        const roll = [...t.events.slice(0, i)].reverse().find((x) => x.type === 'roll' && /^Diet approves/.test(x.what));
        const on = pending ?? 'the government\'s request';
        const why: string[] = [];
        if (roll?.type === 'roll') {
          why.push(`A vote with a ${Math.round(roll.probability * 100)}% chance of approval, from the Diet's support for the government; the roll was ${Math.round(roll.roll * 100)}`);
        }
        const approves = e.event === 'dietApproves';
        if (approves) dietApproved = { on, turn: t.turn };
        out.push({
          turn: t.turn, day, kind: 'diet', title: `The Diet ${approves ? 'approves' : 'refuses'} ${on}`, who: 'The Diet', why,
          legalBasis: options().tokyo?.[VOTE_BASIS[on] ?? 'requestDefenceOperationApproval']?.legalBasis ?? null,
        });
        pending = null;
      } else if (e.type === 'flagRaised') {
        const rule = FLAG_RULES[e.flag];
        // A fact opens its thresholds once; later attacks of the same kind are in the timeline.
        if (!rule || raised.has(e.flag)) return;
        raised.add(e.flag);
        out.push({ turn: t.turn, day, kind: rule.kind, title: rule.title, who: e.why.startsWith('facilitator:') ? 'The facilitator' : 'Events', why: [capital(e.why)], legalBasis: rule.legalBasis });
      }
    });
  }
  return out;
}

/** The reasons as sentences. */
export const whyText = (why: readonly string[]): string => why.map((w) => `${capital(w.replace(/\.+$/, ''))}.`).join(' ');

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
