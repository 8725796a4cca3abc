// The translations keep up with the English: every catalog key and every scenario display string exists in
// ja and zh-TW, every message parses, and a translation asks for the same values as the English message.
// words.ts falls back to English silently, so without this a new key would ship in English unnoticed.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { defaults, scenarioFiles, theatre } from '../../scenarios/catalog.ts';
import { translationOf, untranslated } from '../../scenarios/translation.ts';
import en from '../../scenarios/words/en.json';
import ja from '../../scenarios/words/ja.json';
import zhTW from '../../scenarios/words/zh-TW.json';

type Catalog = { [key: string]: string | Catalog };

function flat(node: Catalog, path = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(node)) {
    if (k === '$comment') continue;
    const p = path ? `${path}.${k}` : k;
    if (typeof v === 'string') out.set(p, v);
    else flat(v, p, out);
  }
  return out;
}

/** What a message asks of its caller: each argument with its type, and each plural/select's branch keys. */
function shape(message: string): string[] {
  const out = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument) out.add(`${el.value}`);
      else if (el.type === TYPE.number) out.add(`${el.value}:number`);
      else if (el.type === TYPE.date || el.type === TYPE.time) out.add(`${el.value}:${el.type}`);
      else if (el.type === TYPE.plural || el.type === TYPE.select) {
        out.add(`${el.value}:${el.type === TYPE.select ? 'select' : 'plural'}[${Object.keys(el.options).sort().join(',')}]`);
        for (const o of Object.values(el.options)) walk(o.value);
      } else if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...out].sort();
}

const EN = flat(en as unknown as Catalog);
const OTHERS = { ja: flat(ja as unknown as Catalog), 'zh-TW': flat(zhTW as unknown as Catalog) } as const;

// Messages that may read the same as the English in a translation, each with why: a name, an id, a
// number pattern or a source tag reads the same in every language. Keep this short: anything else the
// same as the English is an untranslated message.
const SAME_AS_ENGLISH: Record<string, string> = {
  'classroom.cli.usage': 'a command line: the command, its flags and their values are typed as they stand',
  'ui.charts.fuel.lngDays': 'LNG is the usual Japanese name of liquefied natural gas in charts (zh-TW spells it out)',
  'ui.mapWords.gaugeFuel.lng': 'LNG in both languages on the map gauge, whose name column fits three letters or two characters',
};
const sameAllowed = (key: string, message: string): boolean =>
  Object.hasOwn(SAME_AS_ENGLISH, key) ||
  // Only placeholders, numbers and punctuation ("{a} / {b}", "{n}%"): nothing to translate.
  !/\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ''));

describe('the word catalogs', () => {
  for (const [lang, catalog] of Object.entries(OTHERS)) {
    it(`${lang} has exactly the keys of en.json`, () => {
      expect([...EN.keys()].filter((k) => !catalog.has(k)), `${lang} lacks`).toEqual([]);
      expect([...catalog.keys()].filter((k) => !EN.has(k)), `${lang} has keys en.json does not`).toEqual([]);
    });

    it(`every ${lang} message parses and asks for the same values, plurals and selects as the English`, () => {
      const bad: string[] = [];
      for (const [key, message] of catalog) {
        const english = EN.get(key);
        if (english === undefined) continue;
        try {
          const want = shape(english).join(' ');
          const got = shape(message).join(' ');
          if (got !== want) bad.push(`${key}: ${got} ≠ ${want}`);
        } catch (e) {
          bad.push(`${key}: ${(e as Error).message}`);
        }
      }
      expect(bad).toEqual([]);
    });

    it(`no ${lang} message is the English left untranslated`, () => {
      const same = [...catalog].filter(([key, message]) => EN.get(key) === message && !sameAllowed(key, message)).map(([key]) => key);
      expect(same).toEqual([]);
    });
  }

  it('every English message parses', () => {
    const bad = [...EN].flatMap(([key, message]) => {
      try {
        shape(message);
        return [];
      } catch (e) {
        return [`${key}: ${(e as Error).message}`];
      }
    });
    expect(bad).toEqual([]);
  });

  it('the allow-list names only keys that exist', () => {
    expect(Object.keys(SAME_AS_ENGLISH).filter((k) => !EN.has(k))).toEqual([]);
  });
});

describe('the scenario translations', () => {
  const files: [string, unknown][] = [
    ['defaults', defaults('en')],
    ['theatre', theatre('en')],
    ...scenarioFiles('en').map((f): [string, unknown] => [f.id, f]),
  ];
  for (const lang of ['ja', 'zh-TW'] as const) {
    for (const [id, source] of files) {
      it(`${id}.${lang} covers every display string of ${id}, and nothing else`, () => {
        const table = translationOf(id, lang);
        expect(table, `${id}.${lang}.json`).toBeDefined();
        expect(untranslated(source, table)).toEqual({ missing: [], unknown: [] });
      });
    }
  }
});
