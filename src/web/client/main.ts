// The single-page app: a hash router that renders one view at a time into #app.
import './style.css';
import { h } from './dom.js';
import { leaveView } from './lifecycle.js';
import { markRendered } from './paint.js';
import { parseHash, type Route } from './router.js';
import { renderArticles } from './views/articles.js';
import { renderDocument } from './views/document.js';
import { renderDuplicates } from './views/duplicates.js';
import { renderDyad } from './views/dyad.js';
import { renderEvents } from './views/events.js';
import { renderNarratives } from './views/narratives.js';
import { renderNetwork } from './views/network.js';
import { renderOverview } from './views/overview.js';
import { renderSearch } from './views/search.js';
import { renderTechniques } from './views/techniques.js';

export type View = (root: HTMLElement, route: Route) => Promise<void>;

const VIEWS: Record<string, View> = {
  overview: renderOverview,
  network: renderNetwork,
  dyad: renderDyad,
  doc: renderDocument,
  search: renderSearch,
  narratives: renderNarratives,
  techniques: renderTechniques,
  events: renderEvents,
  articles: renderArticles,
  duplicates: renderDuplicates,
};

let generation = 0;

async function route(): Promise<void> {
  const r = parseHash(location.hash || '#/overview');
  const name = r.parts[0] ?? 'overview';
  const view = VIEWS[name];
  const app = document.getElementById('app')!;
  leaveView();
  const mine = ++generation;
  const root = h('section', { class: `view view-${name}` });
  app.replaceChildren(root);
  for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', a.getAttribute('href') === `#/${name}`);
  if (!view) {
    root.append(h('p', { class: 'error' }, `Unknown page: ${name}`));
    return;
  }
  root.append(h('p', { class: 'loading' }, 'Loading…'));
  try {
    await view(root, r);
    if (mine === generation) {
      root.querySelector(':scope > .loading')?.remove();
      markRendered(name);
    }
  } catch (e) {
    if (mine !== generation) return;
    root.querySelector(':scope > .loading')?.remove();
    root.append(h('p', { class: 'error' }, e instanceof Error ? e.message : String(e)));
    markRendered(`${name}:error`);
  }
}

window.addEventListener('hashchange', () => void route());
void route();
