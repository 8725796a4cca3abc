import { blockadeOrWorse, militaryPressure, pressureVisible, shippingCoerced } from './ladder.ts';
import type { LegalReading } from './scenario.ts';
import { signsNeeded, survivalSigns, type SurvivalSign } from './survivalThreat.ts';
import type { Facts, GameState } from './types.ts';

/** Whether Tokyo reads an armed attack on Taiwan alone as able to ground a survival-threatening situation. */
export const takaichiReading = (state: GameState, legal: LegalReading): boolean =>
  legal.taiwanAttackCanQualify || state.tracks.tokyo.declaratoryPolicy === 'blockadeCouldBeSurvivalThreatening';

/** The survival threshold as a player weighs it: the signs that hold now, and how many the Cabinet needs. */
export interface SurvivalAssessment {
  held: SurvivalSign[];
  needed: number;
  /** Whether the Takaichi reading is in force (one sign fewer is needed). */
  reading: boolean;
}

/**
 * The facts of a state, as the machines' guards read them. Attacks count while under way, not forever:
 * the Three New Conditions need an armed attack that is occurring (MOFA-LPS, §4.2).
 */
export function factsOf(state: GameState, legal: LegalReading): Facts {
  if (state !== last.state || legal !== last.legal) last = { state, legal, facts: Object.freeze(assess(state, legal).facts) };
  return last.facts;
}

/** The facts of a state that may yet change in place (a draft's): worked out now, and not kept. */
export const factsAfresh = (state: GameState, legal: LegalReading): Facts => Object.freeze(assess(state, legal).facts);

/**
 * The facts of one state object that changes in place (a turn's draft, applyEvent.ts), worked out again only
 * when something they are read from has changed: the four tracks' values (frozen objects the machines hand out,
 * so compared by identity), the days of the attacks, the day, the offer on the table, and whether Japan's GDP
 * loss has reached the 1% of a survival sign. `assess` reads nothing else of the state; most adjudication steps
 * change only indicators and forces, and working the facts out afresh after each was a twentieth of a turn.
 */
export function draftFacts(legal: LegalReading): (state: GameState) => Facts {
  let facts: Facts | null = null;
  let beijing: unknown, taipei: unknown, tokyo: unknown, washington: unknown, offer: unknown;
  let day = 0, taiwan: number | null = null, usForces: number | null = null, japan: number | null = null, japaneseShips: number | null = null;
  let gdpSign = false;
  return (state) => {
    const t = state.tracks;
    const a = state.attacks;
    const sign = state.indicators.gdpImpactPct.japan <= -1;
    if (facts === null || t.beijing !== beijing || t.taipei !== taipei || t.tokyo !== tokyo || t.washington !== washington ||
      state.talks.offer !== offer || state.day !== day || sign !== gdpSign ||
      a.taiwan !== taiwan || a.usForces !== usForces || a.japan !== japan || a.japaneseShips !== japaneseShips) {
      facts = factsAfresh(state, legal);
      ({ beijing, taipei, tokyo, washington } = t);
      ({ taiwan, usForces, japan, japaneseShips } = a);
      offer = state.talks.offer;
      day = state.day;
      gdpSign = sign;
    }
    return facts;
  };
}

// A turn asks for the same state's facts many times (validation, each seat's bot, each adjudication step
// that changed nothing): the last answer is kept. States are never changed in place, so the same object
// has the same facts; they are frozen, being shared by everyone who asked.
let last: { state: GameState | null; legal: LegalReading | null; facts: Facts } = { state: null, legal: null, facts: {} as Facts };

export function survivalAssessment(state: GameState, legal: LegalReading): SurvivalAssessment {
  return assess(state, legal).survival;
}

// What this reads of the state, draftFacts compares: a new reading here goes there too (tests/engine/draftFacts.test.ts).
function assess(state: GameState, legal: LegalReading): { facts: Facts; survival: SurvivalAssessment } {
  const { beijing, taipei, tokyo, washington } = state.tracks;
  const prcCoercion = beijing.coercion;
  const prcStrikes = beijing.missileStrikes;
  const atWar = blockadeOrWorse(prcCoercion) || prcStrikes !== 'none';
  // An attack counts while it is recent enough to be under way (the scenario's window, in days). Each target read by
  // name: read by a target that varied, V8's property access took its slowest path.
  const { taiwan, usForces, japan, japaneseShips } = state.attacks;
  const recent = (day: number | null) => day !== null && state.day - day <= legal.attackWindowDays;
  const taiwanUnderArmedAttack = atWar || recent(taiwan);
  const usForcesUnderAttack = recent(usForces);
  const japanUnderAttack = recent(japan) || beijing.senkakus === 'landing' || prcStrikes === 'alsoOnAlliedBases';
  const usForcesInTheatre = washington.posture === 'warningsAndShowOfForce' || washington.posture === 'convoyEscort' || washington.posture === 'directIntervention';
  const usFightingFromJapan = washington.operatingFrom === 'basesInJapan' && washington.posture === 'directIntervention';
  // Imminent: Beijing's forces at war while US forces fight from bases in Japan, which are then targets (the SPF game's
  // determination followed intelligence of planned strikes on those bases, §3.3).
  const japanAttackImminent = japanUnderAttack || (atWar && usFightingFromJapan);
  const japanLinkInfringed = beijing.senkakus !== 'none' || recent(japaneseShips) || japanUnderAttack;
  // Anticipated: the imminent cases; a war next door in which US forces take part; pressure on Japan's islands under military pressure.
  const japanAttackAnticipated = japanAttackImminent || (atWar && usForcesInTheatre) ||
    (beijing.senkakus !== 'none' && militaryPressure(prcCoercion));
  const reading = takaichiReading(state, legal);
  const signs = survivalSigns(state, { usForcesUnderAttack, taiwanUnderArmedAttack, japanLinkInfringed, japanAttackAnticipated });
  const needed = signsNeeded(legal.survivalThreatSigns, reading);
  const facts: Facts = {
    prcCoercion,
    prcStrikes,
    coercionVisible: pressureVisible(prcCoercion),
    militaryPressure: militaryPressure(prcCoercion),
    shippingCoerced: shippingCoerced(prcCoercion),
    taiwanUnderArmedAttack,
    usForcesUnderAttack,
    japanUnderAttack,
    japanAttackImminent,
    japanAttackAnticipated,
    japanLinkInfringed,
    usForcesInTheatre,
    survivalThreatened: signs.length >= needed,
    taiwanAttackCanQualify: reading,
    otherMeansTried: tokyo.diplomacy === 'seekingDiplomaticSolution',
    usRequestedPriorConsultation: tokyo.priorConsultation !== 'notRequested',
    tokyoConsentedToCombatOperations: tokyo.priorConsultation === 'consented',
    tokyoRefusedConsultation: tokyo.priorConsultation === 'refused',
    usIntervening: washington.posture === 'directIntervention',
    taipeiNegotiating: taipei.stance === 'negotiating',
    invasionFeasible: legal.invasionFeasible,
    prcCeasefire: prcCoercion === 'ceasefire',
    usMayFight: legal.usInterventionFromDay !== null && state.day >= legal.usInterventionFromDay,
    japanMayConsentToBases: legal.japanMayConsentToBases,
    senkakusInPlay: legal.senkakusInPlay,
    japanMayDefendOthers: legal.japanMayDefendOthers,
    sdfMayStrikeAttackingForces: legal.sdfMayStrikeAttackingForces,
    offerFromBeijing: state.talks.offer?.by === 'beijing',
    offerFromTaipei: state.talks.offer?.by === 'taipei',
  };
  return { facts, survival: { held: signs, needed, reading } };
}
