import { escapeOf, firstHidden } from '../printable.ts';

/** Why a team's text cannot be taken, as a code with its data: the words module says it. */
export type TextRefusal =
  | { code: 'textEmpty' }
  | { code: 'textTooLong'; max: number }
  | { code: 'hiddenCharacter'; at: number; character: string };

/**
 * Whether text a person typed may be recorded: not blank, at most `max` characters, and nothing that
 * acts instead of showing (escapes, bidi overrides, zero-width characters), since it is shown on
 * other teams' screens, the projector and a terminal. Line breaks are allowed where `lines` says so.
 */
export function textRefusal(text: string, max: number, { lines = false, empty = false } = {}): TextRefusal | null {
  if (!empty && !text.trim()) return { code: 'textEmpty' };
  if (text.length > max) return { code: 'textTooLong', max };
  // A line break is replaced by a space of the same length, so the position reported stays right.
  const at = firstHidden(lines ? text.replace(/\n/g, ' ') : text);
  return at === -1 ? null : { code: 'hiddenCharacter', at: at + 1, character: escapeOf(String.fromCodePoint(text.codePointAt(at)!)) };
}

/** The longest public statement: a press line, not a speech. */
export const MAX_STATEMENT = 280;
/** The longest private message and a proposal's note. */
export const MAX_MESSAGE = 1000;
