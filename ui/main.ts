import './styles.css';
import './print.css';
import { App } from './app/app.ts';
import { applyLanguage, chooseLanguage } from './app/languageChoice.ts';
import { isProjectorWindow, startProjectorWindow } from './app/classroom/localFeed.ts';

const root = document.getElementById('app');
if (root) {
  // The language first: every screen, the map's labels and the scenario's text are made in it.
  const { lang, problem } = chooseLanguage(location.search, navigator.languages ?? [navigator.language]);
  applyLanguage(lang);
  const query = new URLSearchParams(location.search);
  // A device of the networked classroom: its address names the class (and carries its key in the fragment).
  if (query.has('class')) void import('./app/classroom/netDevice.ts').then((m) => m.startNetDevice(root, query.get('class') ?? ''));
  else if (isProjectorWindow(location.search)) startProjectorWindow(root);
  else new App(root, lang, problem).boot();
}
