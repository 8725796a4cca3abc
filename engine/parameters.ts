import type { AdjudicationParams, Scenario } from './scenario.ts';

/** The number at a parameter path (`shipping.usConvoyGain`), or undefined if the path does not name one. */
export function parameterAt(params: AdjudicationParams, path: string): number | undefined {
  let v: unknown = params;
  for (const k of path.split('.')) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' ? v : undefined;
}

/** The scenario with the facilitator's parameter changes applied, as adjudication sees it. */
export function withParameterChanges(scenario: Scenario, changes: Readonly<Record<string, number>>): Scenario {
  const paths = Object.keys(changes);
  if (!paths.length) return scenario;
  // Parameters are plain numbers in plain objects: a JSON copy is a deep copy.
  const params = JSON.parse(JSON.stringify(scenario.params)) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let node = params;
    for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
    node[keys[keys.length - 1]!] = changes[path];
  }
  return { ...scenario, params: params as unknown as AdjudicationParams };
}
