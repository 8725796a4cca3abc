/**
 * Makes the strings of a fresh JSON value (parsed, or received from another thread) V8's internalized ones, as the
 * engine's own literals are, in place, and returns it. V8 compares two internalized strings by pointer and optimises a
 * comparison for them while it has seen only those; JSON.parse leaves longer strings (over ten characters)
 * uninternalized, and so does a message between threads, so a value that came that way sent the engine's optimised
 * code back to be compiled again, to compare by content. In place: a copy built key by key is slower to read than
 * the parser's objects.
 */
export function internalized<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === 'string') o[k] = internal(v);
      else internalized(v);
    }
  }
  return value;
}

const pool = new Map<string, string>();

function internal(s: string): string {
  let known = pool.get(s);
  if (known === undefined) {
    // A property's name is internalized: the key read back is the internalized string.
    known = Object.keys({ [s]: 0 })[0] ?? s;
    pool.set(s, known);
  }
  return known;
}
