// "Which decisions mattered", the pure part the workers run: from a finished game's log, every
// decision each seat took, each alternative the rules left open at that moment, and the game played on
// from that moment with the alternative in its place, bots deciding after it, over many seeds. No DOM, no timers; the worker
// (mattered.worker.ts) plays a range of the work, and tests run it directly.
import {
  applyFacilitator,
  factsOf,
  fromLog,
  openDecisions,
  playTurns,
  OUTCOMES,
  ROLES,
  createGame,
  type GameState,
  type Role,
  type Scenario,
  type Seats,
  type TurnInput,
} from '../../engine/index.ts';
import { playOn, withDice, type RecordedTurn, type TurnPlan } from './futures.ts';

export interface MatteredJob {
  scenario: Scenario;
  /** The game's seed: the log is replayed from it to find the situation each decision was taken in. */
  seed: string;
  /** The game as played: each turn's commands and the facilitator's commands before them. */
  log: TurnInput[];
  /** Who sat in each seat (bots play on after the record). */
  seats: Seats;
  /** Seeds each way of playing a turn is played over; the same seeds for every way, so they are compared like with like. */
  seeds: number;
}

/**
 * One way of playing a turn: with the decisions taken (`role` null), or with one seat's decision
 * swapped for an alternative open at that moment.
 */
export interface Variant {
  turn: number;
  role: Role | null;
  decision: string | null;
}

/** What is played: the situation before each turn, the record, and every variant, in a fixed order every thread agrees on. */
export interface MatteredPlan {
  job: MatteredJob;
  /** `states[k]`: the game's state before turn k, replayed from the log. */
  states: GameState[];
  recorded: RecordedTurn[];
  /** What a continuation plays after its first turn: the facilitator's commands as recorded, and bots in every seat. */
  after: TurnPlan[];
  variants: Variant[];
}

/**
 * Decisions left out as alternatives: proposing a settlement needs terms a team writes, and there is
 * no honest way to guess them; giving in outright ends the game by itself in Taiwan accepting Beijing's
 * terms, so "had Taipei given in, Taiwan would have given in" is what it is, not a finding, and it
 * crowded out the findings (a blockade debrief listed it first).
 */
const NOT_AN_ALTERNATIVE = new Set(['proposeSettlement', 'accommodate']);

/** The seed of continuation i from turn k: the same for the decisions taken and every alternative of that turn. */
export const branchSeed = (seed: string, turn: number, i: number): string => `${seed}#turn-${turn}-future-${i}`;

/** The record as the futures replay it: per turn, each role's decision and who took it, and the facilitator's commands. */
function recordOf(log: readonly TurnInput[]): RecordedTurn[] {
  return log.map((t) => ({
    decisions: Object.fromEntries(t.commands.map((c) => [c.role, { decision: c.decision, by: c.by, ...(c.proposal ? { proposal: c.proposal } : {}) }])) as RecordedTurn['decisions'],
    facilitator: [...(t.facilitator ?? [])],
  }));
}

/**
 * The plan for a game: its log replayed once through the engine's fold for the situation before each
 * turn, and for each turn the decisions taken and every alternative open to each seat then (after
 * the facilitator's commands of that turn, as the teams saw it).
 */
export function matteredPlan(job: MatteredJob): MatteredPlan {
  const { scenario } = job;
  const played = playTurns(scenario, createGame(scenario, job.seed), fromLog(job.log), { record: true });
  if (played.stopped) throw new Error(`the game's log does not replay: ${JSON.stringify(played.stopped)}`);
  const recorded = recordOf(job.log);
  const variants: Variant[] = [];
  job.log.forEach((turn, k) => {
    const view = viewOf(scenario, played.states[k]!, turn);
    const facts = factsOf(view, scenario.legal);
    const alternatives: Variant[] = [];
    for (const role of ROLES) {
      const taken = turn.commands.find((c) => c.role === role)?.decision;
      for (const d of openDecisions(role, view.tracks[role], facts)) {
        if (d !== taken && !NOT_AN_ALTERNATIVE.has(d)) alternatives.push({ turn: k, role, decision: d });
      }
    }
    if (alternatives.length) variants.push({ turn: k, role: null, decision: null }, ...alternatives);
  });
  const after = recorded.map((r) => ({ decisions: {}, facilitator: r.facilitator }));
  return { job, states: played.states.slice(0, job.log.length), recorded, after, variants };
}

/** The situation the seats decided in: the state before the turn with the facilitator's commands of the turn applied. */
function viewOf(scenario: Scenario, state: GameState, turn: TurnInput): GameState {
  if (!turn.facilitator?.length) return state;
  const r = applyFacilitator(scenario, state, turn.facilitator);
  return r.ok ? r.value.state : state;
}

/** How many units of work a plan holds: each variant over each seed. */
export const unitCount = (plan: MatteredPlan): number => plan.variants.length * plan.job.seeds;

/**
 * Unit u of a plan: variant `floor(u / seeds)` played on over seed `u % seeds` from the situation
 * before its turn, to the game's end. In the variant's turn every seat decides as it did, but for the
 * one decision swapped; from the next turn on, the seats' bots decide (a team's seat: a cautious bot),
 * for the decisions the game took later answered a history the alternative may have changed. The
 * facilitator's commands are replayed where the rules still accept them. Returns the outcome's index
 * in OUTCOMES (-1 if the game somehow did not end).
 */
export function playUnit(plan: MatteredPlan, u: number): number {
  const { job } = plan;
  const v = plan.variants[Math.floor(u / job.seeds)]!;
  const i = u % job.seeds;
  const rec = plan.recorded[v.turn]!;
  const turn: TurnPlan = v.role && v.decision
    ? { ...rec, decisions: { ...rec.decisions, [v.role]: { decision: v.decision, by: rec.decisions[v.role]?.by ?? job.seats[v.role] } } }
    : rec;
  const plays = plan.after.slice();
  plays[v.turn] = turn;
  const start = withDice(plan.states[v.turn]!, branchSeed(job.seed, v.turn, i));
  const { state } = playOn(job.scenario, start, plays, job.seats, `turn ${v.turn + 1}, ${v.role ?? 'as taken'} ${v.decision ?? ''}, future ${i}`);
  return state.outcome ? OUTCOMES.indexOf(state.outcome) : -1;
}

/** Units `from` to `to - 1`, in order. */
export function playUnits(plan: MatteredPlan, from: number, to: number): number[] {
  const out: number[] = [];
  for (let u = from; u < to; u++) out.push(playUnit(plan, u));
  return out;
}
