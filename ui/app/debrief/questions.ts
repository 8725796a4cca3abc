import { scenarioFile } from '../../../scenarios/catalog.ts';

/** The scenario's own debrief questions. */
export const debriefQuestions = (scenarioId: string): string[] => scenarioFile(scenarioId)?.debriefQuestions ?? [];

/** The written reflection that closes a session (CFR Model Diplomacy's policy review memo, domain-facts §3.4). */
export const REFLECTION_TITLE = 'Your reflection: a policy review memo';
export const REFLECTION =
  'After the debrief, each of you writes a short policy review memo (one to two pages) from your own point of view, not your role\'s: ' +
  'the decision that mattered most in this game, who took it and on what grounds, what you would have advised instead and why, ' +
  'and what the game leaves out of the real crisis. Cite the sources in your briefing where you rely on them.';
