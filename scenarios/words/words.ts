// The one place display words come from. The engine speaks in codes (roles, states, decisions,
// causes, refusals); this module says them in a language, from a catalog of ICU MessageFormat
// messages (intl-messageformat, FormatJS: plurals and number formatting by the language's own rules).
// Adding a language is adding a catalog with the same keys; a missing key falls back to English.
// English is always here; the other catalogs come in language packs (scenarios/languages/), loaded on
// demand in the browser (an English reader never downloads them) and all at once in Node (the CLI, tests).
import { IntlMessageFormat } from 'intl-messageformat';
import {
  SURVIVAL_SIGNS,
  type Actor, type BooleanFlag, type Cause, type Economy, type NumericForce, type NumericIndicator, type Openness, type Outcome, type Refusal,
  type Role, type Scenario, type Side, type SurvivalAssessment,
} from '../../engine/index.ts';
import en from './en.json';

/** English (the source), Japanese, and Traditional Chinese as used in Taiwan. */
export const LANGUAGES = ['en', 'ja', 'zh-TW'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
/** Each language's name in itself, for the menu. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ja: '日本語', 'zh-TW': '繁體中文' };

type Catalog = { [key: string]: string | Catalog };
const CATALOGS: Partial<Record<Lang, Catalog>> = { en: en as unknown as Catalog };
const ENGLISH = en as unknown as Catalog;
const NONE: Catalog = {};

/** Add a language's catalog, from its language pack (scenarios/languages/). */
export function registerCatalog(lang: Lang, catalog: unknown): void {
  CATALOGS[lang] = catalog as Catalog;
}
/** Whether a language's catalog is here (English always is): its words, not English in their place. */
export const catalogLoaded = (lang: Lang): boolean => CATALOGS[lang] !== undefined;
function catalogOf(lang: Lang): Catalog {
  const c = CATALOGS[lang];
  if (!c) throw new Error(`the ${lang} catalog is not loaded: install its language pack first (scenarios/languages/)`);
  return c;
}
const LOCALE: Record<Lang, string> = { en: 'en', ja: 'ja', 'zh-TW': 'zh-TW' };

/** The language a locale tag asks for ("ja-JP", "zh_TW.UTF-8", "zh-Hant"), or null for one Kuroshio does not have. */
export function langOfLocale(tag: string | undefined): Lang | null {
  const t = (tag ?? '').toLowerCase().replace(/_/g, '-').split('.')[0]!;
  if (t.startsWith('ja')) return 'ja';
  if (t === 'zh-tw' || t.startsWith('zh-hant') || t === 'zh-hk' || t === 'zh-mo') return 'zh-TW';
  if (t.startsWith('en')) return 'en';
  return null;
}

let current: Lang = 'en';
/** The language words are said in from now on (the app's menu, the CLI's --lang). */
export const setLanguage = (lang: Lang): void => {
  current = lang;
};
export const language = (): Lang => current;

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (!node || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Whether a language's catalog has its own words for a key (not the English fallback). */
export const has = (key: string, lang: Lang = current): boolean => lookup(CATALOGS[lang] ?? NONE, key) !== undefined;

export type Values = Record<string, string | number | boolean | null | undefined>;
const compiled = new Map<string, IntlMessageFormat>();

/** The words for a key, with values put in; English where the language lacks them, the key itself where nothing has them. */
export function t(key: string, values: Values = {}, lang: Lang = current): string {
  const own = lookup(CATALOGS[lang] ?? NONE, key);
  const message = own ?? lookup(ENGLISH, key);
  if (message === undefined) return key;
  const locale = own === undefined ? 'en' : LOCALE[lang];
  const id = `${locale}\u0000${message}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  // ICU's select matches strings: booleans are passed as "true"/"false", nulls as "".
  const plain: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) plain[k] = typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v);
  try {
    return String(format.format(plain));
  } catch {
    // A value the message needs was not given: show the message rather than fail the screen (tests catch the omission).
    return message;
  }
}

/** The keys of a catalog, dotted: what a translation must cover. */
export function catalogKeys(lang: Lang = 'en'): string[] {
  const out: string[] = [];
  const walk = (node: Catalog, path: string) => {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$comment') continue;
      const p = path ? `${path}.${k}` : k;
      if (typeof v === 'string') out.push(p);
      else walk(v, p);
    }
  };
  walk(catalogOf(lang), '');
  return out;
}

/** The keys whose messages are not well-formed ICU MessageFormat, with the parser's complaint. */
export function malformed(lang: Lang = 'en'): string[] {
  return catalogKeys(lang).flatMap((key) => {
    try {
      new IntlMessageFormat(lookup(catalogOf(lang), key)!, LOCALE[lang], undefined, { ignoreTag: true });
      return [];
    } catch (e) {
      return [`${key}: ${(e as Error).message}`];
    }
  });
}

// ---------------------------------------------------------------------------------------------
// The game's codes in words.
// ---------------------------------------------------------------------------------------------

export const roleName = (r: Role): string => t(`role.${r}`);

/**
 * Who locks a team's decision, as a line for the screen where the team locks it in: "The Prime
 * Minister locks the team's decision." Null where the scenario names no lead for the team.
 */
export function leadRoleText(scenario: Pick<Scenario, 'teamRoles'>, role: Role): string | null {
  const lead = scenario.teamRoles?.[role]?.find((r) => r.lead);
  return lead ? t('teamRoles.leadLocks', { title: lead.title }) : null;
}

export const sideName = (s: Side): string => t(`side.${s}`);
export const sideShort = (s: Side): string => t(`sideShort.${s}`);
export const economyName = (e: Economy): string => t(`economy.${e}`);
/** "team", "cautious bot", "hawkish bot". */
export const actorName = (by: Actor): string => t(`actor.${by}`);

export const regionName = (role: Role, region: string): string => t(`track.${role}.${region}.name`);
export const stateName = (role: Role, region: string, state: string): string => t(`track.${role}.${region}.state.${state}`);

export interface DecisionWords {
  label: string;
  explanation: string;
  opensWhen: string;
  legalBasis: string | null;
}

/** A decision's label, explanation, when it opens and its legal basis, from the teaching material. */
export function decisionWords(role: Role, decision: string): DecisionWords {
  const base = decision === 'hold' ? `decision.hold.${role}` : `decision.${role}.${decision}`;
  return {
    label: t(`${base}.label`),
    explanation: t(`${base}.explanation`),
    opensWhen: t(`${base}.opensWhen`),
    legalBasis: has(`${base}.legalBasis`, 'en') ? t(`${base}.legalBasis`) : null,
  };
}
export const decisionLabel = (role: Role, decision: string): string => decisionWords(role, decision).label;

/** A rule (a machine's named guard) as met or unmet, in words. */
export const guardText = (role: Role, guard: string, held: boolean): string => t(`guard.${role}.${guard}.${held ? 'met' : 'unmet'}`);

export const outcomeTitle = (o: Outcome | null): string => t(`outcome.${o ?? 'none'}.title`);
export const outcomePhrase = (o: Outcome | null): string => t(`outcome.${o ?? 'none'}.phrase`);
/** The heading for how a game ended: the ending's own where it has one ("The quarantine is broken"), else the outcome's. */
export const endingTitle = (outcome: Outcome | null, ending: string | null): string =>
  ending && has(`ending.${ending}.title`, 'en') ? t(`ending.${ending}.title`) : outcomeTitle(outcome);

export const indicatorName = (k: NumericIndicator | string): string => t(`indicator.${k}.name`);
export const indicatorValue = (k: NumericIndicator | string, value: number): string => t(`indicator.${k}.value`, { value });
export const forceName = (k: NumericForce | string): string => t(`force.${k}.name`);
export const forceValue = (k: NumericForce | string, value: number): string => t(`force.${k}.value`, { value });
export const flagTitle = (f: BooleanFlag | string): string => t(`flag.${f}.title`);
export const flagFact = (f: BooleanFlag | string): string => t(`flag.${f}.fact`);
/** A rule parameter's readable name, by its path (`shipping.usConvoyGain`). */
export const parameterName = (path: string): string => (has(`parameter.${path}`, 'en') ? t(`parameter.${path}`) : path);

/** Why something moved, in words; an inject's cause names its headline. */
export const causeText = (c: Cause, headline = ''): string => t(`cause.${c}`, { headline });

/** The engine's refusal of a command, as a sentence. Turns are said as people count them, from 1. */
export function refusalText(r: Refusal): string {
  const { code, ...data } = r;
  const v: Values = { ...(data as Values) };
  if ('turn' in r) v.turn = r.turn + 1;
  if ('given' in r) v.given = r.given + 1;
  if ('role' in r) v.role = r.role === 'facilitator' ? t('refusal.facilitator') : isRole(r.role) ? roleName(r.role) : r.role;
  if ('roles' in r) v.roles = listText(r.roles.map(roleName), 'and');
  if ('outcome' in r) v.outcome = outcomeTitle(r.outcome);
  if ('indicator' in r) v.name = indicatorName(r.indicator);
  if (code === 'outOfRange') {
    v.name = parameterOrNumberName(r.name);
    v.integer = r.integer === true;
  }
  if ('decision' in r && isRole(r.role) && has(`decision.${r.role}.${r.decision}.label`, 'en')) v.decision = decisionLabel(r.role, r.decision);
  return t(`refusal.${code}`, v);
}

const isRole = (x: string): x is Role => x === 'beijing' || x === 'taipei' || x === 'tokyo' || x === 'washington';

/** An indicator's, force's or parameter's readable name, whichever the name is. */
export function parameterOrNumberName(name: string): string {
  if (has(`indicator.${name}.name`, 'en')) return indicatorName(name);
  if (has(`force.${name}.name`, 'en')) return forceName(name);
  return parameterName(name);
}

/** "A, B and C" (or "or") by the language's own rules. */
export function listText(items: readonly string[], kind: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return new Intl.ListFormat(LOCALE[current], { style: 'long', type: kind === 'and' ? 'conjunction' : 'disjunction' }).format(items);
}

/** A side's losses so far, for tables and the terminal: "China 3 ships, 20 aircraft, 800 casualties". */
export const lossesLine = (side: Side, s: { indicators: { shipsLost: Record<Side, number>; aircraftLost: Record<Side, number>; casualties: Record<Side, number> } }): string =>
  t('cli.sideLosses', { side: sideShort(side), ships: s.indicators.shipsLost[side], aircraft: s.indicators.aircraftLost[side], casualties: s.indicators.casualties[side] });

export const daysText = (n: number): string => t('unit.days', { n });
export const turnsText = (n: number): string => t('unit.turns', { n });
/** "day 14", "day 3.5". */
export const dayText = (day: number): string => t('unit.day', { n: day });
/** A turn counted from 0 by the engine, as people count it: "turn 1". */
export const turnText = (turn: number): string => t('unit.turn', { n: turn + 1 });
/** A number as the language writes it, at most one decimal. */
export const num = (n: number): string => new Intl.NumberFormat(LOCALE[current], { maximumFractionDigits: 1 }).format(n);

/** Text ending in exactly one full stop (or its own ! or ?), to quote a message inside a sentence. */
// Japanese and Chinese end a sentence with 。 (or ！？), and a sentence ending in one needs no other.
const ENDED = /[.!?。！？]$/;
const fullStop = (): string => (current === 'en' ? '.' : '。');
export const withStop = (text: string): string => (ENDED.test(text.trim()) ? text.trim() : `${text.trim()}${fullStop()}`);
/** Whether text ends a sentence of its own (. ! ? 。 ！ ？): a label's colon after it would print "?:" or "？：". */
export const endsSentence = (text: string): boolean => ENDED.test(text.trim());

/** What goes between two sentences, or after a label's colon: a space in English, nothing after 。 or ： in Japanese and Chinese. */
export const sentenceGap = (): string => (current === 'en' ? ' ' : '');

/** A sentence from words: first letter up, one full stop at the end (the language's own). */
export function sentence(text: string): string {
  const s = text.trim();
  if (!s) return s;
  const up = s.charAt(0).toUpperCase() + s.slice(1);
  return ENDED.test(up) ? up : `${up}${fullStop()}`;
}

/** Why a decision is open or closed now, from the machine's own answer (engine `explainDecision`). */
export function opennessText(role: Role, o: Openness): string {
  if (o.open) return t('closed.open', { reasons: listText(o.held.map((g) => guardText(role, g.guard, true)), 'and') });
  if (o.why === 'guards') return t('closed.guards', { reasons: listText(o.failed.map((g) => guardText(role, g.guard, false)), 'and') });
  return t(`closed.${o.why}`, { region: regionName(role, o.region), state: stateName(role, o.region, o.state) });
}

/** The survival threshold in words: how many of the signs hold, how many are needed, and which they are. */
export function survivalSignsText(a: SurvivalAssessment): string {
  const summary = t('survivalSign.summary', { held: a.held.length, all: SURVIVAL_SIGNS.length, needed: a.needed, reading: String(a.reading) });
  return a.held.length ? `${summary}: ${listText(a.held.map((s) => t(`survivalSign.${s}`)), 'and')}.` : `${summary}.`;
}
