// The two doors the fuzzers knock on, each as a person meets it: a replay file (read, parsed, its
// scenario found, re-simulated) and a scenario file (read, checked, every variant resolved).
import { divergenceText, warningText } from '../../../scenarios/words/messages.ts';
import { loadScenario } from '../../../scenarios/catalog.ts';
import { checkScenarioText } from '../../../scenarios/checkScenarioText.ts';
import { MAX_SCENARIO_BYTES } from '../../../scenarios/parseScenarioFile.ts';
import { MAX_REPLAY_BYTES, parseReplay, textFromBytes, verifyReplay } from '../../../engine/index.ts';

/** What a door says: accepted, or refused with messages; warnings are shown either way. */
export interface Answer {
  ok: boolean;
  messages: string[];
}

/** Read as the CLI and the app read a file: refused above its limit before it is decoded. */
const tooLarge = (bytes: Uint8Array, limit: number): Answer | null =>
  bytes.length > limit ? { ok: false, messages: [`the file is larger than the ${limit / 1e6} MB limit`] } : null;

export function replayDoor(bytes: Uint8Array): Answer {
  const large = tooLarge(bytes, MAX_REPLAY_BYTES);
  if (large) return large;
  const text = textFromBytes(bytes);
  if (!text.ok) return { ok: false, messages: [text.error] };
  const parsed = parseReplay(text.value);
  if (!parsed.ok) return { ok: false, messages: [parsed.error] };
  const scenario = loadScenario(parsed.value.scenario.id, parsed.value.scenario.variant);
  if (typeof scenario === 'string') return { ok: false, messages: [scenario] };
  const v = verifyReplay(parsed.value, scenario);
  return { ok: v.ok, messages: [...v.warnings.map(warningText), ...(v.ok ? [] : [`diverged at turn ${v.divergence.turn}: ${divergenceText(v.divergence)}`])] };
}

export function scenarioDoor(bytes: Uint8Array): Answer {
  const large = tooLarge(bytes, MAX_SCENARIO_BYTES);
  if (large) return large;
  const text = textFromBytes(bytes);
  if (!text.ok) return { ok: false, messages: [text.error] };
  const checked = checkScenarioText(text.value, 'mine.json');
  return checked.ok ? { ok: true, messages: [] } : { ok: false, messages: checked.problems };
}

const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const STACK = /\n\s+at |\bat \S+ \(.*:\d+:\d+\)|node:internal|Error: |Maximum call stack|\[object Object\]/;

/** Why an answer is not one a person can be given, or null: a refusal says something, and no message carries a stack trace or a raw control character. */
export function faultOf(a: Answer): string | null {
  if (!a.ok && !a.messages.length) return 'refused without a message';
  for (const m of a.messages) {
    if (!m.trim()) return 'an empty message';
    if (HIDDEN.test(m)) return `a raw control or invisible character in: ${JSON.stringify(m.slice(0, 200))}`;
    if (STACK.test(m)) return `a stack trace or raw exception in: ${JSON.stringify(m.slice(0, 200))}`;
    if (m.length > 2000) return `a message of ${m.length} characters`;
  }
  return null;
}
