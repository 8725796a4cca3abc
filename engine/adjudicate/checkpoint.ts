import type { Scenario } from '../scenario.ts';
import type { CheckpointTrend, GameEvent, GameState } from '../types.ts';
import type { Step } from './context.ts';
import { defenderPower, lodgmentPower } from './invasion.ts';

/**
 * The published games stopped after three to four weeks and judged the war where it stood (VERMILION, §1.1): a
 * running invasion is judged at the scenario's checkpoint by which way the ground war is going, and the turns
 * after it are the model's extrapolation. Run after the turn's end conditions: a game that ends that turn is judged by its end.
 */
export const checkpoint: Step = ({ scenario, state }) => {
  const days = scenario.checkpointDays;
  if (days === null || state.checkpoint || state.outcome || state.invasionFromDay === null || state.day - state.invasionFromDay < days) return [];
  return [{ type: 'checkpointReached', day: state.day, trend: groundTrend(scenario, state) } satisfies GameEvent];
};

/** Toward Beijing while the lodgment, on the supply that reaches it, outweighs what Taiwan can concentrate; toward Taiwan once it cannot. */
function groundTrend(scenario: Scenario, state: GameState): CheckpointTrend {
  const f = state.forces;
  return lodgmentPower(f.plaAshore, f.plaSupplyPct) > defenderPower(state, scenario.params.combat) ? 'towardBeijing' : 'towardTaiwan';
}
