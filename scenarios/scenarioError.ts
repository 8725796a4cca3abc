import { printable, quoted } from '../engine/printable.ts';

/** A problem in a scenario file, in terms an author can act on. */
export interface ScenarioError {
  file: string;
  /** Where in the file, as a dotted path (`params.shipping.noise`, `injects.2.when`). */
  path: string;
  expected: string;
  found: string;
}

export function formatScenarioError(e: ScenarioError): string {
  return `${e.file}: at ${e.path || '(top level)'}: expected ${e.expected}, found ${e.found}`;
}

/** A short preview of a value for an error message: one line, shown visibly, never more than 60 characters. */
export function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quoted(value, 58);
  // Values reach here from parsed JSON, whose depth is already bounded, so stringify cannot overflow.
  return printable(JSON.stringify(value) ?? String(value), 60);
}
