import type { GameEvent, Role, Side } from '../../engine/index.ts';
import { options } from '../../scenarios/catalog.ts';

export const ROLE_NAME: Record<Role, string> = { beijing: 'Beijing', taipei: 'Taipei', tokyo: 'Tokyo', washington: 'Washington' };
export const SIDE_NAME: Record<Side, string> = { prc: 'China', us: 'the United States', japan: 'Japan', taiwan: 'Taiwan' };

/** "declareBlockade" -> "declare blockade", for ids without a label. */
export const words = (id: string) => id.replace(/([A-Z])/g, ' $1').toLowerCase();

/** The option's label from the teaching material, e.g. "Declare a blockade". */
export function decisionLabel(role: Role, decision: string): string {
  return options()[role][decision]?.label ?? words(decision);
}

const INDICATOR_TEXT: Record<string, (v: number) => string> = {
  shippingPct: (v) => `Shipping reaching Taiwan: ${v}% of normal`,
  energyShippingPct: (v) => `Energy cargoes reaching Taiwan: ${v}% of normal`,
  lngDays: (v) => `LNG in storage: ${v} days`,
  coalDays: (v) => `Coal in storage: ${v} days`,
  oilDays: (v) => `Oil in storage: ${v} days`,
  electricityPct: (v) => `Electricity supplied: ${v}% of demand`,
  taiwanTerritoryHeldPct: (v) => `Share of Taiwan held by the PLA: ${v}%`,
  escalation: (v) => `Escalation: ${v} of 10`,
  japanPublicSupport: (v) => `Japanese public support for the government's line: ${v}%`,
  dietSupport: (v) => `Support in the Diet: ${v}%`,
  allianceCredibility: (v) => `US-Japan alliance credibility: ${v} of 100`,
};

export interface TurnStory {
  decisions: string[];
  chances: string[];
  happenings: string[];
  changes: string[];
}

/** A turn's events in plain words: what was decided, what chance decided, what happened, what moved. */
export function narrateTurn(events: readonly GameEvent[]): TurnStory {
  const story: TurnStory = { decisions: [], chances: [], happenings: [], changes: [] };
  const moved = new Map<string, number>();
  for (const e of events) {
    switch (e.type) {
      case 'decisionTaken':
        story.decisions.push(`${ROLE_NAME[e.role]}: ${e.decision === 'hold' ? 'holds its posture' : decisionLabel(e.role, e.decision)}${e.by === 'human' ? '' : ` (${e.by.replace('bot:', '')} bot)`}.`);
        break;
      case 'roll': {
        const pct = Math.round(e.probability * 100);
        story.chances.push(`${capital(e.what)}: ${pct}% chance; the roll was ${Math.round(e.roll * 100)} (under ${pct} succeeds), so ${e.success ? 'it happened' : 'it did not'}.`);
        break;
      }
      case 'machineEvent':
        story.happenings.push(`${e.why}.`);
        break;
      case 'flagRaised':
        story.happenings.push(`${capital(e.why)}.`);
        break;
      case 'lossesInflicted':
        if (e.ships || e.aircraft || e.casualties) {
          story.happenings.push(`${capital(SIDE_NAME[e.side])} lost ${list([[e.ships, 'ship'], [e.aircraft, 'aircraft'], [e.casualties, 'casualty']])} (${e.why}).`);
        }
        break;
      case 'portSeized':
        story.happenings.push(`The PLA seizes a working port at ${e.port}: civilian shipping can now supply its forces ashore.`);
        break;
      case 'lngExhausted':
        story.happenings.push(`Taiwan's LNG runs out on day ${e.day}: gas-fired power stations stop.`);
        break;
      case 'interdictionBegan':
        story.happenings.push(`Energy shipping to Taiwan is cut from day ${e.day}: the energy clocks start.`);
        break;
      case 'injectPlayed':
        story.happenings.push(`News: ${e.headline}`);
        break;
      case 'gameEnded':
        story.happenings.push(`The game ends: ${e.reason}`);
        break;
      case 'indicatorsChanged':
        for (const [k, v] of Object.entries(e.changes)) if (INDICATOR_TEXT[k] && typeof v === 'number') moved.set(k, v);
        break;
      default:
        break;
    }
  }
  for (const [k, v] of moved) story.changes.push(INDICATOR_TEXT[k]!(v));
  return story;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function list(parts: [number, string][]): string {
  const kept = parts.filter(([n]) => n > 0).map(([n, w]) => `${n.toLocaleString('en')} ${n === 1 || w === 'aircraft' ? w : w === 'casualty' ? 'casualties' : `${w}s`}`);
  return kept.length > 1 ? `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}` : (kept[0] ?? 'nothing');
}
