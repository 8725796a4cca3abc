import './styles.css';
import './print.css';
import { App } from './app/app.ts';
import { chooseLanguage, startLanguage, unknownLanguageText } from './app/languageChoice.ts';
import { isProjectorWindow, startProjectorWindow } from './app/classroom/localFeed.ts';

const root = document.getElementById('app');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  // The language first: every screen, the map's labels and the scenario's text are made in it. Its words are
  // fetched now unless it is English (a chunk each: an English reader never downloads the others).
  const chosen = chooseLanguage(location.search, navigator.languages ?? [navigator.language]);
  const { lang, problem: unavailable } = await startLanguage(chosen.lang);
  const problem = unavailable ?? (chosen.unknown === null ? null : unknownLanguageText(chosen.unknown));
  const query = new URLSearchParams(location.search);
  // A device of the networked classroom: its address names the class (and carries its key in the fragment).
  if (query.has('class')) void import('./app/classroom/netDevice.ts').then((m) => m.startNetDevice(root, query.get('class') ?? ''));
  else if (isProjectorWindow(location.search)) startProjectorWindow(root);
  else new App(root, lang, problem).boot();
}
