import type { GameState } from '../../engine/index.ts';
import { indicatorName, indicatorValue, regionName, stateName, t } from '../../scenarios/words/words.ts';
import { h } from './dom.ts';

/** What the map draws, said in words: the tracks it colours and the figures its lanes, bars and fronts show. */
export function mapTextItems(s: GameState): string[] {
  const track = (role: 'beijing' | 'washington' | 'tokyo', region: string) =>
    t('scorecard.figure', { name: regionName(role, region), value: stateName(role, region, (s.tracks[role] as Record<string, string>)[region]!) });
  const figure = (k: 'shippingPct' | 'lngDays' | 'coalDays' | 'oilDays' | 'electricityPct' | 'taiwanTerritoryHeldPct') => t('scorecard.figure', { name: indicatorName(k), value: indicatorValue(k, s.indicators[k]) });
  return [
    track('beijing', 'coercion'),
    ...(s.tracks.beijing.missileStrikes !== 'none' ? [track('beijing', 'missileStrikes')] : []),
    track('washington', 'posture'),
    track('washington', 'operatingFrom'),
    track('tokyo', 'determination'),
    figure('shippingPct'),
    figure('lngDays'), figure('coalDays'), figure('oilDays'), figure('electricityPct'),
    ...(s.flags.invasionLaunched ? [figure('taiwanTerritoryHeldPct')] : []),
  ];
}

/**
 * The map's text alternative, beside it: a list read out when it changes (aria-live), for whoever cannot see the map or
 * wants its figures exactly.
 */
export function mapText(): { element: HTMLElement; show(state: GameState | null): void } {
  const list = h('ul', { 'aria-live': 'polite' });
  const element = h('details', { class: 'map-text' }, h('summary', {}, t('ui.mapText.title')), list);
  return {
    element,
    show(state) {
      list.replaceChildren(...(state ? mapTextItems(state).map((x) => h('li', {}, x)) : []));
    },
  };
}
