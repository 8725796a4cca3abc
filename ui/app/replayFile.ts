import { err, MAX_REPLAY_BYTES, textFromBytes, type Result } from '../../engine/index.ts';
import { t } from '../../scenarios/words/words.ts';

/**
 * The text of a replay file picked or dropped in the browser, read the way the command line reads
 * one: refused above the size limit before it is read, decoded from UTF-8 (with or without a BOM)
 * or UTF-16. What follows (parse, then verify) is the same path for every entry point.
 */
export async function replayFileText(f: Blob): Promise<Result<string>> {
  if (f.size > MAX_REPLAY_BYTES) return err(t('ui.replayFile.tooLarge', { mb: Number((f.size / 1e6).toFixed(1)), max: MAX_REPLAY_BYTES / 1e6 }));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await f.arrayBuffer());
  } catch {
    return err(t('ui.replayFile.unreadable'));
  }
  return textFromBytes(bytes);
}
