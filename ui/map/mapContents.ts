import { scenarioFile, theatre } from '../../scenarios/catalog.ts';
import type { MapContents } from './types.ts';

/** What the map draws for a scenario: the theatre, with the scenario's own zones added to the theatre's. */
export function mapContentsOf(scenarioId: string): MapContents {
  const t = theatre();
  return { places: t.places, labels: t.labels, lines: t.lines, zones: [...t.zones, ...(scenarioFile(scenarioId)?.map.zones ?? [])] };
}
