/** The three languages wired through: the words, the scenario text over the same rules, and the CLI's --lang. */
import { afterEach, describe, expect, it } from 'vitest';
import { languageFrom } from '../../cli/main.ts';
import { loadScenario, scenarioFile } from '../../scenarios/catalog.ts';
import { translated } from '../../scenarios/translation.ts';
import { langOfLocale, sentence, setLanguage, withStop } from '../../scenarios/words/words.ts';

// Unit tests share modules (isolate: false): leave the language as found.
afterEach(() => setLanguage('en'));

describe('languages', () => {
  it('reads the language from a locale tag, where Kuroshio has it', () => {
    expect(langOfLocale('ja_JP.UTF-8')).toBe('ja');
    expect(langOfLocale('zh-TW')).toBe('zh-TW');
    expect(langOfLocale('zh-Hant-TW')).toBe('zh-TW');
    expect(langOfLocale('en-GB')).toBe('en');
    // Simplified Chinese is not Traditional Chinese as used in Taiwan: no guess.
    expect(langOfLocale('zh-CN')).toBeNull();
    expect(langOfLocale('C.UTF-8')).toBeNull();
    expect(langOfLocale(undefined)).toBeNull();
  });

  it('plays the same rules in every language: the scenario text changes, its content hash does not', () => {
    const en = loadScenario('blockade', 'takaichi-reading', 'en');
    const ja = loadScenario('blockade', 'takaichi-reading', 'ja');
    const zh = loadScenario('invasion', 'base', 'zh-TW');
    if (typeof en === 'string' || typeof ja === 'string' || typeof zh === 'string') throw new Error('cannot load');
    expect(ja.title).not.toBe(en.title);
    expect(ja.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(zh.title).toMatch(/[\u4e00-\u9fff]/);
    expect(ja.contentHash).toBe(en.contentHash);
    expect(ja.params).toEqual(en.params);
    expect(ja.legal).toEqual(en.legal);
    expect(scenarioFile('blockade', 'ja')!.variants.map((v) => v.id)).toEqual(scenarioFile('blockade', 'en')!.variants.map((v) => v.id));
  });

  it('a translation replaces display strings only, never code', () => {
    const file = { title: 'A', roles: { beijing: { objectives: ['Win'], measures: [{ met: { outcome: ['prcVictory'] }, source: 'game rules' }] } } };
    const out = translated(file, { title: 'あ', 'roles.beijing.objectives.0': '勝つ', 'roles.beijing.measures.0.met.outcome.0': 'x', 'roles.beijing.measures.0.source': 'ゲームのルール' });
    expect(out).toEqual({ title: 'あ', roles: { beijing: { objectives: ['勝つ'], measures: [{ met: { outcome: ['prcVictory'] }, source: 'ゲームのルール' }] } } });
  });

  it('ends a Japanese or Chinese sentence with 。, and adds nothing after one', () => {
    setLanguage('ja');
    expect(withStop('退避は完了')).toBe('退避は完了。');
    expect(sentence('退避は完了。')).toBe('退避は完了。');
    setLanguage('en');
    expect(withStop('done')).toBe('done.');
  });

  it('the CLI takes --lang anywhere, else the locale, and refuses a language it does not have', () => {
    expect(languageFrom(['play', '--lang', 'ja', '--seed', 's'], {})).toEqual({ lang: 'ja', rest: ['play', '--seed', 's'] });
    expect(languageFrom(['list', '--lang=zh-TW'], {}).lang).toBe('zh-TW');
    expect(languageFrom(['list'], { LANG: 'ja_JP.UTF-8' }).lang).toBe('ja');
    expect(languageFrom(['list'], { LANG: 'C.UTF-8' }).lang).toBe('en');
    expect(() => languageFrom(['list', '--lang', 'fr'], {})).toThrow(/bad --lang "fr": use en, ja, zh-TW/);
    expect(() => languageFrom(['list', '--lang'], {})).toThrow(/--lang needs a language/);
  });
});
