import { strToU8, unzlibSync, zlibSync } from 'fflate';
import { parseReplay, textFromBytes, type Replay, type Result } from '../../engine/index.ts';
import { t } from '../../scenarios/words/words.ts';

/** The largest replay a link may unpack to: a link is untrusted input and must not exhaust memory. */
const MAX_REPLAY_BYTES = 2_000_000;
const PREFIX = '#replay=';

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** A link that carries the whole replay in its fragment, compressed; the fragment never reaches a server. */
export function shareLinkFor(replay: Replay, base: string): string {
  return `${base.split('#')[0]}${PREFIX}${toBase64Url(zlibSync(strToU8(JSON.stringify(replay)), { level: 9 }))}`;
}

export const hasReplayLink = (hash: string) => hash.startsWith(PREFIX);

/** Read a replay from a link's fragment; the error says what is wrong, and the game in progress is untouched. */
export function replayFromLink(hash: string): Result<Replay> {
  if (!hasReplayLink(hash)) return { ok: false, error: t('ui.link.noReplay') };
  const packed = hash.slice(PREFIX.length);
  if (packed.length > MAX_REPLAY_BYTES) return { ok: false, error: t('ui.link.tooLarge') };
  let bytes: Uint8Array;
  try {
    // Inflate into a fixed buffer one byte larger than allowed: filling it means the replay is too large.
    bytes = unzlibSync(fromBase64Url(packed), { out: new Uint8Array(MAX_REPLAY_BYTES + 1) });
  } catch {
    return { ok: false, error: t('ui.link.damaged') };
  }
  if (bytes.length > MAX_REPLAY_BYTES) return { ok: false, error: t('ui.link.tooLarge') };
  // Decoded strictly, as a file is: a link whose bytes are not text says so instead of opening garbage.
  const json = textFromBytes(bytes);
  return json.ok ? parseReplay(json.value) : { ok: false, error: t('ui.link.notText', { error: json.error.replace('the file', 'its content') }) };
}
