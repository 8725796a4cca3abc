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

/** A short, safe preview of a value for an error message. */
export function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
