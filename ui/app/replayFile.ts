import { err, MAX_REPLAY_BYTES, textFromBytes, type Result } from '../../engine/index.ts';

/**
 * The text of a replay file picked or dropped in the browser, read the way the command line reads
 * one: refused above the size limit before it is read, decoded from UTF-8 (with or without a BOM)
 * or UTF-16. What follows (parse, then verify) is the same path for every entry point.
 */
export async function replayFileText(f: Blob): Promise<Result<string>> {
  if (f.size > MAX_REPLAY_BYTES) return err(`it is too large to be a replay (${(f.size / 1e6).toFixed(1)} MB; a replay may be at most ${MAX_REPLAY_BYTES / 1e6} MB)`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await f.arrayBuffer());
  } catch {
    return err('it could not be read (a folder, or a file that moved or is locked)');
  }
  return textFromBytes(bytes);
}
