import type { FacilitatorAction, Seats } from '../../engine/index.ts';

const bots = (b: 'cautious' | 'hawkish', t: 'cautious' | 'hawkish', k: 'cautious' | 'hawkish', w: 'cautious' | 'hawkish'): Seats =>
  ({ beijing: `bot:${b}`, taipei: `bot:${t}`, tokyo: `bot:${k}`, washington: `bot:${w}` });

export interface GoldenGame {
  name: string;
  scenario: string;
  variant: string;
  seed: string;
  seats: Seats;
  /** The facilitator's commands, by turn (from 0), given before that turn's decisions. */
  facilitator?: Record<number, { action: FacilitatorAction; reason: string }[]>;
}

/** Recorded games re-simulated in every test run: a rules change that alters them is seen at once. One per scenario at least. */
export const GOLDEN_GAMES: GoldenGame[] = [
  { name: 'blockade-base-cautious', scenario: 'blockade', variant: 'base', seed: 'golden-1', seats: bots('cautious', 'cautious', 'cautious', 'cautious') },
  { name: 'blockade-base-hawkish', scenario: 'blockade', variant: 'base', seed: 'golden-2', seats: bots('hawkish', 'hawkish', 'hawkish', 'hawkish') },
  { name: 'blockade-takaichi-mixed', scenario: 'blockade', variant: 'takaichi-reading', seed: 'golden-3', seats: bots('hawkish', 'cautious', 'hawkish', 'cautious') },
  { name: 'blockade-no-resupply', scenario: 'blockade', variant: 'no-resupply', seed: 'golden-4', seats: bots('hawkish', 'cautious', 'cautious', 'cautious') },
  { name: 'quarantine-comprehensive-mixed', scenario: 'quarantine', variant: 'comprehensive', seed: 'golden-5', seats: bots('hawkish', 'cautious', 'cautious', 'hawkish') },
  { name: 'invasion-base-hawkish', scenario: 'invasion', variant: 'base', seed: 'golden-6', seats: bots('hawkish', 'hawkish', 'hawkish', 'hawkish') },
  { name: 'southwest-islands-base-mixed', scenario: 'southwest-islands', variant: 'base', seed: 'golden-7', seats: bots('hawkish', 'cautious', 'cautious', 'cautious') },
  {
    name: 'blockade-base-facilitated', scenario: 'blockade', variant: 'base', seed: 'golden-8', seats: bots('hawkish', 'cautious', 'cautious', 'cautious'),
    facilitator: {
      1: [{ action: { kind: 'inject', injectId: 'lng-insurers-withdraw' }, reason: 'to put the energy clock at the centre' }],
      2: [
        { action: { kind: 'customInject', headline: 'Protests outside the Kantei', effects: [{ indicator: 'dietSupport', add: -5 }] }, reason: 'news the class wrote' },
        { action: { kind: 'setIndicator', indicator: 'japanPublicSupport', value: 35 }, reason: 'a poll the facilitator reads out' },
        { action: { kind: 'setParameter', path: 'combat.convoyClashChance', value: 0.8 }, reason: 'what if the PLA is trigger-happy?' },
      ],
      3: [{ action: { kind: 'raiseFlag', flag: 'usForcesAttacked' }, reason: 'a US destroyer is hit by a mine' }],
    },
  },
];
