import { endingText } from '../../../scenarios/words/narrate.ts';
import { listText, roleName, t, turnsText } from '../../../scenarios/words/words.ts';
import { ROLES, stateHash, type FacilitatorCommand, type Indicators, type Outcome, type Role, type Scenario, type TurnRecord } from '../../../engine/index.ts';
import type { Session } from '../session.ts';
import { variantTitle } from '../variantTitle.ts';
import { turnEntries, type DecisionEntry, type FacilitatorEntry } from './timeline.ts';

// Two games side by side (two classes, or a game and its branch): where they first part, what each
// decided from then on, and how each ended.

export type DivergenceKind =
  /** Different scenarios or variants: they were never the same game. */
  | 'scenario'
  /** The roles decided differently. */
  | 'decisions'
  /** The facilitator intervened differently. */
  | 'facilitator'
  /** The same decisions, but the dice fell differently (another seed). */
  | 'chance'
  /** One game went on where the other stopped. */
  | 'length';

export interface Divergence {
  /** The first turn (from 0) where the games differ. */
  turn: number;
  kind: DivergenceKind;
  /** In plain words. */
  text: string;
  /** The roles whose decisions differed in that turn. */
  roles: Role[];
}

export interface ComparedTurn {
  turn: number;
  a: { decisions: DecisionEntry[]; facilitator: FacilitatorEntry[] } | null;
  b: { decisions: DecisionEntry[]; facilitator: FacilitatorEntry[] } | null;
  /** Roles whose decisions differ this turn. */
  differ: Role[];
}

export interface GameSummary {
  label: string;
  seed: string;
  turns: number;
  day: number;
  outcome: Outcome | null;
  outcomeTitle: string;
  reason: string;
  indicators: Indicators;
}

export interface Comparison {
  /** null when the two records are the same game. */
  divergence: Divergence | null;
  /** From the divergence on (or all turns when identical), side by side. */
  after: ComparedTurn[];
  a: GameSummary;
  b: GameSummary;
}

/** Each role's decision in a turn, as a key: terms put on the table are part of the decision, so other terms are another decision. */
const decisionsOf = (t: TurnRecord): Record<Role, string> =>
  Object.fromEntries(ROLES.map((r) => {
    const c = t.commands.find((x) => x.role === r);
    return [r, !c ? 'hold' : c.proposal ? `${c.decision} ${JSON.stringify(c.proposal)}` : c.decision];
  })) as Record<Role, string>;

const facilitatorKey = (f: readonly FacilitatorCommand[] | undefined) => JSON.stringify((f ?? []).map((c) => [c.action, c.reason]));

/** The first turn where two games differ, and how; null if one is the other. */
export function firstDivergence(a: Session, b: Session): Divergence | null {
  if (a.setup.scenarioId !== b.setup.scenarioId || a.setup.variant !== b.setup.variant) {
    return { turn: 0, kind: 'scenario', roles: [], text: t('ui.compare.differentScenarios', { a: a.scenario.title, av: variantTitle(a.scenario), b: b.scenario.title, bv: variantTitle(b.scenario) }) };
  }
  const sameStart = stateHash(a.states[0]!) === stateHash(b.states[0]!);
  const seeds = sameStart ? '' : t('ui.compare.seedsDiffer', { a: a.setup.seed, b: b.setup.seed });
  const n = Math.min(a.turns.length, b.turns.length);
  for (let k = 0; k < n; k++) {
    const ta = a.turns[k]!;
    const tb = b.turns[k]!;
    const da = decisionsOf(ta);
    const db = decisionsOf(tb);
    const roles = ROLES.filter((r) => da[r] !== db[r]);
    if (facilitatorKey(ta.facilitator) !== facilitatorKey(tb.facilitator)) {
      return { turn: k, kind: 'facilitator', roles, text: t('ui.compare.facilitator', { turn: k + 1, roles: roleList(roles), count: roles.length, seeds }) };
    }
    if (roles.length) return { turn: k, kind: 'decisions', roles, text: t('ui.compare.decisions', { turn: k + 1, roles: roleList(roles), seeds }) };
    if (ta.stateHash !== tb.stateHash) {
      return {
        turn: k, kind: 'chance', roles: [],
        text: sameStart
          ? t('ui.compare.chance', { turn: k + 1 })
          : t('ui.compare.chanceSeeds', { turn: k + 1, a: a.setup.seed, b: b.setup.seed }),
      };
    }
  }
  if (a.turns.length !== b.turns.length) {
    const longer = a.turns.length > b.turns.length ? 'this' : 'other';
    return { turn: n, kind: 'length', roles: [], text: t('ui.compare.length', { turns: turnsText(n), longer }) };
  }
  return null;
}

function summary(s: Session, label: string): GameSummary {
  return {
    label,
    seed: s.setup.seed,
    turns: s.turns.length,
    day: s.state.day,
    outcome: s.state.outcome,
    outcomeTitle: endingText(s.scenario, s.state).title,
    reason: endingText(s.scenario, s.state).reason,
    indicators: s.state.indicators,
  };
}

const entriesOf = (t: TurnRecord | undefined, scenario: Scenario) => {
  if (!t) return null;
  const e = turnEntries(t.events, scenario);
  return { decisions: e.decisions, facilitator: e.facilitator };
};

/** Compare this game (a) with another (b). */
export function compareSessions(a: Session, b: Session, labels: [string, string] = [t('ui.compare.thisGame'), t('ui.compare.otherGame')]): Comparison {
  const divergence = firstDivergence(a, b);
  const from = divergence ? divergence.turn : 0;
  const after: ComparedTurn[] = [];
  for (let k = from; k < Math.max(a.turns.length, b.turns.length); k++) {
    const ta = a.turns[k];
    const tb = b.turns[k];
    const da = ta ? decisionsOf(ta) : null;
    const db = tb ? decisionsOf(tb) : null;
    after.push({ turn: k, a: entriesOf(ta, a.scenario), b: entriesOf(tb, b.scenario), differ: da && db ? ROLES.filter((r) => da[r] !== db[r]) : [] });
  }
  return { divergence, after, a: summary(a, labels[0]), b: summary(b, labels[1]) };
}

/** The roles that held in a turn, as one line: "Taipei and Tokyo hold", "All hold". */
export function holdingText(roles: readonly Role[]): string {
  return t('ui.rolesHold', { all: roles.length === ROLES.length, count: roles.length, roles: roleList(roles) });
}

function roleList(roles: readonly Role[]): string {
  return listText(roles.map(roleName), 'and');
}
