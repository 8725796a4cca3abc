import './styles.css';
import './print.css';
import { App } from './app/app.ts';

const root = document.getElementById('app');
if (root) new App(root).boot();
