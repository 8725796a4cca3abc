import { parseReplay, type Result } from '../../engine/index.ts';
import { h } from './dom.ts';
import { replayFileText } from './replayFile.ts';
import { sessionFromReplay, type Session } from './session.ts';

/** Ask the person for a replay file, or null if they cancel. */
export function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = h('input', { type: 'file', accept: '.json,application/json', hidden: true });
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

/** A replay file read, parsed and verified into a session, or why it could not be. */
export async function sessionFromFile(f: Blob): Promise<Result<{ session: Session; warnings: string[] }>> {
  const text = await replayFileText(f);
  const parsed = text.ok ? parseReplay(text.value) : text;
  return parsed.ok ? sessionFromReplay(parsed.value) : parsed;
}
