import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../cli/flags.ts';

const KINDS = { scenario: 'string', runs: 'string', json: 'boolean' } as const;
const parse = (...argv: string[]) => parseFlags(argv, KINDS, 1, 'batch');

describe("the CLI's flags, in its own words", () => {
  it('reads --name value, --name=value, switches, a file, and everything after --', () => {
    expect(parse('--scenario', 'blockade', '--runs=5', '--json', 'file.json')).toEqual({ ok: true, value: { values: { scenario: 'blockade', runs: '5', json: true }, positionals: ['file.json'] } });
    expect(parse('--', '--json')).toEqual({ ok: true, value: { values: {}, positionals: ['--json'] } });
  });

  it('takes a value that starts with a dash as the value, so a bad number is named as one', () => {
    expect(parse('--runs', '-1')).toEqual({ ok: true, value: { values: { runs: '-1' }, positionals: [] } });
  });

  it.each([
    [['--turbo'], 'unknown option "--turbo" for batch; its options are: --scenario, --runs, --json'],
    [['--constructor'], 'unknown option "--constructor" for batch; its options are: --scenario, --runs, --json'],
    [['-x'], 'unknown option "-x" for batch; its options are: --scenario, --runs, --json'],
    [['--runs'], '--runs needs a value'],
    [['--runs', '--json'], '--runs needs a value'],
    [['--runs', '1', '--runs', '2'], '--runs is given twice'],
    [['--json=yes'], '--json takes no value'],
    [['a.json', 'b.json'], 'batch takes one file; unexpected "b.json"'],
  ])('%j: %s', (argv, message) => {
    expect(parse(...argv)).toEqual({ ok: false, error: message });
  });
});
