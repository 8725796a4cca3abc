/**
 * The eleven findings of the model review (issue 10), each played through the command path: the law
 * allowed what it forbids, or forbade what it allows. Each test failed on the rules before 1.5.0.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { factsOf, type FacilitatorAction } from '../../engine/index.ts';
import { scenarioOf } from '../engine/support.ts';
import { holds, machineEvents, openTo, playSteps, withParams, type Played } from './support.ts';

const blockade = scenarioOf('blockade', 'base');
const invasion = scenarioOf('invasion', 'base');
const usAttacked: FacilitatorAction = { kind: 'raiseFlag', flag: 'usForcesAttacked' };
const japanAttacked: FacilitatorAction = { kind: 'raiseFlag', flag: 'japanAttacked' };

describe('1. an armed attack must be occurring: attacks end, and the determinations they grounded lapse', () => {
  // Blockade, US intervention, a PLA attack on US forces; then Beijing declares a ceasefire.
  const steps = [
    { decisions: { beijing: 'declareBlockade', washington: 'issueWarnings' } },
    { decisions: { tokyo: 'seekDiplomaticSolution', washington: 'intervene' } },
    { facilitator: [usAttacked], decisions: { tokyo: 'determineSurvivalThreateningSituation' } },
    { decisions: { beijing: 'declareCeasefire' } },
  ];
  const cut = blockade;
  let g: Played;
  beforeAll(() => {
    g = playSteps(cut, 'lapse', [...steps, ...holds(2)]);
  });

  it('a survival-threatening situation determined while US forces were under attack lapses once the attack has ended', () => {
    expect(g.states[3]!.tracks.tokyo.determination).toBe('survivalThreateningSituation');
    const lapsedAt = g.events.findIndex((ev) => machineEvents(ev, 'tokyo', 'armedAttackEnded').length > 0);
    expect(lapsedAt).toBeGreaterThan(2);
    expect(g.states[lapsedAt + 1]!.tracks.tokyo.determination).not.toBe('survivalThreateningSituation');
  });

  it('after the ceasefire, with the attack past, Tokyo can neither determine one afresh nor order force ahead of the Diet', () => {
    const after = g.last;
    expect(after.day - after.attacks.usForces!).toBeGreaterThan(cut.legal.attackWindowDays);
    const open = openTo(cut, after, 'tokyo');
    expect(open).not.toContain('determineSurvivalThreateningSituation');
    expect(open).not.toContain('orderDefenceOperationInEmergency');
  });

  it('Washington can stand its forces down once Beijing has stopped, although Taiwan was attacked', () => {
    expect(g.last.flags.taiwanAttacked).toBe(true);
    expect(openTo(cut, g.last, 'washington')).toContain('standDownForces');
  });

  it('an attack on Taiwan ends when Beijing eases to a quarantine: it does not renew itself', () => {
    const eased = playSteps(cut, 'eased', [{ decisions: { beijing: 'declareBlockade' } }, { decisions: { beijing: 'easeToQuarantine' } }, ...holds(2)]);
    expect(eased.last.tracks.beijing.coercion).toBe('quarantine');
    expect(eased.last.day - eased.last.attacks.taiwan!).toBeGreaterThan(cut.legal.attackWindowDays);
    expect(factsOf(eased.last, cut.legal).taiwanUnderArmedAttack).toBe(false);
  });

  it('a survival-threatening determination stands while Japan itself is under attack', () => {
    const kept = playSteps(cut, 'kept', [...steps.slice(0, 3), { facilitator: [japanAttacked], decisions: { beijing: 'declareCeasefire' } }, { facilitator: [japanAttacked] }, { facilitator: [japanAttacked] }]);
    expect(kept.last.tracks.tokyo.determination).toBe('survivalThreateningSituation');
    expect(kept.events.some((ev) => machineEvents(ev, 'tokyo', 'armedAttackEnded').length > 0)).toBe(false);
  });
});

describe('2. Washington choosing to fight is not an armed attack on US forces; the PLA firing on them is', () => {
  const steps = [{ decisions: { beijing: 'declareBlockade' } }, { decisions: { washington: 'intervene' } }, ...holds(3)];

  it('in the blockade, an intervention the PLA never answers leaves US forces unattacked', () => {
    const g = playSteps(withParams(blockade, { 'combat.plaEngagesInterveningUsForcesChance': 0 }), 'us-first', steps);
    expect(g.last.tracks.washington.posture).toBe('directIntervention');
    expect(g.last.flags.usForcesAttacked).toBe(false);
    expect(g.last.attacks.usForces).toBeNull();
    expect(g.last.attacks.japan).toBeNull();
  });

  it('in the blockade, the PLA firing on the intervening forces is an armed attack on them', () => {
    const g = playSteps(withParams(blockade, { 'combat.plaEngagesInterveningUsForcesChance': 1, 'combat.generalWarChance': 0 }), 'us-first', steps);
    expect(g.last.flags.usForcesAttacked).toBe(true);
    expect(g.events.flat().some((e) => e.type === 'armedAttack' && e.target === 'usForces')).toBe(true);
  });

  it('in the invasion, US combat is an attack on US forces only when the PLA answers it', () => {
    const invade = [{ decisions: { beijing: 'launchInvasion' } }, { decisions: { washington: 'intervene' } }, ...holds(2)];
    const quiet = playSteps(withParams(invasion, { 'combat.plaEngagesInterveningUsForcesChance': 0 }), 'us-first', invade);
    expect(quiet.last.tracks.washington.posture).toBe('directIntervention');
    expect(quiet.last.flags.usForcesAttacked).toBe(false);
    const answered = playSteps(withParams(invasion, { 'combat.plaEngagesInterveningUsForcesChance': 1, 'combat.generalWarChance': 0 }), 'us-first', invade);
    expect(answered.last.flags.usForcesAttacked).toBe(true);
  });
});

describe('3. rear-area support is logistics outside the zone; escorting inside it is the use of force', () => {
  // US escorts run the blockade; Tokyo supports them under an important influence situation. (The war is kept from
  // widening here: this is about what the support does, not about escalation.)
  const blockade = withParams(scenarioOf('blockade', 'base'), { 'combat.generalWarChance': 0 });
  const support = [
    { decisions: { beijing: 'declareBlockade' } },
    { decisions: { washington: 'escortConvoys', tokyo: 'determineImportantInfluenceSituation' } },
    { facilitator: [{ kind: 'setIndicator', indicator: 'dietSupport', value: 100 } as FacilitatorAction], decisions: { tokyo: 'requestSupportPlanApproval' } },
    { decisions: { tokyo: 'beginRearAreaSupport' } },
    ...holds(3),
  ];

  it('puts no SDF ship at risk and closes nothing of the gap on its own', () => {
    const g = playSteps(blockade, 'rear-area', support);
    expect(g.last.tracks.tokyo.sdfRole).toBe('rearAreaSupport');
    expect(g.last.indicators.shipsLost.japan).toBe(0);
    expect(g.last.indicators.casualties.japan).toBe(0);
    expect(g.events.flat().some((e) => e.type === 'roll' && e.chance === 'sdfEscortClash')).toBe(false);
    // Without US escorts to supply, the same support changes no shipping: it is logistics, not escort.
    const noUs = withParams(blockade, { 'shipping.usConvoyGain': 0, 'shipping.noise': 0 });
    const alone = playSteps(noUs, 'rear-area', support);
    const none = playSteps(noUs, 'rear-area', support.map((s) => ({ ...s, decisions: { ...s.decisions, tokyo: undefined } })));
    expect(alone.last.indicators.shippingPct).toBe(none.last.indicators.shippingPct);
  });

  it('lets the US escorts close more of the gap than without it', () => {
    const boost = (v: number) => playSteps(withParams(blockade, { 'shipping.japanLogisticsBoost': v, 'shipping.noise': 0 }), 'rear-area', support).last.indicators.shippingPct;
    expect(boost(0.5)).toBeGreaterThan(boost(0));
  });
});

describe('4. Article V exempts only the defence of Japan from prior consultation', () => {
  it('Japan attacked, no consent: US combat operations from Japan for Taiwan stay closed; the defence of Japan opens', () => {
    const g = playSteps(blockade, 'article-v', [
      { decisions: { beijing: 'declareBlockade' } },
      { decisions: { washington: 'intervene' } },
      { facilitator: [japanAttacked] },
    ]);
    expect(g.last.tracks.tokyo.priorConsultation).not.toBe('consented');
    const open = openTo(blockade, g.last, 'washington');
    expect(open).not.toContain('operateFromBasesInJapan');
    expect(open).toContain('defendJapan');
  });
});

describe('5. a maritime security operation needs a Japanese link', () => {
  it('is closed while only Taiwan is pressed, and opens once a Japanese ship is boarded', () => {
    const quarantine = scenarioOf('quarantine', 'comprehensive');
    const g = playSteps(withParams(quarantine, { 'combat.japaneseShipBoardingChance': 0 }), 'mso', [{ decisions: { beijing: 'declareQuarantine' } }, {}]);
    expect(g.last.tracks.beijing.coercion).toBe('quarantine');
    expect(openTo(quarantine, g.last, 'tokyo')).not.toContain('orderMaritimeSecurityOperation');
    const boarded = playSteps(withParams(quarantine, { 'combat.japaneseShipBoardingChance': 1 }), 'mso', [{ decisions: { beijing: 'declareQuarantine' } }, {}]);
    expect(boarded.last.flags.japaneseShipsAttacked).toBe(true);
    expect(openTo(quarantine, boarded.last, 'tokyo')).toContain('orderMaritimeSecurityOperation');
  });
});

describe('6. evacuation needs a crisis, takes the time chance gives it, and matters while it lasts', () => {
  it('is not open in calm, and under fire may take longer than two turns', () => {
    const calm = playSteps(blockade, 'evac', [{ decisions: { beijing: 'standDown' } }, { decisions: { beijing: 'standDown' } }]);
    expect(openTo(blockade, calm.last, 'tokyo')).not.toContain('orderEvacuation');
    let slow = 0;
    for (let k = 0; k < 20; k++) {
      const g = playSteps(blockade, `evac-${k}`, [{ decisions: { beijing: 'declareBlockade', tokyo: 'orderEvacuation' } }, {}]);
      if (g.last.tracks.tokyo.evacuation !== 'completed') slow++;
    }
    expect(slow).toBeGreaterThan(0);
  });

  it('while nationals are in Taiwan under fire they count toward the survival threat, and may be harmed', () => {
    const sure = withParams(blockade, { 'politics.evacuationChanceUnderAttack': 0, 'politics.nationalsHarmedChance': 1 });
    const g = playSteps(sure, 'evac-harm', [{ decisions: { beijing: 'declareBlockade' } }, {}]);
    expect(g.last.flags.nationalsHarmed).toBe(true);
    expect(g.last.indicators.japanPublicSupport).not.toBe(g.states[0]!.indicators.japanPublicSupport);
    const none = withParams(blockade, { 'politics.nationalsHarmedChance': 1, 'politics.evacuationChance': 1 });
    const out = playSteps(none, 'evac-harm', [{ decisions: { tokyo: 'orderEvacuation' } }, { decisions: { beijing: 'declareBlockade' } }, {}]);
    expect(out.states[1]!.tracks.tokyo.evacuation).toBe('completed');
    expect(out.last.flags.nationalsHarmed).toBe(false);
  });
});

describe('7. consent is case by case: Tokyo can withdraw it', () => {
  it('withdrawing moves US combat operations out of Japan', () => {
    const g = playSteps(blockade, 'withdraw', [
      { decisions: { beijing: 'declareBlockade', washington: 'requestPriorConsultation' } },
      { decisions: { washington: 'intervene', tokyo: 'consentToCombatOperations' } },
      { decisions: { washington: 'operateFromBasesInJapan' } },
      { decisions: { tokyo: 'withdrawConsent' } },
    ]);
    expect(g.states[3]!.tracks.washington.operatingFrom).toBe('basesInJapan');
    expect(g.last.tracks.tokyo.priorConsultation).toBe('refused');
    expect(g.last.tracks.washington.operatingFrom).toBe('guamAndAtSea');
    // Credibility, Japanese opinion and Congress all move against the split.
    const [before, after] = [g.states[3]!.indicators, g.last.indicators];
    expect(after.allianceCredibility).toBeLessThan(before.allianceCredibility);
    expect(after.congressSupport).toBeLessThan(before.congressSupport);
  });
});

describe('8. an armed attack situation covers an imminent attack', () => {
  it('opens before any attack on Japan when US forces fight a war from bases in Japan', () => {
    const g = playSteps(withParams(blockade, { 'combat.plaEngagesInterveningUsForcesChance': 0 }), 'imminent', [
      { decisions: { beijing: 'declareBlockade', washington: 'requestPriorConsultation' } },
      { decisions: { washington: 'intervene', tokyo: 'consentToCombatOperations' } },
      { decisions: { washington: 'operateFromBasesInJapan' } },
    ]);
    expect(g.last.flags.japanAttacked).toBe(false);
    expect(openTo(blockade, g.last, 'tokyo')).toContain('determineArmedAttackSituation');
  });
});

describe('9. the Three New Conditions and the lower thresholds are gates a player meets or fails', () => {
  const attacked = [
    { decisions: { beijing: 'declareBlockade', washington: 'issueWarnings' } },
    { facilitator: [usAttacked] },
  ];

  it('condition 2: no survival-threatening determination until another means was tried', () => {
    const g = playSteps(blockade, 'cond2', attacked);
    expect(openTo(blockade, g.last, 'tokyo')).not.toContain('determineSurvivalThreateningSituation');
    const tried = playSteps(blockade, 'cond2', [attacked[0]!, { decisions: { tokyo: 'seekDiplomaticSolution' } }, { facilitator: [usAttacked] }]);
    expect(openTo(blockade, tried.last, 'tokyo')).toContain('determineSurvivalThreateningSituation');
  });

  it('condition 3: striking the attacking forces needs an attack on Japan or US forces, not on Taiwan alone', () => {
    // The PLA never fires on the SDF's escorts here: that would be an armed attack on Japan, which allows strikes.
    const reading = withParams(scenarioOf('blockade', 'takaichi-reading'), { 'combat.sdfEscortClashChance': 0 });
    const g = playSteps(reading, 'cond3', [
      { decisions: { beijing: 'declareBlockade', tokyo: 'seekDiplomaticSolution' } },
      { decisions: { tokyo: 'determineSurvivalThreateningSituation' } },
      { facilitator: [{ kind: 'setIndicator', indicator: 'dietSupport', value: 100 }], decisions: { tokyo: 'requestDefenceOperationApproval' } },
      { decisions: { tokyo: 'orderDefenceOperation' } },
    ]);
    expect(g.last.tracks.tokyo.sdfRole).toBe('defenceOperation');
    expect(g.last.attacks.usForces).toBeNull();
    expect(g.last.attacks.japan).toBeNull();
    // The operation is ordered defensive only, and strikes cannot be authorised later.
    expect(g.last.tracks.tokyo.forceScope).toBe('defensiveOnly');
    expect(openTo(reading, g.last, 'tokyo')).not.toContain('authoriseStrikesOnAttackingForces');
  });

  it('the survival threshold counts signs a player can change: evacuating nationals removes one', () => {
    // Few enough signs that one matters: US forces attacked, war next door, nationals at risk, with no US forces deployed.
    const g = playSteps(blockade, 'signs', [
      { decisions: { beijing: 'declareBlockade', tokyo: 'seekDiplomaticSolution' } },
      { facilitator: [usAttacked] },
    ]);
    expect(openTo(blockade, g.last, 'tokyo')).toContain('determineSurvivalThreateningSituation');
    const evacuated = playSteps(withParams(blockade, { 'politics.evacuationChance': 1 }), 'signs', [
      { decisions: { tokyo: 'orderEvacuation' } },
      { decisions: { beijing: 'declareBlockade', tokyo: 'seekDiplomaticSolution' } },
      { facilitator: [usAttacked] },
    ]);
    expect(evacuated.last.tracks.tokyo.evacuation).toBe('completed');
    expect(openTo(blockade, evacuated.last, 'tokyo')).not.toContain('determineSurvivalThreateningSituation');
  });

  it('an exercise alone opens no important influence situation, and a blockade alone makes no attack on Japan anticipated', () => {
    const start = playSteps(blockade, 'lower', []).last;
    expect(start.tracks.beijing.coercion).toBe('largeScaleExercise');
    expect(openTo(blockade, start, 'tokyo')).not.toContain('determineImportantInfluenceSituation');
    const g = playSteps(blockade, 'lower', [{ decisions: { beijing: 'declareBlockade' } }]);
    expect(openTo(blockade, g.last, 'tokyo')).not.toContain('determineAnticipatedArmedAttackSituation');
    const withUs = playSteps(blockade, 'lower', [{ decisions: { beijing: 'declareBlockade', washington: 'issueWarnings' } }]);
    expect(openTo(blockade, withUs.last, 'tokyo')).toContain('determineAnticipatedArmedAttackSituation');
  });
});

describe("10. Washington's own law: Congress, the War Powers clock, and Article V for the Senkakus as its decision", () => {
  it('without Congress, forces leave hostilities when the clock runs out; with its authorisation they stay', () => {
    const clock = withParams(blockade, { 'politics.warPowersDays': 14, 'politics.warPowersWithdrawalDays': 7, 'combat.plaEngagesInterveningUsForcesChance': 0 });
    const war = [{ decisions: { beijing: 'declareBlockade' } }, { decisions: { washington: 'intervene' } }, ...holds(4)];
    const g = playSteps(clock, 'war-powers', war);
    expect(g.events.flat().some((e) => e.type === 'machineEvent' && e.event === 'warPowersDeadline')).toBe(true);
    expect(g.last.tracks.washington.posture).not.toBe('directIntervention');
    const sure = withParams(clock, { 'politics.congressApprovalMidpoint': 0 });
    const authorised = playSteps(sure, 'war-powers', [war[0]!, { decisions: { washington: 'requestAuthorisationFromCongress' } }, ...war.slice(1)]);
    expect(authorised.last.tracks.washington.congress).toBe('authorised');
    expect(authorised.last.tracks.washington.posture).toBe('directIntervention');
  });

  it('Article V for the Senkakus is a decision Washington takes, not a roll of the dice, and it raises credibility', () => {
    const southwest = scenarioOf('southwest-islands', 'base');
    expect(southwest.injects.some((i) => /article-v/i.test(i.id))).toBe(false);
    const g = playSteps(southwest, 'article-v', [{ decisions: { washington: 'affirmArticleVForSenkakus' } }]);
    expect(g.last.tracks.washington.articleV).toBe('affirmedForSenkakus');
    expect(g.last.indicators.allianceCredibility).toBeGreaterThan(g.states[0]!.indicators.allianceCredibility);
    const landing = southwest.injects.some((i) => /landing/i.test(i.id));
    expect(landing).toBe(false);
  });
});

describe("11. Taipei's sea denial: its 24-nm zone and a counterattack are decisions with effects", () => {
  it('enforcing the zone narrows a quarantine; counterattacking a blockade sinks its ships', () => {
    const quarantine = withParams(scenarioOf('quarantine', 'comprehensive'), { 'shipping.noise': 0 });
    const q = [{ decisions: { beijing: 'declareQuarantine' } }, {}, {}];
    const held = playSteps(quarantine, 'zone', q).last.indicators.shippingPct;
    const enforced = playSteps(quarantine, 'zone', [q[0]!, { decisions: { taipei: 'enforceContiguousZone' } }, {}]);
    expect(enforced.last.tracks.taipei.seaDenial).toBe('enforcingContiguousZone');
    expect(enforced.last.indicators.shippingPct).toBeGreaterThan(held);

    const g = playSteps(blockade, 'counter', [
      { decisions: { beijing: 'declareBlockade' } }, { decisions: { taipei: 'enforceContiguousZone' } }, { decisions: { taipei: 'counterattack' } }, {},
    ]);
    expect(g.last.tracks.taipei.seaDenial).toBe('counterattacking');
    expect(g.last.indicators.shipsLost.prc).toBeGreaterThan(0);
  });
});
