// The scorecard in words, for the end screen, the debrief and its exports. Pure: no DOM.
import { ROLES, scorecard, type Figure, type GameState, type Grade, type Role, type Scenario } from '../../../engine/index.ts';
import { economyName, flagTitle, forceName, forceValue, indicatorName, indicatorValue, outcomeTitle, regionName, roleName, sentenceGap, sideName, stateName, t } from '../../../scenarios/words/words.ts';
import { conditionInWords } from '../packets/inWords.ts';

export interface ObjectiveText {
  text: string;
  grade: Grade;
  gradeText: string;
  /** "Met when ...", and "Partly met when ..." if the objective can be partly met. */
  tests: string[];
  /** The figures behind the grade, each with its value. */
  figures: string[];
  /** Where the thresholds come from, with source tags. */
  source: string;
}

export interface RoleScoreText {
  role: Role;
  /** "Beijing: 63%". */
  heading: string;
  score: number;
  objectives: ObjectiveText[];
}

export interface ScorecardText {
  title: string;
  intro: string;
  roles: RoleScoreText[];
}

/** A condition inside a sentence: names that start with "The" as a title does ("The Self-Defense Forces' role") take "the". */
const inSentence = (s: string) => s.replace(/(^|\s|\()The /g, '$1the ');
const rounded = (n: number) => Math.round(n * 10) / 10;
const yesNo = (b: boolean) => t(b ? 'scorecard.yes' : 'scorecard.no');
const figure = (name: string, value: string) => t('scorecard.figure', { name, value });

/** A figure and its value in words, e.g. "Electricity supplied: 43% of demand". */
export function figureText(f: Figure): string {
  const { of, value: v } = f;
  if ('indicator' in of) return figure(indicatorName(of.indicator), indicatorValue(of.indicator, rounded(v as number)));
  if ('force' in of) return figure(forceName(of.force), forceValue(of.force, rounded(v as number)));
  if ('flag' in of) return figure(flagTitle(of.flag), yesNo(v as boolean));
  if ('losses' in of) return figure(t('scorecard.of', { name: indicatorName(of.losses), of: sideName(of.side) }), indicatorValue(of.losses, rounded(v as number)));
  if ('gdp' in of) return figure(t('scorecard.of', { name: indicatorName('gdpImpactPct'), of: economyName(of.gdp) }), indicatorValue('gdpImpactPct', rounded(v as number)));
  if ('track' in of) return figure(regionName(of.track, of.region), v === null ? t('scorecard.none') : stateName(of.track, of.region, v as string));
  if ('outcome' in of) return figure(t('scorecard.outcome'), v === null ? t('scorecard.figureUnderway') : outcomeTitle(v as never));
  if ('portSeized' in of) return figure(t('scorecard.portSeized'), yesNo(v as boolean));
  return figure(t('scorecard.turn'), String((v as number) + 1));
}

/** Each side's scorecard for the game as it stands, in words. */
export function scorecardText(scenario: Scenario, state: GameState): ScorecardText {
  const card = scorecard(scenario, state);
  return {
    title: t('scorecard.title'),
    intro: state.outcome ? t('scorecard.intro') : `${t('scorecard.intro')}${sentenceGap()}${t('scorecard.inProgress')}`,
    roles: ROLES.map((role) => ({
      role,
      heading: t('scorecard.score', { role: roleName(role), score: card[role].score }),
      score: card[role].score,
      objectives: card[role].objectives.map((o) => ({
        text: o.text,
        grade: o.grade,
        gradeText: t(`scorecard.grade.${o.grade}`),
        tests: [t('scorecard.metWhen', { condition: inSentence(conditionInWords(o.met)) }), ...(o.partly ? [t('scorecard.partlyWhen', { condition: inSentence(conditionInWords(o.partly)) })] : [])],
        figures: o.figures.map(figureText),
        source: o.source,
      })),
    })),
  };
}
