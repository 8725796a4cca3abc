// The class as pure data: intents in, a new class and events out, through the engine's fold.
import { describe, expect, it } from 'vitest';
import { applyFacilitator, factsOf, openDecisions, parseReplay, stateHash, verifyReplay, ROLES, type FacilitatorAction, type Role } from '../../engine/index.ts';
import {
  applyIntent, checkViewLog, classReplay, expireTimer, parseClassRecord, restoreClass, viewOf,
  type ClassSession, type TeamView, type FacilitatorView,
} from '../../engine/classroom/index.ts';
import { scenarioOf } from '../engine/support.ts';
import { facilitator, fixtures, must, newClass, play, seatsWith, team } from './support.ts';

const { open: FIRST, closed: CLOSED, inject: INJECT, terms: TERMS } = fixtures();
const lock = (decision: string) => ({ kind: 'lock' as const, decision });

describe('a turn of a class', () => {
  it('keeps each lock until every team has locked in, then resolves through the engine', () => {
    let s = newClass();
    for (const role of ['beijing', 'taipei', 'tokyo'] as const) {
      const r = must(s, team(role), lock(FIRST[role]));
      expect(r.events).toEqual([{ type: 'locked', role }]);
      s = r.session;
    }
    expect(s.state.turn).toBe(0);
    const last = must(s, team('washington'), lock(FIRST.washington), 2_000);
    expect(last.events.map((e) => e.type)).toEqual(['locked', 'turnResolved']);
    s = last.session;
    expect(s.state.turn).toBe(1);
    expect(s.record.locked).toEqual({});
    expect(s.record.turns[0]!.commands.map((c) => [c.role, c.decision, c.by])).toEqual(ROLES.map((r) => [r, FIRST[r], 'human']));
    // The record alone gives the same game: restoring it plays the log again and checks each hash.
    const restored = restoreClass(s.scenario, JSON.parse(JSON.stringify(s.record)));
    expect(restored.ok && stateHash(restored.value.state)).toBe(stateHash(s.state));
    // A device checks the same: the log it is sent gives the hash it is sent, and a changed log does not.
    const view = viewOf(s, { kind: 'projector' }, 0);
    expect(checkViewLog(s.scenario, view)).toBe(true);
    expect(checkViewLog(s.scenario, { ...view, stateHash: '0'.repeat(28) })).toBe(false);
    expect(checkViewLog(s.scenario, { ...view, log: [{ ...view.log[0]!, commands: view.log[0]!.commands.map((c) => ({ ...c, decision: 'hold' })) }] })).toBe(false);
  });

  it('asks the bots in the seats no team plays, in the situation the teams saw', () => {
    let s = newClass('blockade', 'base', seatsWith(['tokyo', 'washington']));
    s = play(s, [[team('tokyo'), lock('hold')], [team('washington'), lock(FIRST.washington)]]);
    expect(s.state.turn).toBe(1);
    const by = Object.fromEntries(s.record.turns[0]!.commands.map((c) => [c.role, c.by]));
    expect(by).toEqual({ beijing: 'bot:cautious', taipei: 'bot:cautious', tokyo: 'human', washington: 'human' });
  });

  it('refuses a decision the rules close now, saying why, and changes nothing', () => {
    const s = newClass();
    const r = applyIntent(s, team('tokyo'), lock(CLOSED.tokyo), 1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('closed');
    expect(r.error.code === 'closed' && r.error.why.open).toBe(false);
    expect(applyIntent(s, team('tokyo'), lock(FIRST.beijing), 1)).toMatchObject({ ok: false, error: { code: 'notADecision' } });
    expect(applyIntent(s, team('tokyo'), { kind: 'unlock' }, 1)).toMatchObject({ ok: false, error: { code: 'notLocked' } });
  });

  it('lets a team change its mind before the turn resolves', () => {
    let s = newClass();
    s = play(s, [[team('tokyo'), lock('hold')], [team('tokyo'), lock(FIRST.tokyo)]]);
    expect(s.record.locked.tokyo?.decision).toBe(FIRST.tokyo);
    s = must(s, team('tokyo'), { kind: 'unlock' }).session;
    expect(s.record.locked.tokyo).toBeUndefined();
  });

  it('lets the facilitator resolve: a team that has not locked in holds', () => {
    let s = newClass();
    s = play(s, [[team('beijing'), lock(FIRST.beijing)], [facilitator, { kind: 'resolve' }]]);
    expect(s.record.turns[0]!.commands.map((c) => c.decision)).toEqual([FIRST.beijing, 'hold', 'hold', 'hold']);
  });

  it('takes team intents only from teams and facilitator intents only from the facilitator', () => {
    const s = newClass();
    expect(applyIntent(s, team('tokyo'), { kind: 'resolve' }, 1)).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
    expect(applyIntent(s, facilitator, lock('hold'), 1)).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
  });

  it('hands a seat to a bot: its lock goes, and the turn resolves once the other teams are in', () => {
    let s = newClass();
    s = play(s, [[team('beijing'), lock(FIRST.beijing)], [team('taipei'), lock(FIRST.taipei)], [team('tokyo'), lock(FIRST.tokyo)], [team('washington'), { kind: 'statement', text: 'We are here.' }]]);
    const r = must(s, facilitator, { kind: 'setSeat', role: 'washington', seat: 'bot:hawkish' });
    expect(r.events.map((e) => e.type)).toEqual(['seatChanged', 'turnResolved']);
    expect(r.session.record.turns[0]!.commands.find((c) => c.role === 'washington')?.by).toBe('bot:hawkish');
    expect(applyIntent(r.session, team('washington'), lock('hold'), 1)).toMatchObject({ ok: false, error: { code: 'seatIsBot' } });
  });
});

/** A facilitator's flag that closes a decision open at the start of a shipped scenario: found, not assumed, so rules changes keep the test meaningful. */
function closingAction(): { scenarioId: string; role: Role; decision: string; action: FacilitatorAction } {
  for (const id of ['blockade', 'quarantine', 'invasion', 'southwest-islands']) {
    const scenario = scenarioOf(id);
    const s = newClass(id, scenario.variant);
    const start = s.state;
    for (const flag of Object.keys(start.flags)) {
      if (typeof start.flags[flag as keyof typeof start.flags] !== 'boolean') continue;
      const action = { kind: 'raiseFlag', flag } as FacilitatorAction;
      const after = applyFacilitator(scenario, start, [{ turn: 0, action, reason: 'test' }]);
      if (!after.ok) continue;
      for (const role of ROLES) {
        const before = openDecisions(role, start.tracks[role], factsOf(start, scenario.legal));
        const now = openDecisions(role, after.value.state.tracks[role], factsOf(after.value.state, scenario.legal));
        const decision = before.find((d) => !now.includes(d));
        if (decision) return { scenarioId: id, role, decision, action };
      }
    }
  }
  throw new Error('no facilitator flag closes any opening decision of a shipped scenario');
}

describe('the facilitator acts during a turn', () => {
  it('keeps the teams\' locked choices when they stay open', () => {
    let s = newClass();
    s = play(s, [[team('tokyo'), lock(FIRST.tokyo)], [team('taipei'), lock(FIRST.taipei)]]);
    const r = must(s, facilitator, { kind: 'facilitate', action: { kind: 'inject', injectId: INJECT }, reason: 'Raise the stakes' });
    expect(r.session.record.locked.tokyo?.decision).toBe(FIRST.tokyo);
    expect(r.session.record.locked.taipei?.decision).toBe(FIRST.taipei);
    expect(r.events[0]).toMatchObject({ type: 'facilitatorActed', action: 'inject' });
    // The teams see the inject now, without the facilitator's note.
    const news = (r.events[0] as { news: { type: string }[] }).news;
    expect(news[0]).toEqual({ type: 'injectPlayed', id: INJECT });
    expect(news.some((e) => e.type === 'facilitatorAction')).toBe(false);
    const seen = viewOf(r.session, { kind: 'team', role: 'beijing' }, 1);
    expect(seen.news[0]).toEqual({ type: 'injectPlayed', id: INJECT });
    expect(JSON.stringify(seen)).not.toContain('Raise the stakes');
  });

  it('releases a locked choice its action closes, and says which team must decide again and why', () => {
    const { scenarioId, role, decision, action } = closingAction();
    let s = newClass(scenarioId, scenarioOf(scenarioId).variant);
    s = must(s, team(role), lock(decision)).session;
    const r = must(s, facilitator, { kind: 'facilitate', action, reason: 'An attack is reported' });
    expect(r.session.record.locked[role]).toBeUndefined();
    const told = r.events.find((e) => e.type === 'mustDecideAgain');
    expect(told).toMatchObject({ type: 'mustDecideAgain', role, decision });
    expect(told && 'why' in told && told.why.open).toBe(false);
    const view = viewOf(r.session, { kind: 'team', role }, 1) as TeamView;
    expect(view.relock).toMatchObject({ decision });
    // Deciding again clears it; withdrawing the action does not lock the old choice again by itself.
    const again = must(r.session, team(role), lock('hold')).session;
    expect(again.record.relock[role]).toBeUndefined();
  });

  it('plays a deck inject at most once, pending or played', () => {
    let s = newClass();
    const inject = { kind: 'facilitate' as const, action: { kind: 'inject' as const, injectId: INJECT }, reason: 'Now' };
    s = must(s, facilitator, inject).session;
    expect(applyIntent(s, facilitator, inject, 1)).toMatchObject({ ok: false, error: { code: 'injectPlayed', inject: INJECT } });
    expect((viewOf(s, facilitator, 1) as FacilitatorView).deck.find((d) => d.id === INJECT)?.played).toBe(true);
    s = must(s, facilitator, { kind: 'resolve' }).session;
    expect(applyIntent(s, facilitator, inject, 1)).toMatchObject({ ok: false, error: { code: 'injectPlayed' } });
  });

  it('refuses what the engine refuses, in its own words, and can take a pending command back', () => {
    let s = newClass();
    expect(applyIntent(s, facilitator, { kind: 'facilitate', action: { kind: 'inject', injectId: INJECT }, reason: ' ' }, 1))
      .toMatchObject({ ok: false, error: { code: 'engine', refusal: { code: 'reasonNeeded' } } });
    expect(applyIntent(s, facilitator, { kind: 'facilitate', action: { kind: 'setParameter', path: 'shipping.nothing', value: 1 }, reason: 'x' }, 1))
      .toMatchObject({ ok: false, error: { code: 'engine', refusal: { code: 'notAParameter' } } });
    s = must(s, facilitator, { kind: 'facilitate', action: { kind: 'inject', injectId: INJECT }, reason: 'Now' }).session;
    expect(s.situation.state.injectsPlayed).toEqual([INJECT]);
    expect(applyIntent(s, facilitator, { kind: 'withdrawPending', index: 3 }, 1)).toMatchObject({ ok: false, error: { code: 'noSuchPending' } });
    s = must(s, facilitator, { kind: 'withdrawPending', index: 0 }).session;
    expect(s.situation.state.injectsPlayed).toEqual([]);
    expect(s.record.pending).toEqual([]);
  });
});

describe('talk between teams', () => {
  it('takes one public statement per team per turn, shown to every viewer', () => {
    let s = newClass();
    s = must(s, team('tokyo'), { kind: 'statement', text: 'Japan calls for calm.' }).session;
    expect(applyIntent(s, team('tokyo'), { kind: 'statement', text: 'And again.' }, 1)).toMatchObject({ ok: false, error: { code: 'statementMade', turn: 0 } });
    expect(viewOf(s, { kind: 'projector' }, 1).statements).toEqual([{ turn: 0, from: 'tokyo', text: 'Japan calls for calm.', at: 1_000 }]);
    s = must(s, facilitator, { kind: 'resolve' }).session;
    expect(must(s, team('tokyo'), { kind: 'statement', text: 'A second turn.' }).session.record.talk.statements).toHaveLength(2);
  });

  it('refuses text that is empty, too long, or would act on a screen', () => {
    const s = newClass();
    expect(applyIntent(s, team('tokyo'), { kind: 'statement', text: '  ' }, 1)).toMatchObject({ ok: false, error: { code: 'textEmpty' } });
    expect(applyIntent(s, team('tokyo'), { kind: 'statement', text: 'x'.repeat(281) }, 1)).toMatchObject({ ok: false, error: { code: 'textTooLong', max: 280 } });
    expect(applyIntent(s, team('tokyo'), { kind: 'statement', text: 'calm\u202e' }, 1)).toMatchObject({ ok: false, error: { code: 'hiddenCharacter', at: 5 } });
    expect(applyIntent(s, team('tokyo'), { kind: 'message', to: 'washington', text: 'two\nlines' }, 1).ok).toBe(true);
    expect(applyIntent(s, team('tokyo'), { kind: 'message', to: 'washington', text: 'bell\x07' }, 1)).toMatchObject({ ok: false, error: { code: 'hiddenCharacter' } });
  });

  it('shows a private message to the two teams and the facilitator only', () => {
    const s = must(newClass(), team('tokyo'), { kind: 'message', to: 'washington', text: 'Will you consult us first?' });
    const sees = (role: Role) => (viewOf(s.session, { kind: 'team', role }, 1) as TeamView).messages.length;
    expect([sees('tokyo'), sees('washington'), sees('beijing'), sees('taipei')]).toEqual([1, 1, 0, 0]);
    expect((viewOf(s.session, facilitator, 1) as FacilitatorView).messages).toHaveLength(1);
    expect(JSON.stringify(viewOf(s.session, { kind: 'projector' }, 1))).not.toContain('consult');
    expect(JSON.stringify(viewOf(s.session, { kind: 'team', role: 'beijing' }, 1))).not.toContain('consult');
  });

  it('sends messages and proposals only to other teams of people', () => {
    const s = newClass('blockade', 'base', seatsWith(['tokyo', 'washington']));
    expect(applyIntent(s, team('tokyo'), { kind: 'message', to: 'beijing', text: 'hello' }, 1)).toMatchObject({ ok: false, error: { code: 'notATeam', role: 'beijing' } });
    expect(applyIntent(s, team('tokyo'), { kind: 'message', to: 'tokyo', text: 'hello' }, 1)).toMatchObject({ ok: false, error: { code: 'toSelf' } });
  });

  it('exchanges draft proposals: terms from the scenario, answered only by the team they were made to, seen by the two and the facilitator', () => {
    let s = newClass();
    const offer = { kind: 'propose' as const, to: 'beijing' as const, terms: [TERMS.taipei, TERMS.beijing], note: 'Shipping first, then talks.' };
    s = must(s, team('taipei'), offer).session;
    const id = s.record.talk.proposals[0]!.id;
    expect(applyIntent(s, team('tokyo'), { kind: 'answer', proposal: id, accept: true }, 1)).toMatchObject({ ok: false, error: { code: 'noSuchProposal' } });
    expect(applyIntent(s, team('taipei'), { kind: 'answer', proposal: id, accept: true }, 1)).toMatchObject({ ok: false, error: { code: 'notAddressedToYou' } });
    expect((viewOf(s, { kind: 'team', role: 'tokyo' }, 1) as TeamView).proposals).toEqual([]);
    const accepted = must(s, team('beijing'), { kind: 'answer', proposal: id, accept: true }, 5_000);
    s = accepted.session;
    expect(s.record.talk.proposals[0]).toMatchObject({ status: 'accepted', answeredTurn: 0, answeredAt: 5_000, terms: offer.terms });
    expect((viewOf(s, { kind: 'team', role: 'taipei' }, 1) as TeamView).proposals[0]?.status).toBe('accepted');
    expect((viewOf(s, facilitator, 1) as FacilitatorView).proposals).toHaveLength(1);
    expect(JSON.stringify(viewOf(s, { kind: 'projector' }, 1))).not.toContain('Shipping first');
    expect(applyIntent(s, team('beijing'), { kind: 'answer', proposal: id, accept: false }, 1)).toMatchObject({ ok: false, error: { code: 'proposalAnswered', status: 'accepted' } });
    expect(applyIntent(s, team('taipei'), { kind: 'withdraw', proposal: id }, 1)).toMatchObject({ ok: false, error: { code: 'proposalAnswered' } });
  });

  it('checks a proposal\'s terms against the scenario\'s list, and lets its author withdraw it', () => {
    let s = newClass();
    const p = (terms: string[]) => applyIntent(s, team('taipei'), { kind: 'propose', to: 'beijing', terms, note: '' }, 1);
    expect(p([])).toMatchObject({ ok: false, error: { code: 'noTerms' } });
    expect(p([TERMS.taipei, TERMS.taipei])).toMatchObject({ ok: false, error: { code: 'repeatedTerm', term: TERMS.taipei } });
    expect(p(['lift blockade'])).toMatchObject({ ok: false, error: { code: 'badTerm' } });
    expect(p(['somethingNoScenarioOffers'])).toMatchObject({ ok: false, error: { code: 'badTerm' } });
    expect(p(Array.from({ length: 11 }, (_, i) => `t${i}`))).toMatchObject({ ok: false, error: { code: 'tooManyTerms', max: 10 } });
    s = must(s, team('taipei'), { kind: 'propose', to: 'beijing', terms: [TERMS.beijing], note: '' }).session;
    expect(applyIntent(s, team('beijing'), { kind: 'withdraw', proposal: 1 }, 1)).toMatchObject({ ok: false, error: { code: 'notYourProposal' } });
    s = must(s, team('taipei'), { kind: 'withdraw', proposal: 1 }).session;
    expect(s.record.talk.proposals[0]!.status).toBe('withdrawn');
  });

  it('makes a settlement through the engine: terms on the proposing team\'s command, accepted by the other the next turn', () => {
    let s = newClass();
    const step = (role: Role, decision: string, proposal?: { terms: string[]; note: string }) => {
      s = must(s, team(role), { kind: 'lock', decision, ...(proposal ? { proposal } : {}) }).session;
    };
    const holdOthers = (...except: Role[]) => ROLES.filter((r) => !except.includes(r)).forEach((r) => step(r, 'hold'));
    // Beijing interferes with shipping, so Taipei has something to negotiate.
    const beijingOptions = (viewOf(s, { kind: 'team', role: 'beijing' }, 0) as TeamView).options;
    const coercion = ['declareBlockade', 'declareQuarantine'].find((d) => beijingOptions.some((o) => o.decision === d && o.openness.open))!;
    step('beijing', coercion);
    holdOthers('beijing');
    step('taipei', 'openNegotiations');
    holdOthers('taipei');
    // The engine checks the terms when the team locks in, as it will check the command.
    expect(applyIntent(s, team('taipei'), { kind: 'lock', decision: 'proposeSettlement' }, 1)).toMatchObject({ ok: false, error: { code: 'engine', refusal: { code: 'proposalNeeded' } } });
    expect(applyIntent(s, team('taipei'), { kind: 'lock', decision: 'proposeSettlement', proposal: { terms: ['nothingAtAll'], note: '' } }, 1)).toMatchObject({ ok: false, error: { code: 'engine', refusal: { code: 'unknownTerm' } } });
    expect(applyIntent(s, team('taipei'), { kind: 'lock', decision: 'hold', proposal: { terms: [TERMS.taipei], note: '' } }, 1)).toMatchObject({ ok: false, error: { code: 'engine', refusal: { code: 'proposalNotExpected' } } });
    const terms = { terms: [TERMS.taipei, TERMS.beijing], note: 'Ships first, then talks.' };
    step('taipei', 'proposeSettlement', terms);
    // A locked proposal is the team's choice: hidden from the others until the turn resolves.
    expect(JSON.stringify(viewOf(s, { kind: 'team', role: 'beijing' }, 0))).not.toContain('Ships first');
    expect((viewOf(s, { kind: 'team', role: 'taipei' }, 0) as TeamView).locked?.proposal).toEqual(terms);
    holdOthers('taipei');
    expect(s.record.turns[2]!.commands.find((c) => c.role === 'taipei')?.proposal).toEqual(terms);
    expect(s.state.talks.offer).toMatchObject({ by: 'taipei', ...terms });
    step('beijing', 'agreeSettlement');
    holdOthers('beijing');
    expect(s.state.talks.agreed).toMatchObject({ by: 'taipei', ...terms });
    expect(s.state.outcome).toBe('negotiatedSettlement');
    const replay = parseReplay(JSON.stringify(classReplay(s)));
    expect(replay.ok && verifyReplay(replay.value, s.scenario).ok).toBe(true);
  });

  it('records statements, messages and proposals in a replay that parses and verifies', () => {
    let s = newClass();
    s = play(s, [
      [team('tokyo'), { kind: 'statement', text: 'Japan calls for calm.' }],
      [team('tokyo'), { kind: 'message', to: 'washington', text: 'Consult us\nfirst.' }],
      [team('taipei'), { kind: 'propose', to: 'beijing', terms: [TERMS.beijing], note: 'Now.' }],
      [team('beijing'), { kind: 'answer', proposal: 1, accept: true }],
      [facilitator, { kind: 'resolve' }],
    ]);
    const replay = classReplay(s);
    const parsed = parseReplay(JSON.stringify(replay));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.talk).toEqual({
      statements: [{ turn: 0, from: 'tokyo', text: 'Japan calls for calm.' }],
      messages: [{ turn: 0, from: 'tokyo', to: 'washington', text: 'Consult us\nfirst.' }],
      proposals: [{ turn: 0, from: 'taipei', to: 'beijing', terms: [TERMS.beijing], note: 'Now.', status: 'accepted', answeredTurn: 0 }],
    });
    expect(verifyReplay(parsed.value, s.scenario).ok).toBe(true);
    // A class where nobody spoke writes a replay as before, without the field.
    expect('talk' in classReplay(newClass())).toBe(false);
  });

  it('refuses a replay whose talk would act on a screen', () => {
    const s = must(newClass(), team('tokyo'), { kind: 'statement', text: 'calm' }).session;
    const replay = classReplay(s);
    const bad = JSON.stringify({ ...replay, talk: { ...replay.talk, statements: [{ turn: 0, from: 'tokyo', text: 'calm\u001b[2J' }] } });
    expect(parseReplay(bad).ok).toBe(false);
    const unknownRole = JSON.stringify({ ...replay, talk: { ...replay.talk, statements: [{ turn: 0, from: 'moscow', text: 'calm' }] } });
    expect(parseReplay(unknownRole).ok).toBe(false);
  });
});

describe('pause and the turn timer', () => {
  it('stops the teams while paused and keeps the time left', () => {
    let s = newClass();
    s = must(s, facilitator, { kind: 'setTimer', seconds: 300, holdAtZero: false }, 10_000).session;
    expect(s.record.timer).toMatchObject({ deadline: 310_000, remainingMs: 300_000 });
    s = must(s, facilitator, { kind: 'pause' }, 70_000).session;
    expect(s.record.timer).toMatchObject({ deadline: null, remainingMs: 240_000 });
    expect(applyIntent(s, team('tokyo'), lock('hold'), 80_000)).toMatchObject({ ok: false, error: { code: 'paused' } });
    expect(applyIntent(s, facilitator, { kind: 'pause' }, 80_000)).toMatchObject({ ok: false, error: { code: 'alreadyPaused' } });
    expect(expireTimer(s, 10_000_000)).toBeNull();
    expect(viewOf(s, { kind: 'projector' }, 500_000).timer?.leftMs).toBe(240_000);
    s = must(s, facilitator, { kind: 'resume' }, 100_000).session;
    expect(s.record.timer).toMatchObject({ deadline: 340_000 });
    expect(viewOf(s, { kind: 'projector' }, 300_000).timer?.leftMs).toBe(40_000);
  });

  it('at zero, says time is up, or resolves with undecided teams holding when the facilitator chose that', () => {
    let s = newClass();
    s = must(s, facilitator, { kind: 'setTimer', seconds: 60, holdAtZero: false }, 0).session;
    expect(expireTimer(s, 59_999)).toBeNull();
    const up = expireTimer(s, 60_000);
    expect(up?.ok && up.value.events).toEqual([{ type: 'timeUp', holdAtZero: false }]);
    expect(up?.ok && up.value.session.state.turn).toBe(0);

    let h = newClass();
    h = play(h, [[facilitator, { kind: 'setTimer', seconds: 60, holdAtZero: true }], [team('beijing'), lock(FIRST.beijing)]], 0);
    const r = expireTimer(h, 61_000);
    expect(r?.ok && r.value.events.map((e) => e.type)).toEqual(['timeUp', 'turnResolved']);
    if (!r?.ok) return;
    expect(r.value.session.record.turns[0]!.commands.map((c) => c.decision)).toEqual([FIRST.beijing, 'hold', 'hold', 'hold']);
    // The next turn's timer starts from the whole length.
    expect(r.value.session.record.timer).toMatchObject({ deadline: 121_000, expired: false });
    expect(r.value.session.record.seq).toBe(h.record.seq + 1);
  });
});

describe('a class record read back', () => {
  it('round-trips through JSON and refuses one that is not a class', () => {
    const s = play(newClass(), [[team('tokyo'), lock(FIRST.tokyo)], [team('tokyo'), { kind: 'statement', text: 'calm' }]]);
    const back = parseClassRecord(JSON.parse(JSON.stringify(s.record)));
    expect(back.ok && back.value).toEqual(s.record);
    expect(parseClassRecord({ ...s.record, seq: -1 }).ok).toBe(false);
    expect(parseClassRecord({ ...s.record, extra: 1 }).ok).toBe(false);
    expect(parseClassRecord('nothing').ok).toBe(false);
  });

  it('refuses a record whose log was changed, a lock the rules close, or another scenario', () => {
    let s: ClassSession = newClass();
    s = must(s, facilitator, { kind: 'resolve' }).session;
    const tampered = { ...s.record, turns: [{ ...s.record.turns[0]!, stateHash: '0'.repeat(28) }] };
    expect(restoreClass(s.scenario, tampered)).toMatchObject({ ok: false, error: { code: 'diverged' } });
    const badLock = { ...s.record, locked: { tokyo: { decision: CLOSED.tokyo, at: 1 } } };
    expect(restoreClass(s.scenario, badLock)).toMatchObject({ ok: false, error: { code: 'lockClosed', role: 'tokyo' } });
    expect(restoreClass(scenarioOf('quarantine'), s.record)).toMatchObject({ ok: false, error: { code: 'wrongScenario' } });
  });

  it('ends with the game: nothing more is taken', () => {
    let s = newClass();
    for (let i = 0; i < 200 && !s.state.outcome; i++) s = must(s, facilitator, { kind: 'resolve' }).session;
    expect(s.state.outcome).not.toBeNull();
    expect(s.record.timer).toBeNull();
    expect(applyIntent(s, team('tokyo'), { kind: 'statement', text: 'late' }, 1)).toMatchObject({ ok: false, error: { code: 'gameOver' } });
  });
});
