import { scenarioFile } from '../../../scenarios/catalog.ts';
import { t } from '../../../scenarios/words/words.ts';

/** The scenario's own debrief questions. */
export const debriefQuestions = (scenarioId: string): string[] => scenarioFile(scenarioId)?.debriefQuestions ?? [];

/** The written reflection that closes a session (CFR Model Diplomacy's policy review memo, domain-facts §3.4). */
// Functions, not constants: the words are those of the language chosen when the debrief is drawn.
export const reflectionTitle = (): string => t('ui.debrief.reflectionTitle');
export const reflection = (): string => t('ui.debrief.reflection');
