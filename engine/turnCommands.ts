import { chooseBotCommand } from './bots/chooseBotCommand.ts';
import { chooseStrategistCommand } from './bots/chooseStrategistCommand.ts';
import { factsOf } from './facts.ts';
import { isOpen } from './machines/index.ts';
import type { Scenario } from './scenario.ts';
import { temperamentOf, type Seats } from './seats.ts';
import { HOLD, ofRole } from './tracks.ts';
import { ROLES, type Actor, type Command, type GameState, type Proposal, type Role } from './types.ts';

const NO_CHOICES: Partial<Record<Role, Choice>> = Object.freeze({});

/** A choice made for a seat: by a person now, or recorded in an earlier game. */
export interface Choice {
  decision: string;
  by: Actor;
  /** The terms, when the choice is to propose a settlement. */
  proposal?: Proposal;
}

/**
 * A turn's commands for a set of seats, decided in the situation `view` (the state the teams see,
 * after the facilitator's commands): each choice as given, a person's seat without one holding, and
 * each bot's pick. With `standIn`, a choice the rules have closed here is replaced by the seat's bot:
 * "the same decisions" replayed in another future, where the situation may differ.
 */
export function turnCommands(
  scenario: Scenario,
  view: GameState,
  seats: Seats,
  choices: Partial<Record<Role, Choice>> = NO_CHOICES,
  standIn = false,
): Command[] {
  const facts = standIn ? factsOf(view, scenario.legal) : null;
  // Pushed one by one rather than made by map(), for one kind of list whether or not this runs optimised (resolveTurn.ts).
  const commands: Command[] = [];
  for (const role of ROLES) commands.push(commandFor(role));
  return commands;

  function commandFor(role: Role): Command {
    // Only read when there are any: a role that varies reads V8's slowest, generic way, and a batch's bots have none.
    const choice = choices === NO_CHOICES ? undefined : choices[role];
    if (choice && (!facts || isOpen(role, view.tracks[role], choice.decision, facts))) {
      return { turn: view.turn, role, decision: choice.decision, by: choice.by, ...(choice.proposal ? { proposal: choice.proposal } : {}) };
    }
    const seat = choice && facts ? choice.by : ofRole(seats, role);
    if (seat === 'human' && !facts) return { turn: view.turn, role, decision: HOLD, by: 'human' };
    const temperament = temperamentOf(seat);
    if (temperament !== 'strategist') return chooseBotCommand(scenario, view, role, temperament);
    // In the game a strategist looks ahead; standing in, in one of many futures, it plays as its cautious
    // default: a look-ahead in every turn of a thousand futures would take minutes.
    return facts ? chooseBotCommand(scenario, view, role, 'cautious') : chooseStrategistCommand(scenario, view, role, seats);
  }
}
