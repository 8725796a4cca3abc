// The debrief's pure parts: the timeline and the legal thresholds, read off a game's events.
import { describe, expect, it } from 'vitest';
import { createGame, factsOf, ROLES, type Facts, type GameEvent, type Role, type Scenario, type TurnRecord } from '../../engine/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';
import { thresholdsOf } from '../../ui/app/debrief/thresholds.ts';
import { timelineOf } from '../../ui/app/debrief/timeline.ts';
import { facilitate, playTurn, startSession, type Session } from '../../ui/app/session.ts';

const blockade = loadScenario('blockade', 'base') as Scenario;
const baseFacts: Facts = factsOf(createGame(blockade, 'facts'), blockade.legal);
const facts = (over: Partial<Facts> = {}): Facts => ({ ...baseFacts, ...over });

const decided = (role: Role, decision: string, over: Partial<Facts> = {}, by: 'human' | 'bot:cautious' = 'human'): GameEvent =>
  ({ type: 'decisionTaken', role, decision, by, facts: facts(over) });

/** A session made of hand-written turns: every role holds unless told otherwise. */
function sessionOf(turns: GameEvent[][]): Session {
  const records: TurnRecord[] = turns.map((events, turn) => {
    const told = new Set(events.filter((e) => e.type === 'decisionTaken').map((e) => (e as { role: Role }).role));
    const holds = ROLES.filter((r) => !told.has(r)).map((r) => decided(r, 'hold', {}, 'bot:cautious'));
    return { turn, commands: [], events: [...holds, ...events], stateHash: '0'.repeat(28) };
  });
  const state = { ...createGame(blockade, 'synthetic'), turn: turns.length, day: turns.length * blockade.turnDays };
  return {
    setup: { scenarioId: 'blockade', variant: 'base', seed: 'synthetic', seats: { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:cautious' } },
    scenario: blockade, turns: records, state, pending: [],
  };
}

describe('legal thresholds, derived from the events', () => {
  const s = sessionOf([
    /* turn 1 */ [decided('beijing', 'declareBlockade', { prcCoercion: 'largeScaleExercise', prcCoercionRung: 2 }, 'bot:cautious')],
    /* turn 2 */ [decided('tokyo', 'determineAnticipatedArmedAttackSituation', { prcCoercion: 'blockade', prcCoercionRung: 4, japanAttackAnticipated: true })],
    /* turn 3 */ [
      { type: 'flagRaised', flag: 'usForcesAttacked', why: 'PLA forces attack US escorts' },
    ],
    /* turn 4 */ [decided('tokyo', 'determineSurvivalThreateningSituation', { prcCoercion: 'blockade', prcCoercionRung: 4, usForcesAttacked: true })],
    /* turn 5 */ [
      decided('tokyo', 'requestDefenceOperationApproval', { usForcesAttacked: true }),
      { type: 'roll', what: 'Diet approves (defenceOperationPending)', probability: 0.64, roll: 0.31, success: true },
      { type: 'machineEvent', role: 'tokyo', event: 'dietApproves', why: 'The Diet approves', facts: facts({ usForcesAttacked: true }) },
    ],
    /* turn 6 */ [decided('tokyo', 'orderDefenceOperation', { usForcesAttacked: true }), decided('washington', 'requestPriorConsultation', { prcCoercion: 'blockade' }, 'bot:cautious')],
    /* turn 7 */ [
      { type: 'machineEvent', role: 'tokyo', event: 'priorConsultationRequested', why: 'Washington asks for prior consultation on combat operations from bases in Japan', facts: facts() },
      decided('beijing', 'strikeAlliedBases', { prcCoercion: 'blockade' }, 'bot:cautious'),
      { type: 'flagRaised', flag: 'japanAttacked', why: 'PLA missiles strike bases in Japan' },
    ],
    /* turn 8 */ [decided('washington', 'operateFromBasesInJapan', { japanAttacked: true }, 'bot:cautious'), decided('tokyo', 'consentToCombatOperations', { usRequestedPriorConsultation: true })],
    /* turn 9: a second attack on Japan is news, not a threshold crossed again */ [{ type: 'flagRaised', flag: 'japanAttacked', why: 'PLA troops land on Uotsuri-jima' }],
  ]);
  const ts = thresholdsOf(s);
  const find = (title: RegExp) => {
    const t = ts.find((x) => title.test(x.title));
    if (!t) throw new Error(`no threshold ${title}; have ${ts.map((x) => x.title).join(' | ')}`);
    return t;
  };

  it('lists each threshold once, in order, and nothing for holds', () => {
    expect(ts.map((t) => t.turn)).toEqual([...ts.map((t) => t.turn)].sort((a, b) => a - b));
    expect(ts.some((t) => /hold/i.test(t.title))).toBe(false);
    expect(ts).toHaveLength(12);
  });

  it("says Beijing's blockade is an act of war, with its legal basis, who and when", () => {
    const t = find(/declares a blockade/);
    expect(t).toMatchObject({ turn: 0, day: 0, kind: 'blockade', who: 'Beijing (cautious bot)' });
    expect(t.title).toMatch(/act of war/);
    expect(t.legalBasis).toMatch(/act of war under international law/);
    expect(t.why.join()).toMatch(/from a large-scale exercise/);
  });

  it('says which facts opened a determination: US forces had been attacked', () => {
    const t = find(/survival-threatening/);
    expect(t).toMatchObject({ turn: 3, day: 21, kind: 'determination', who: 'Tokyo (team)' });
    expect(t.why).toContain('US forces had been attacked');
    expect(t.legalBasis).toMatch(/Three New Conditions/);
    expect(find(/anticipated armed attack/).why.join()).toMatch(/declared blockade, next door to Japan/);
  });

  it("follows the Diet: the request, the vote with its odds, then force with the Diet's approval as the reason", () => {
    expect(find(/asks the Diet to approve a defence operation/).why[0]).toMatch(/Under the survival-threatening situation determined in turn 4/);
    const vote = find(/The Diet approves/);
    expect(vote).toMatchObject({ turn: 4, who: 'The Diet', kind: 'diet', title: 'The Diet approves a defence operation' });
    expect(vote.why[0]).toMatch(/64% chance of approval.*roll was 31/);
    const force = find(/uses force/);
    expect(force.kind).toBe('force');
    expect(force.why).toContain('The Diet had approved a defence operation in turn 5');
  });

  it('records attacks on US forces and on Japan (Article V), prior consultation, and US operations from bases in Japan', () => {
    expect(find(/US forces are attacked/)).toMatchObject({ turn: 2, who: 'Events', why: ['PLA forces attack US escorts'] });
    expect(find(/Japan is attacked/).title).toMatch(/Article V/);
    expect(ts.filter((t) => /Japan is attacked/.test(t.title))).toHaveLength(1);
    expect(timelineOf(s).turns[8]!.events).toEqual([{ kind: 'attack', text: 'Armed attack on Japan: PLA troops land on Uotsuri-jima' }]);
    expect(find(/strikes US and Japanese bases/).kind).toBe('attackOnJapan');
    expect(find(/Washington asks Tokyo for prior consultation/).legalBasis).toMatch(/Kishi-Herter/);
    expect(find(/from bases in Japan$/).why.join()).toMatch(/Article V need no prior consultation/);
    expect(find(/consents to US combat operations/).why.join()).toMatch(/asked for prior consultation/);
  });

  it('sees an emergency defence operation ordered ahead of the Diet', () => {
    const e = thresholdsOf(sessionOf([
      [decided('tokyo', 'determineArmedAttackSituation', { japanAttacked: true })],
      [decided('tokyo', 'orderDefenceOperationInEmergency', { japanAttacked: true })],
      [
        { type: 'roll', what: 'Diet approves (exPostApprovalPending)', probability: 0.2, roll: 0.9, success: false },
        { type: 'machineEvent', role: 'tokyo', event: 'dietRefuses', why: 'The Diet refuses approval', facts: facts() },
      ],
    ]));
    expect(e.map((t) => t.kind)).toEqual(['determination', 'emergency', 'diet']);
    expect(e[1]!.title).toMatch(/ahead of the Diet/);
    expect(e[1]!.why).toContain("An emergency: Japan had been attacked, so force may come before the Diet's vote");
    expect(e[2]!.legalBasis).toMatch(/Ex post approval/);
    expect(e[2]!.title).toBe('The Diet refuses the emergency defence operation, after the fact');
  });
});

function playedWithFacilitator(): Session {
  const started = startSession({ scenarioId: 'blockade', variant: 'base', seed: 'debrief-timeline', seats: { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:hawkish' } });
  if (!started.ok) throw new Error(started.error);
  let s = started.value;
  const step = (r: ReturnType<typeof playTurn>) => {
    if (!r.ok) throw new Error(r.error);
    s = r.value;
  };
  step(playTurn(s, {}));
  step(facilitate(s, { kind: 'inject', injectId: blockade.injects[0]!.id }, 'The class needs news from the insurers'));
  step(facilitate(s, { kind: 'setParameter', path: 'shipping.usConvoyGain', value: 0.9 }, 'Convoys are better than the model assumes'));
  step(playTurn(s, {}));
  while (!s.state.outcome) step(playTurn(s, {}));
  return s;
}

describe('the timeline', () => {
  const s = playedWithFacilitator();
  const tl = timelineOf(s);

  it('has every turn, each with one decision per role and who took it', () => {
    expect(tl.turns).toHaveLength(s.turns.length);
    for (const t of tl.turns) {
      expect(t.decisions.map((d) => d.role)).toEqual([...ROLES]);
      expect(t.day).toBe(t.turn * blockade.turnDays);
    }
    expect(tl.seats).toEqual({ beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:hawkish' });
    const tokyo = tl.turns[0]!.decisions.find((d) => d.role === 'tokyo')!;
    expect(tokyo).toMatchObject({ by: 'human', who: 'team', hold: true, label: 'Holds' });
    expect(tl.turns[0]!.decisions.find((d) => d.role === 'beijing')!.who).toBe('hawkish bot');
  });

  it("shows the facilitator's actions with their reasons in the turn they were given, the inject's headline included", () => {
    const t = tl.turns[1]!;
    expect(t.facilitator).toEqual([
      { what: `Played an inject from the deck: ${blockade.injects[0]!.headline}`, reason: 'The class needs news from the insurers' },
      { what: expect.stringMatching(/Changed the rule parameter shipping\.usConvoyGain to 0\.9 \(was [\d.]+\)/), reason: 'Convoys are better than the model assumes' },
    ]);
    expect(t.injects).not.toContain(blockade.injects[0]!.headline);
    expect(tl.turns[0]!.facilitator).toEqual([]);
  });

  it('ends with the outcome and its reason, and lists the key events of the game', () => {
    expect(tl.end).toMatchObject({ outcome: s.state.outcome, reason: s.state.outcomeReason, turn: s.turns.length - 1 });
    const kinds = new Set(tl.turns.flatMap((t) => t.events.map((e) => e.kind)));
    const events = s.turns.flatMap((t) => t.events);
    if (events.some((e) => e.type === 'lngExhausted')) expect(kinds.has('energy')).toBe(true);
    if (events.some((e) => e.type === 'flagRaised')) expect(kinds.has('attack')).toBe(true);
    const injected = events.filter((e) => e.type === 'injectPlayed').length;
    expect(tl.turns.reduce((n, t) => n + t.injects.length, 0)).toBe(injected - 1);
  });

  it('derives a threshold for every legal decision the record holds, and only from the record', () => {
    const ts = thresholdsOf(s);
    const determinations = s.turns.flatMap((t) => t.events).filter((e) => e.type === 'decisionTaken' && e.role === 'tokyo' && /^determine|^orderMaritime/.test(e.decision));
    expect(ts.filter((t) => t.kind === 'determination' && !/revokes/.test(t.title))).toHaveLength(determinations.length);
  });
});
