// The engine's refusals, replay divergences and warnings as sentences.
import { OUTCOMES, type Divergence, type Outcome, type VerificationWarning } from '../../engine/index.ts';
import { outcomeTitle, refusalText, t } from './words.ts';

export { refusalText };

/** Where a replay parts from the rules, and why, in one sentence. */
export const divergenceAtText = (d: Divergence): string => t('divergence.at', { turn: d.turn, reason: divergenceText(d) });

/** Why a replay (or a turn) could not be played as recorded; the turn is said by the caller. Turns here already count from 1. */
export function divergenceText(d: Divergence): string {
  if ('refusal' in d) return t('divergence.refusal', { refusal: refusalText(d.refusal) });
  if ('hash' in d) return t('divergence.hash', { turn: d.turn, found: d.hash.found, recorded: d.hash.recorded });
  switch (d.reason) {
    case 'wrongScenario': return t('divergence.wrongScenario', { recorded: d.recorded, given: d.given });
    case 'turnIndex': return t('divergence.turnIndex', { turn: d.turn, index: d.index + 1 });
    case 'outcome':
      return t('divergence.outcome', {
        found: d.found && isOutcome(d.found) ? outcomeTitle(d.found) : t('divergence.unfinished'),
        recorded: d.recorded && isOutcome(d.recorded) ? outcomeTitle(d.recorded) : (d.recorded ?? t('divergence.unfinished')),
      });
  }
}

const OUTCOME_KEYS = new Set<string>(OUTCOMES);
const isOutcome = (x: string): x is Outcome => OUTCOME_KEYS.has(x);

export const warningText = (w: VerificationWarning): string => t(`warning.${w.code}`, { recorded: w.recorded, current: w.current });
