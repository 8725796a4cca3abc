import type { Scenario } from '../../engine/index.ts';
import { scenarioFile } from '../../scenarios/catalog.ts';

/** A scenario's variant as readers know it ("Base case"), not by its id. */
export const variantTitle = (s: Pick<Scenario, 'id' | 'variant'>): string =>
  scenarioFile(s.id)?.variants.find((v) => v.id === s.variant)?.title ?? s.variant;
