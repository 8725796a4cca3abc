// The debrief's pure parts: the timeline and the legal thresholds, read off a game's events.
import { describe, expect, it } from 'vitest';
import { ROLES, type FacilitatorAction, type Role, type Scenario } from '../../engine/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';
import { thresholdsOf } from '../../ui/app/debrief/thresholds.ts';
import { timelineOf } from '../../ui/app/debrief/timeline.ts';
import { facilitate, playTurn, startSession, type Session } from '../../ui/app/session.ts';

const blockade = loadScenario('blockade', 'base') as Scenario;

const PEOPLE = { beijing: 'human', taipei: 'human', tokyo: 'human', washington: 'human' } as const;

interface Step {
  decisions?: Partial<Record<Role, string>>;
  facilitator?: [FacilitatorAction, string][];
}

/** A game played through the command path, every seat a person, turn by turn as scripted. */
function scripted(seed: string, steps: Step[]): Session {
  const started = startSession({ scenarioId: 'blockade', variant: 'base', seed, seats: PEOPLE });
  if (!started.ok) throw new Error(started.error);
  let s = started.value;
  for (const [k, step] of steps.entries()) {
    for (const [action, reason] of step.facilitator ?? []) {
      const f = facilitate(s, action, reason);
      if (!f.ok) throw new Error(`turn ${k + 1}: ${f.error}`);
      s = f.value;
    }
    const r = playTurn(s, step.decisions ?? {});
    if (!r.ok) throw new Error(`turn ${k + 1}: ${r.error}`);
    s = r.value;
  }
  return s;
}

// A Diet that supports the government almost surely approves; the roll still decides, and the test reads which way.
const dietBehind: [FacilitatorAction, string] = [{ kind: 'setIndicator', indicator: 'dietSupport', value: 100 }, 'the coalition holds'];

describe('legal thresholds, read off a game played through the command path', () => {
  const usAttacked: [FacilitatorAction, string] = [{ kind: 'raiseFlag', flag: 'usForcesAttacked' }, 'a US destroyer is hit by a PLA missile'];
  const s = scripted('thresholds', [
    /* 1 */ { decisions: { beijing: 'declareBlockade', washington: 'issueWarnings' } },
    /* 2 */ { decisions: { tokyo: 'determineAnticipatedArmedAttackSituation' } },
    /* 3 */ { decisions: { tokyo: 'seekDiplomaticSolution' } },
    /* 4 */ { facilitator: [usAttacked], decisions: { tokyo: 'determineSurvivalThreateningSituation' } },
    /* 5 */ { facilitator: [usAttacked, dietBehind], decisions: { tokyo: 'requestDefenceOperationApproval' } },
    /* 6 */ { facilitator: [usAttacked], decisions: { tokyo: 'orderDefenceOperation', washington: 'requestPriorConsultation' } },
    /* 7 */ { decisions: { beijing: 'strikeAlliedBases', tokyo: 'consentToCombatOperations' } },
    /* 8 */ { decisions: { washington: 'intervene' } },
    /* 9 */ { decisions: { washington: 'operateFromBasesInJapan' } },
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
    expect(ts.filter((t) => /Japan is attacked/.test(t.title))).toHaveLength(1);
  });

  it("says Beijing's blockade is an act of war, with its legal basis, who and when, and the situation it was declared in", () => {
    const t = find(/declares a blockade/);
    expect(t).toMatchObject({ turn: 0, day: 0, kind: 'blockade', who: 'Beijing (team)' });
    expect(t.title).toMatch(/act of war/);
    expect(t.legalBasis).toMatch(/act of war under international law/);
    expect(t.why.join(' ')).toMatch(/Beijing's own choice/);
    expect(t.why.join(' ')).toMatch(/pressure stood at a large-scale exercise/);
  });

  it('says which rule of the machine opened a determination, in its words, and the facts behind it', () => {
    const t = find(/survival-threatening/);
    expect(t).toMatchObject({ turn: 3, day: 21, kind: 'determination', who: 'Tokyo (team)' });
    expect(t.why.join(' ')).toMatch(/armed attack on a country in a close relationship with Japan is occurring/);
    expect(t.why.join(' ')).toMatch(/US forces were under attack/);
    expect(t.legalBasis).toMatch(/Three New Conditions/);
    expect(find(/anticipated armed attack/).why.join(' ')).toMatch(/armed attack on Japan is anticipated/);
  });

  it("follows the Diet: the request, the vote with its odds and roll, then force on the Diet's approval", () => {
    expect(find(/asks the Diet to approve a defence operation/).why.join(' ')).toMatch(/survival-threatening or armed attack situation is determined/);
    const vote = ts.find((t) => t.kind === 'diet' && t.who === 'The Diet')!;
    expect(vote.turn).toBe(4);
    expect(vote.title).toMatch(/^The Diet (approves|refuses) the defence operation$/);
    expect(vote.why[0]).toMatch(/\d+(\.\d+)?% chance\. The roll was [\d.]+ of 100/);
    expect(vote.legalBasis).toBeTruthy();
    if (/approves/.test(vote.title)) expect(find(/uses force/).why.join(' ')).toMatch(/Diet has approved the defence operation/);
  });

  it('records attacks on US forces and on Japan (Article V), prior consultation, and US operations from bases in Japan', () => {
    expect(find(/US forces are attacked/)).toMatchObject({ turn: 3, who: 'The facilitator' });
    expect(find(/Japan is attacked/).title).toMatch(/Article V/);
    expect(find(/strikes US and Japanese bases/).kind).toBe('attackOnJapan');
    expect(find(/Washington asks Tokyo for prior consultation/).legalBasis).toMatch(/Kishi-Herter/);
    expect(find(/consents to US combat operations/).why.join(' ')).toMatch(/Washington has asked and Japan may consent/);
    expect(find(/^US combat operations from bases in Japan$/).why.join(' ')).toMatch(/Tokyo has consented/);
  });
});

describe('an emergency defence operation, ordered ahead of the Diet', () => {
  const s = scripted('emergency', [
    { decisions: { beijing: 'declareBlockade' } },
    { decisions: { beijing: 'strikeAlliedBases' } },
    { decisions: { tokyo: 'determineArmedAttackSituation' } },
    { decisions: { tokyo: 'orderDefenceOperationInEmergency' } },
  ]);
  const e = thresholdsOf(s).filter((t) => t.who.startsWith('Tokyo') || t.who === 'The Diet');

  it('shows the emergency order, why it could come first, and the vote after the fact', () => {
    expect(e.map((t) => t.kind)).toEqual(['determination', 'emergency', 'diet']);
    expect(e[1]!.title).toMatch(/ahead of the Diet/);
    expect(e[1]!.why.join(' ')).toMatch(/the order may come before the Diet votes/);
    expect(e[2]!.title).toMatch(/^The Diet (approves|refuses), after the fact, the defence operation already ordered/);
    expect(e[2]!.legalBasis).toMatch(/Ex post/i);
  });
});

function playedWithFacilitator(): Session {
  const started = startSession({ scenarioId: 'blockade', variant: 'base', seed: 'debrief-timeline', seats: { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:hawkish' } });
  if (!started.ok) throw new Error(started.error);
  let s = started.value;
  const step = (r: ReturnType<typeof playTurn>) => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
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
    expect(tokyo).toMatchObject({ by: 'human', who: 'team', hold: true, label: 'Holds its posture' });
    expect(tl.turns[0]!.decisions.find((d) => d.role === 'beijing')!.who).toBe('hawkish bot');
  });

  it("shows the facilitator's actions with their reasons in the turn they were given, the inject's headline included", () => {
    const t = tl.turns[1]!;
    expect(t.facilitator).toEqual([
      { what: `Played an inject from the deck: ${blockade.injects[0]!.headline}`, reason: 'The class needs news from the insurers' },
      { what: expect.stringMatching(/Changed the rule "Share of the shipping gap US convoys close" to 0\.9 \(was [\d.]+\)/), reason: 'Convoys are better than the model assumes' },
    ]);
    expect(t.injects).not.toContain(blockade.injects[0]!.headline);
    expect(tl.turns[0]!.facilitator).toEqual([]);
  });

  it('ends with the outcome and its reason, and lists the key events of the game', () => {
    expect(tl.end).toMatchObject({ outcome: s.state.outcome, turn: s.turns.length - 1 });
    expect(tl.end!.reason.length).toBeGreaterThan(10);
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
