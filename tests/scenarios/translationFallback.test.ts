// A translation that lacks a display string: `sim check` reports it (tests/cli/cli.test.ts), and meanwhile the
// app, the packets and the CLI show that string in English and every other in the translation's words.
import { describe, expect, it } from 'vitest';
import { scenarioFile } from '../../scenarios/catalog.ts';
import { checkTranslations, translationPlaces } from '../../scenarios/checkTranslations.ts';
import { textPaths, translated, translationOf } from '../../scenarios/translation.ts';

describe('a translation with a gap', () => {
  const english = scenarioFile('quarantine', 'en')!;
  const ja = { ...translationOf('quarantine', 'ja')! } as Record<string, string>;
  const gap = 'roles.tokyo.objectives.1';
  delete ja[gap];

  it('shows the English for the missing string and the translation for the rest', () => {
    const shown = textPaths(translated(english, ja));
    const source = textPaths(english);
    expect(shown.get(gap)).toBe(source.get(gap));
    expect(shown.get('roles.tokyo.objectives.0')).toBe(translationOf('quarantine', 'ja')!['roles.tokyo.objectives.0']);
    expect(shown.get('title')).not.toBe(source.get('title'));
  });

  it('is an error of the check, naming the file, the language and the path', () => {
    const zh = JSON.stringify(translationOf('quarantine', 'zh-TW'));
    const r = checkTranslations(english, 'mine.json', { ja: [{ file: 'mine.ja.json', text: JSON.stringify(ja) }], 'zh-TW': [{ file: 'translations/mine.zh-TW.json', text: zh }] }, translationPlaces('mine.json'));
    expect(r.problems).toEqual([`mine.json: ja: no translation of ${gap} (add it to mine.ja.json); the English is shown meanwhile`]);
    expect(r.complete).toEqual(['en', 'zh-TW']);
  });

  it('looks for an author\'s translations beside the file and in translations/ beside it', () => {
    expect(translationPlaces('work/mine.json')).toEqual({
      ja: ['work/mine.ja.json', 'work/translations/mine.ja.json'],
      'zh-TW': ['work/mine.zh-TW.json', 'work/translations/mine.zh-TW.json'],
    });
  });
});
