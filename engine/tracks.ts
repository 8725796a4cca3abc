// The four decision tracks' regions and states, named once. The machines in machines/ are built
// over these names (a test checks that they match), and the state types below are derived from
// them, so a misspelt region or state anywhere fails to compile.

export const ROLES = ['beijing', 'taipei', 'tokyo', 'washington'] as const;
export type Role = (typeof ROLES)[number];

export const TRACK_STATES = {
  beijing: {
    coercion: [
      'peacetimePressure', 'grayZone', 'largeScaleExercise', 'quarantine', 'blockade', 'amphibiousInvasion',
      'ceasefire', 'negotiatedSettlement',
    ],
    missileStrikes: ['none', 'onTaiwanOnly', 'alsoOnAlliedBases'],
    pressureOnJapan: ['none', 'economicCoercion'],
    senkakus: ['none', 'coastGuardInTerritorialSea', 'landing'],
  },
  taipei: {
    defence: ['normal', 'heightenedReadiness', 'mobilisation', 'fullResistance'],
    seaDenial: ['restrained', 'enforcingContiguousZone', 'counterattacking'],
    energy: ['normalSupply', 'rationing'],
    stance: ['standingFirm', 'negotiating', 'accommodation', 'settled'],
  },
  tokyo: {
    determination: [
      'normal', 'importantInfluenceSituation', 'anticipatedArmedAttackSituation', 'survivalThreateningSituation', 'armedAttackSituation',
    ],
    maritimeSecurity: ['notOrdered', 'ordered'],
    dietApproval: [
      'none', 'supportPlanPending', 'supportPlanApproved', 'supportPlanRefused', 'defenceOperationPending',
      'defenceOperationApproved', 'exPostApprovalPending', 'defenceOperationRefused',
    ],
    sdfRole: ['policeRole', 'rearAreaSupport', 'defenceOperation'],
    forceScope: ['defensiveOnly', 'strikesOnAttackingForces'],
    priorConsultation: ['notRequested', 'requested', 'consented', 'refused'],
    evacuation: ['notOrdered', 'underway', 'completed'],
    declaratoryPolicy: ['ambiguity', 'blockadeCouldBeSurvivalThreatening'],
    diplomacy: ['none', 'seekingDiplomaticSolution'],
  },
  washington: {
    posture: ['strategicAmbiguity', 'warningsAndShowOfForce', 'convoyEscort', 'standingAside', 'directIntervention'],
    operatingFrom: ['guamAndAtSea', 'basesInJapan'],
    defenceOfJapan: ['none', 'defendingJapan'],
    priorConsultation: ['notSought', 'sought', 'soughtAgain'],
    mainlandStrikes: ['notAuthorised', 'authorised'],
    congress: ['notAsked', 'authorisationRequested', 'authorised', 'refused'],
    articleV: ['unstated', 'affirmedForSenkakus'],
    taiwanRelationsAct: ['notInvoked', 'threatReported'],
  },
} as const;

type TrackStates = typeof TRACK_STATES;
export type RegionOf<R extends Role> = keyof TrackStates[R] & string;
export type StateOf<R extends Role, K extends RegionOf<R>> = TrackStates[R][K] extends readonly (infer S)[] ? S : never;
/** A track's value: the state of each of its regions (every machine is parallel, one level deep). */
export type Track<R extends Role> = { [K in RegionOf<R>]: StateOf<R, K> };
export type Tracks = { [R in Role]: Track<R> };

export type Coercion = StateOf<'beijing', 'coercion'>;
export type MissileStrikes = StateOf<'beijing', 'missileStrikes'>;
export type Determination = StateOf<'tokyo', 'determination'>;
export type DietApproval = StateOf<'tokyo', 'dietApproval'>;
export type UsPosture = StateOf<'washington', 'posture'>;

/** Every decision a role can take: the events its machine accepts from the role (a test checks them against the machines). */
export const DECISIONS = {
  beijing: [
    'escalateToGrayZone', 'holdLargeScaleExercise', 'declareQuarantine', 'standDown', 'declareBlockade', 'launchInvasion',
    'easeToQuarantine', 'declareCeasefire', 'agreeSettlement', 'resumeBlockade', 'strikeTaiwan', 'strikeAlliedBases',
    'coerceJapanEconomically', 'liftEconomicCoercion', 'pressSenkakus', 'landOnSenkakus', 'withdrawFromSenkakus',
    'proposeSettlement',
  ],
  taipei: [
    'raiseReadiness', 'mobilise', 'standDownForces', 'resistFully', 'enforceContiguousZone', 'counterattack', 'holdFire',
    'rationEnergy', 'endRationing', 'openNegotiations', 'breakOffNegotiations', 'accommodate', 'proposeSettlement', 'acceptSettlement',
  ],
  tokyo: [
    'orderMaritimeSecurityOperation', 'endMaritimeSecurityOperation', 'determineImportantInfluenceSituation', 'determineAnticipatedArmedAttackSituation',
    'determineSurvivalThreateningSituation', 'determineArmedAttackSituation', 'revokeDetermination',
    'requestSupportPlanApproval', 'requestDefenceOperationApproval', 'orderDefenceOperationInEmergency',
    'beginRearAreaSupport', 'orderDefenceOperation', 'ceaseOperations', 'authoriseStrikesOnAttackingForces', 'limitToDefensiveOperations',
    'consentToCombatOperations', 'refuseCombatOperations', 'withdrawConsent', 'orderEvacuation',
    'stateBlockadeCouldBeSurvivalThreatening', 'returnToAmbiguity', 'seekDiplomaticSolution',
  ],
  washington: [
    'issueWarnings', 'escortConvoys', 'intervene', 'standAside', 'returnToAmbiguity', 'endEscorts', 'standDownForces',
    'operateFromBasesInJapan', 'defendJapan', 'requestPriorConsultation', 'authoriseMainlandStrikes', 'prohibitMainlandStrikes',
    'requestAuthorisationFromCongress', 'affirmArticleVForSenkakus', 'reportThreatUnderTaiwanRelationsAct',
  ],
} as const satisfies Record<Role, readonly string[]>;

export type Decision<R extends Role = Role> = (typeof DECISIONS)[R][number];

/** Keeping the current posture is always open; it is not a transition of any machine. */
export const HOLD = 'hold';
export type Hold = typeof HOLD;

/** Events the engine sends a machine on adjudication (votes, requests arriving, completions); no role chooses them. */
export const ENGINE_EVENTS = [
  'dietApproves', 'dietRefuses', 'priorConsultationRequested', 'evacuationCompleted', 'armedAttackEnded', 'consentWithdrawn',
  'congressAuthorises', 'congressRefuses', 'warPowersDeadline', 'settlementAgreed',
] as const;
export type EngineEvent = (typeof ENGINE_EVENTS)[number];

/**
 * A role's entry in a record by role (its track, its bot, its seat), read by name: read by a role that varies
 * (`record[role]`), V8's property access takes its slowest, generic path, and the engine does this several times a
 * turn (docs/benchmarks.md).
 */
export function ofRole<T>(record: Readonly<Record<Role, T>>, role: Role): T {
  switch (role) {
    case 'beijing':
      return record.beijing;
    case 'taipei':
      return record.taipei;
    case 'tokyo':
      return record.tokyo;
    case 'washington':
      return record.washington;
  }
}

/** A role's track (ofRole, typed for the role). */
export const trackOf = <R extends Role>(tracks: Tracks, role: R): Track<R> => ofRole<Tracks[Role]>(tracks, role) as Track<R>;

/** Set a role's track, by name (as trackOf reads it). */
export function setTrack<R extends Role>(tracks: Tracks, role: R, value: Track<R>): void {
  switch (role as Role) {
    case 'beijing':
      tracks.beijing = value as Track<'beijing'>;
      return;
    case 'taipei':
      tracks.taipei = value as Track<'taipei'>;
      return;
    case 'tokyo':
      tracks.tokyo = value as Track<'tokyo'>;
      return;
    case 'washington':
      tracks.washington = value as Track<'washington'>;
      return;
  }
}
