// What each adjudication parameter may be. One table, read by the scenario format (a file's
// parameters), by the engine (a facilitator's change, from the console or from a replay) and so by
// everything that verifies: a share is 0-1, days are positive, a count is whole.

export interface Bounds {
  min: number;
  max: number;
  integer?: true;
}

const share: Bounds = { min: 0, max: 1 };
const pct: Bounds = { min: 0, max: 100 };
const range = (min: number, max: number): Bounds => ({ min, max });
const economyLoss = range(-100, 0);
const COERCION = ['peacetimePressure', 'grayZone', 'largeScaleExercise', 'quarantine', 'blockade', 'amphibiousInvasion', 'ceasefire', 'negotiatedSettlement'] as const;
const ECONOMIES = ['taiwan', 'china', 'us', 'japan', 'world'] as const;
const FUELS = ['lng', 'coal', 'oil'] as const;
const each = <P extends string, K extends string>(prefix: P, keys: readonly K[], b: Bounds) => Object.fromEntries(keys.map((k) => [`${prefix}.${k}`, b])) as Record<`${P}.${K}`, Bounds>;

/** Every numeric parameter by its path (`shipping.noise`), with its bounds. */
export const PARAMETER_BOUNDS = {
  'shipping.normalInboundShipsPerDay': range(0, 10000),
  ...each('shipping.throughputByCoercion', COERCION, share),
  'shipping.energyTargeting': share,
  'shipping.sailDespiteInterdiction': share,
  'shipping.lossRateOfInterdicted': share,
  'shipping.usConvoyGain': share,
  'shipping.usInterventionGain': share,
  'shipping.japanConvoyGain': share,
  'shipping.japanLogisticsBoost': range(0, 5),
  'shipping.fromGuamShare': share,
  'shipping.taiwanEnforcementGain': share,
  'shipping.taiwanCounterattackGain': share,
  'shipping.noise': share,
  'shipping.restoredPct': pct,
  'energy.importShare': share,
  ...each('energy.rationedConsumption', FUELS, share),
  ...each('energy.powerShare', FUELS, share),
  ...each('economy.blockadeYearPct', ECONOMIES, economyLoss),
  ...each('economy.warYearPct', ECONOMIES, economyLoss),
  'economy.quarantineShare': share,
  'economy.rampDays': range(1, 3650),
  'economy.coercionOfJapanYearPct.japan': economyLoss,
  'economy.coercionOfJapanYearPct.china': economyLoss,
  // Below 100: a blockade that left everything flowing would be no blockade (and would divide by zero).
  'economy.fullBlockade.shippingPct': range(0, 99),
  'economy.fullBlockade.electricityPct': range(0, 99),
  'combat.usAntiShipRate': range(0, 5),
  'combat.japanAntiShipRate': range(0, 5),
  'combat.taiwanAntiShipRate': range(0, 5),
  'combat.guamOnlyFactor': share,
  'combat.antiShipMissileFactor': share,
  'combat.mainlandStrikeBonus': range(0, 5),
  'combat.japanOffensiveFactor': share,
  'combat.prcShipsPerFleetPct': range(0, 100),
  'combat.liftPerTurn': range(0, 1000),
  'combat.supplyPerFleetPct': range(0, 10),
  'combat.portSupplyPct': pct,
  'combat.portSeizureTerritoryPct': pct,
  'combat.portSeizureChance': share,
  'combat.groundAttrition': share,
  'combat.defenderConcentration': share,
  'combat.unsuppliedAttrition': share,
  'combat.groundAdvancePct': pct,
  'combat.casualtiesPerStrength.prc': range(0, 1e5),
  'combat.casualtiesPerStrength.taiwan': range(0, 1e5),
  'combat.usShipsLostPerTurn': range(0, 100),
  'combat.usAircraftLostPerTurn': range(0, 1000),
  'combat.casualtiesPerShip': range(0, 10000),
  'combat.japanShipsLostPerTurn': range(0, 100),
  'combat.japanAircraftLostPerTurn': range(0, 1000),
  'combat.baseStrikeAircraftLost.us': range(0, 1000),
  'combat.baseStrikeAircraftLost.japan': range(0, 1000),
  'combat.baseStrikeDamagePct': pct,
  'combat.baseStrikeCasualties.us': range(0, 1e5),
  'combat.baseStrikeCasualties.japan': range(0, 1e5),
  'combat.taiwanStrikeLosses.ships': range(0, 100),
  'combat.taiwanStrikeLosses.aircraft': range(0, 1000),
  'combat.taiwanStrikeLosses.casualties': range(0, 1e5),
  'combat.taiwanStrikeLosses.groundStrength': range(0, 100),
  'combat.escortLossShare': range(0, 5),
  'combat.convoyClashChance': share,
  'combat.plaEngagesInterveningUsForcesChance': share,
  'combat.sdfEscortClashChance': share,
  'combat.coastGuardClashChance': share,
  'combat.japaneseShipBoardingChance': share,
  'combat.boardingShareUnderMaritimeSecurityOperation': share,
  'combat.counterattackPrcShips': range(0, 100),
  'combat.defenceOfJapanShare': share,
  'combat.sdfAirDefenceShare': share,
  'combat.japanDefensiveOnlyShare': share,
  'combat.nuclearUseChanceWhenLosing': share,
  'combat.generalWarChance': share,
  'politics.dietApprovalMidpoint': pct,
  'politics.dietApprovalSpread': range(0.1, 100),
  'politics.supportWhenJapanAttacked': range(-100, 100),
  'politics.supportPerThousandCasualties': range(0, 100),
  'politics.dietFollowsPublic': share,
  'politics.credibilityWhenAbandoned': range(-100, 0),
  'politics.credibilityWhenAligned': range(0, 100),
  'politics.credibilityWhenConsentRefused': range(-100, 0),
  'politics.supportWhenConsentRefused': range(-100, 100),
  'politics.congressSupportWhenConsentRefused': range(-100, 100),
  'politics.credibilityWhenArticleVAffirmed': range(0, 100),
  'politics.credibilityWhenArticleVUnmet': range(-100, 0),
  'politics.supportWhenUsForcesAttacked': range(-100, 100),
  'politics.supportWhenNationalsHarmed': range(-100, 100),
  'politics.supportUnderEconomicCoercion': range(-100, 100),
  'politics.supportWhenReadingStated': range(-100, 100),
  'politics.evacuationChance': share,
  'politics.evacuationChanceUnderAttack': share,
  'politics.nationalsHarmedChance': share,
  'politics.congressApprovalMidpoint': pct,
  'politics.congressApprovalSpread': range(0.1, 100),
  'politics.congressSupportWhenUsForcesAttacked': range(-100, 100),
  'politics.congressSupportPerThousandCasualties': range(0, 100),
  'politics.congressSupportWhenThreatReported': range(-100, 100),
  'politics.warPowersDays': { min: 1, max: 3650, integer: true },
  'politics.warPowersWithdrawalDays': { min: 0, max: 3650, integer: true },
  'politics.resolvePerTenPctPowerCut': range(0, 100),
  'politics.resolvePerThousandCasualties': range(0, 100),
  'politics.resolveWhileUsFights': range(0, 100),
  'politics.resolveCostOfRationing': range(0, 100),
  'politics.powerCutWearWhenRationing': range(0, 1),
  'politics.supportPerGdpPoint': range(0, 100),
  'shipping.contestedConvoyLoss': share,
  'shipping.partialFromPct': range(0, 100),
  'combat.usWarshipsInTheatre': range(1, 500),
  'combat.japanWarshipsInTheatre': range(1, 500),
  'combat.shipsInPortLost.us': range(0, 50),
  'combat.shipsInPortLost.japan': range(0, 50),
  'escalation.perAttackOnJapan': range(0, 10),
  'escalation.perAttackOnUsForces': range(0, 10),
  'escalation.perTurnOfMainlandStrikes': range(0, 10),
  'escalation.whenNationalsHarmed': range(0, 10),
  'escalation.perThousandCasualties': range(0, 10),
  'escalation.perTenShipsSunk': range(0, 10),
  'escalation.reliefPerQuietTurn': range(0, 10),
  'escalation.generalWarFrom': range(0, 10),
  'escalation.nuclearFrom': range(0, 10),
} as const satisfies Record<string, Bounds>;

export type ParameterPath = keyof typeof PARAMETER_BOUNDS;

/** The bounds of a parameter path, or undefined if it names none (own keys only: no `constructor`). */
export const boundsOf = (path: string): Bounds | undefined =>
  Object.hasOwn(PARAMETER_BOUNDS, path) ? (PARAMETER_BOUNDS as Record<string, Bounds>)[path] : undefined;

export const withinBounds = (value: number, b: Bounds): boolean =>
  Number.isFinite(value) && value >= b.min && value <= b.max && (!b.integer || Number.isInteger(value));

/** "a number from 0 to 1", "a whole number from 1 to 100". */
export const describeBounds = (b: Bounds): string => `${b.integer ? 'a whole number' : 'a number'} from ${b.min} to ${b.max}`;
