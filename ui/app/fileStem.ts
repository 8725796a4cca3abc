import type { SessionSetup } from './session.ts';

/**
 * The start of a file name for a game's exports: scenario, variant and seed, and for a branch the
 * turn it branched from, so a branch's files never take the original's name.
 */
export function fileStem(kind: 'replay' | 'debrief', setup: SessionSetup): string {
  const branch = setup.branchedFrom === undefined ? '' : `-branch-from-turn-${setup.branchedFrom + 1}`;
  return `kuroshio-${kind === 'debrief' ? 'debrief-' : ''}${setup.scenarioId}-${setup.variant}-${setup.seed.replace(/[^A-Za-z0-9._-]/g, '_')}${branch}`;
}
