import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { replayFromLink, shareLinkFor } from '../../ui/app/shareLink.ts';
import { startSession, playTurn, toReplay } from '../../ui/app/session.ts';

function replay() {
  const s = startSession({ scenarioId: 'invasion', variant: 'base', seed: 'link', seats: { beijing: 'bot:hawkish', taipei: 'bot:hawkish', tokyo: 'bot:cautious', washington: 'bot:cautious' } });
  if (!s.ok) throw new Error(s.error);
  let session = s.value;
  for (let i = 0; i < 5; i++) {
    const r = playTurn(session, {});
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    session = r.value;
  }
  return toReplay(session);
}

describe('share links', () => {
  it('carry a whole replay in the fragment and give it back unchanged', () => {
    const r = replay();
    const link = shareLinkFor(r, 'https://example.org/kuroshio/?x=1#old');
    expect(link.startsWith('https://example.org/kuroshio/?x=1#replay=')).toBe(true);
    const back = replayFromLink(link.slice(link.indexOf('#')));
    expect(back).toEqual({ ok: true, value: r });
  });

  it('say a cut-short link is damaged instead of throwing', () => {
    const link = shareLinkFor(replay(), 'http://x/');
    const hash = link.slice(link.indexOf('#'));
    const r = replayFromLink(hash.slice(0, hash.length - 40));
    expect(r.ok).toBe(false);
  });

  it('refuse a link that unpacks to more than a replay could be (a zip bomb)', () => {
    const bomb = zlibSync(new Uint8Array(20_000_000).fill(32));
    let s = '';
    for (const b of bomb) s += String.fromCharCode(b);
    const hash = `#replay=${btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(replayFromLink(hash)).toEqual({ ok: false, error: 'the replay in this link is too large to open' });
  });

  it('refuse a link whose content is not a replay', () => {
    const junk = zlibSync(new TextEncoder().encode('{"format":"something-else"}'));
    let s = '';
    for (const b of junk) s += String.fromCharCode(b);
    const r = replayFromLink(`#replay=${btoa(s).replace(/=+$/, '')}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/not a replay/);
  });
});
