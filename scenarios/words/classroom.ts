// The class's refusals and the networked classroom's errors as sentences.
import type { ClassRefusal, WireError } from '../../engine/classroom/index.ts';
import { actorName, decisionLabel, has, opennessText, outcomeTitle, refusalText, roleName, t, type Values } from './words.ts';

/** Why the class refused what a team or the facilitator asked, in one or two sentences. */
export function classRefusalText(r: ClassRefusal): string {
  switch (r.code) {
    case 'engine': return refusalText(r.refusal);
    case 'gameOver': return t('classroom.refusal.gameOver', { outcome: outcomeTitle(r.outcome) });
    case 'seatIsBot':
    case 'notATeam': return t(`classroom.refusal.${r.code}`, { role: roleName(r.role) });
    case 'seatUnchanged': return t('classroom.refusal.seatUnchanged', { role: roleName(r.role), seat: actorName(r.seat) });
    case 'closed': {
      const decision = has(`decision.${r.role}.${r.decision}.label`, 'en') ? decisionLabel(r.role, r.decision) : r.decision;
      return t('classroom.refusal.closed', { decision, why: opennessText(r.role, r.why) });
    }
    // Turns and list places are said as people count them, from 1.
    case 'statementMade': return t('classroom.refusal.statementMade', { turn: r.turn + 1 });
    case 'noSuchPending': return t('classroom.refusal.noSuchPending', { index: r.index + 1 });
    default: {
      const { code, ...data } = r;
      return t(`classroom.refusal.${code}`, data as Values);
    }
  }
}

/** Why the server did not take a device's message. */
export const wireErrorText = (code: WireError, values: Values = {}): string => t(`classroom.wire.${code}`, values);
