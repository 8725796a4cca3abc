import { err, ok, quoted, type Result } from '../engine/index.ts';

// The command line's own reader of flags, so every problem is one line in our words (node's
// parseArgs answers `--runs -1` with three lines of its own and quotes input raw).

export type FlagKinds = Readonly<Record<string, 'string' | 'boolean'>>;

export interface Flags {
  values: Record<string, string | true>;
  positionals: string[];
}

/**
 * `--name value`, `--name=value` and `--switch`; `--` ends the flags. A string flag takes the next
 * argument whatever it starts with (`--runs -1` is a bad number, not a missing one), unless that is
 * one of this command's own flags.
 */
export function parseFlags(argv: readonly string[], kinds: FlagKinds, maxPositionals: number, command: string): Result<Flags> {
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  const known = () => Object.keys(kinds).map((k) => `--${k}`).join(', ') || 'none';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : '';
    const kind = Object.hasOwn(kinds, name) ? kinds[name] : undefined;
    if (!kind) return err(`unknown option ${quoted(arg.slice(0, eq === -1 ? undefined : eq), 40)} for ${command}; its options are: ${known()}`);
    if (Object.hasOwn(values, name)) return err(`--${name} is given twice`);
    if (kind === 'boolean') {
      if (eq !== -1) return err(`--${name} takes no value`);
      values[name] = true;
      continue;
    }
    const next = argv[i + 1];
    const value = eq !== -1 ? arg.slice(eq + 1) : next !== undefined && !isOwnFlag(next, kinds) ? next : undefined;
    if (value === undefined) return err(`--${name} needs a value`);
    if (eq === -1) i++;
    values[name] = value;
  }
  if (positionals.length > maxPositionals) {
    const extra = positionals[maxPositionals]!;
    return err(maxPositionals ? `${command} takes one file; unexpected ${quoted(extra, 40)}` : `${command} takes no file or word like ${quoted(extra, 40)}; use its options: ${known()}`);
  }
  return ok({ values, positionals });
}

const isOwnFlag = (arg: string, kinds: FlagKinds) => arg.startsWith('--') && Object.hasOwn(kinds, arg.slice(2).split('=')[0]!);
