import { z } from '../zod.ts';
import { facilitatorCommandSchema } from '../replay.ts';
import { ROLES } from '../types.ts';

// What a class's participants ask for. A team's intents come from its own devices (the role is the
// device's, never named in the intent); the facilitator's from the facilitator's console. Sizes are
// bounded here; what the rules allow (is this decision open, is this text fit to show) is decided
// by applyIntent, which answers with a refusal the words module can say.

const longest = 4000;
const proposalId = () => z.number().int().min(1).max(1_000_000);

export const teamIntentSchema = z.discriminatedUnion('kind', [
  /** Lock in the team's decision for this turn (again, to change it); a settlement proposal carries its terms (the engine's Proposal). */
  z.strictObject({
    kind: z.literal('lock'),
    decision: z.string().min(1).max(80),
    proposal: z.strictObject({ terms: z.array(z.string().max(80)).max(20), note: z.string().max(longest) }).optional(),
  }),
  z.strictObject({ kind: z.literal('unlock') }),
  /** The team's one public statement this turn. */
  z.strictObject({ kind: z.literal('statement'), text: z.string().max(longest) }),
  z.strictObject({ kind: z.literal('message'), to: z.enum(ROLES), text: z.string().max(longest) }),
  /** A settlement proposal to another team: terms from the scenario's list, and a note. */
  z.strictObject({ kind: z.literal('propose'), to: z.enum(ROLES), terms: z.array(z.string().max(80)).max(20), note: z.string().max(longest) }),
  z.strictObject({ kind: z.literal('answer'), proposal: proposalId(), accept: z.boolean() }),
  z.strictObject({ kind: z.literal('withdraw'), proposal: proposalId() }),
]);

export const facilitatorIntentSchema = z.discriminatedUnion('kind', [
  /** An inject, override or parameter change for the coming turn, with its reason. */
  z.strictObject({ kind: z.literal('facilitate'), action: facilitatorCommandSchema.shape.action, reason: z.string().max(longest) }),
  /** Take back one of the pending commands, by its place in the list. */
  z.strictObject({ kind: z.literal('withdrawPending'), index: z.number().int().min(0).max(100) }),
  z.strictObject({ kind: z.literal('pause') }),
  z.strictObject({ kind: z.literal('resume') }),
  z.strictObject({ kind: z.literal('setTimer'), seconds: z.number().int().min(10).max(7200), holdAtZero: z.boolean() }),
  z.strictObject({ kind: z.literal('clearTimer') }),
  /** Resolve the turn now: teams that have not locked in hold. */
  z.strictObject({ kind: z.literal('resolve') }),
  /** Hand a seat to a bot (a team that left) or back to its team. */
  z.strictObject({ kind: z.literal('setSeat'), role: z.enum(ROLES), seat: z.enum(['human', 'bot:cautious', 'bot:hawkish']) }),
]);

export type TeamIntent = z.infer<typeof teamIntentSchema>;
export type FacilitatorIntent = z.infer<typeof facilitatorIntentSchema>;
export type Intent = TeamIntent | FacilitatorIntent;
