// What each screen may see: a team its own options, choice and talk; the projector the public view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionsOf, factsOf, HOLD, openDecisions, ROLES, type Role } from '../../engine/index.ts';
import { applyIntent, eventsFor, viewOf, type ClassSession, type FacilitatorView, type TeamView } from '../../engine/classroom/index.ts';
import { facilitator, fixtures, newClass, team } from './support.ts';

const { open: FIRST } = fixtures();

/** The view as text, without the turns already played (whose commands are public once resolved). */
const unresolvedPart = (v: object) => JSON.stringify({ ...v, log: [], lastTurn: null });

describe('views', () => {
  it('never show a team another team\'s options or locked choice, over random classes', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 12 }).filter((x) => /^[a-z0-9-]+$/.test(x)), fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (seed, picks) => {
      let s: ClassSession = newClass('blockade', 'base', undefined, `views-${seed}`);
      let k = 0;
      for (let turn = 0; turn < 4 && !s.state.outcome; turn++) {
        // Three teams lock a random open decision; the fourth is left out, so the turn stays unresolved.
        for (const role of ROLES.slice(0, 3)) {
          const open = openDecisions(role, s.situation.state.tracks[role], factsOf(s.situation.state, s.scenario.legal));
          const r = applyIntent(s, team(role), { kind: 'lock', decision: open[picks[k++ % picks.length]! % open.length]! }, turn);
          if (r.ok) s = r.value.session;
        }
        for (const viewer of ROLES) {
          const v = viewOf(s, { kind: 'team', role: viewer }, 0) as TeamView;
          expect(v.options.map((o) => o.decision)).toEqual([HOLD, ...decisionsOf(viewer)]);
          expect(v.locked).toEqual(s.record.locked[viewer] ?? null);
          for (const key of ['pending', 'pendingEvents', 'deck']) expect(v).not.toHaveProperty(key);
          const text = unresolvedPart(v);
          for (const other of ROLES.filter((r) => r !== viewer)) {
            const theirs = s.record.locked[other]?.decision;
            if (theirs && theirs !== HOLD && !decisionsOf(viewer).includes(theirs as never)) expect(text).not.toContain(`"${theirs}"`);
          }
        }
        const projector = viewOf(s, { kind: 'projector' }, 0);
        for (const key of ['options', 'locked', 'messages', 'proposals', 'pending']) expect(projector).not.toHaveProperty(key);
        expect(projector.lockedIn).toEqual(ROLES.filter((r) => s.record.locked[r]));
        const r = applyIntent(s, facilitator, { kind: 'resolve' }, turn);
        if (r.ok) s = r.value.session;
      }
    }), { numRuns: 25 });
  });

  it('give the facilitator every team\'s options, choices, pending commands and talk', () => {
    let s = newClass();
    const steps: [Role, string][] = [['tokyo', FIRST.tokyo], ['beijing', FIRST.beijing]];
    for (const [role, decision] of steps) {
      const r = applyIntent(s, team(role), { kind: 'lock', decision }, 1);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      s = r.value.session;
    }
    const v = viewOf(s, facilitator, 1) as FacilitatorView;
    expect(Object.keys(v.options)).toEqual([...ROLES]);
    expect(v.locked.tokyo?.decision).toBe(FIRST.tokyo);
    expect(v.locked.beijing?.decision).toBe(FIRST.beijing);
    expect(v.deck.length).toBe(s.scenario.injects.length);
  });

  it('share a change\'s events with the teams it concerns', () => {
    let s = newClass();
    const sent = applyIntent(s, team('tokyo'), { kind: 'message', to: 'washington', text: 'Call us.' }, 1);
    if (!sent.ok) throw new Error('refused');
    s = sent.value.session;
    const events = sent.value.events;
    expect(eventsFor({ kind: 'team', role: 'washington' }, events)).toHaveLength(1);
    expect(eventsFor({ kind: 'team', role: 'beijing' }, events)).toHaveLength(0);
    expect(eventsFor({ kind: 'projector' }, events)).toHaveLength(0);
    expect(eventsFor(facilitator, events)).toHaveLength(1);
    const locked = applyIntent(s, team('tokyo'), { kind: 'lock', decision: FIRST.tokyo }, 1);
    if (!locked.ok) throw new Error('refused');
    // Every viewer learns that Tokyo locked in; no event says what.
    expect(JSON.stringify(eventsFor({ kind: 'team', role: 'beijing' }, locked.value.events))).toBe('[{"type":"locked","role":"tokyo"}]');
    expect(JSON.stringify(locked.value.events)).not.toContain(FIRST.tokyo);
  });
});
