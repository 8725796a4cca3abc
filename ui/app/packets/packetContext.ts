import type { Role, Scenario } from '../../../engine/index.ts';
import type { options } from '../../../scenarios/catalog.ts';
import type { ScenarioFile } from '../../../scenarios/schema.ts';

/** Everything a packet is printed from: the scenario file, the chosen variant, and the teaching text of the options. */
export interface PacketContext {
  file: ScenarioFile;
  variant: ScenarioFile['variants'][number];
  /** The scenario with the variant applied, as the engine runs it. */
  scenario: Pick<Scenario, 'horizonTurns' | 'legal' | 'turnDays' | 'terms'>;
  options: ReturnType<typeof options>;
  /** Every decision each role can take over a game, in the machines' order (engine `decisionsOf`). */
  decisions: Record<Role, readonly string[]>;
  /** The adjudication parameters before any variant, to say what a variant's change replaces. */
  baseParams: unknown;
}
