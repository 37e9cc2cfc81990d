// The rightsgraph explorer: search, a graph of entities and their relations,
// details with evidence, paths, alliances, export, and the state in the URL.
import './style.css';
import * as api from './api';
import type { EntityDetails, EntityRef, Evidence, Relation } from './api';
import { ALLIED_WITH, GraphView, formatWeight } from './graph';
import { SearchBox } from './search';
import { ReportView, forgetReport, forgetReports } from './report';
import { initEditing } from './editing';
import { currentToken, onTokenChange } from './auth';
import { button, el } from './dom';
import { KINDS, KIND_ORDER, kindIcon, typeLabel } from './kinds';
import { relationPhrase } from './labels';

type Mode = 'details' | 'path' | 'alliances';
const MODES: Mode[] = ['details', 'path', 'alliances'];

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const state = {
  sel: null as string | null,
  mode: 'details' as Mode,
  from: null as EntityRef | null,
  to: null as EntityRef | null,
  org: null as string | null,
  hiddenKinds: new Set<string>(),
  hiddenTypes: new Set<string>(),
  path: null as api.Path | null,
};

const timings: Record<string, number> = {};
let pending = 0;
let ready = false;

// ---------------------------------------------------------------- feedback

const toastEl = $('toast');
let toastTimer = 0;
function toast(message: string) {
  toastEl.textContent = message;
  toastEl.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toastEl.hidden = true), 6000);
}

function reportError(e: unknown) {
  const message = e instanceof Error ? e.message : String(e);
  toast(`Something went wrong: ${message}`);
}

const statusEl = $('status');
function updateStatus() {
  const n = graph.cy.nodes().length;
  const visible = graph.visibleNodeIds().length;
  const edges = graph.cy.edges().not('.hidden').length;
  let text = n ? `${visible} of ${n} entities · ${edges} relations shown` : '';
  if (pending) text = text ? `${text} · loading…` : 'Loading…';
  statusEl.textContent = text;
  $('empty').hidden = n > 0;
  $('app').classList.toggle('busy', pending > 0);
}

/** Runs a task, counting it as pending and showing its error, if any. */
async function task<T>(f: () => Promise<T>): Promise<T | undefined> {
  pending++;
  updateStatus();
  try {
    return await f();
  } catch (e) {
    reportError(e);
    return undefined;
  } finally {
    pending--;
    updateStatus();
  }
}

// ---------------------------------------------------------------- graph

const graph = new GraphView($('graph'), {
  onSelect: (id) => select(id),
  onExpand: (id) => void expand(id),
});
new ResizeObserver(() => graph.cy.resize()).observe($('graph'));

/**
 * Merges nodes and edges, then the relations between the new nodes and
 * those already drawn (a neighbourhood holds only its centre's edges), and
 * lays the graph out again.
 */
async function merge(nodes: EntityRef[], edges: api.Edge[], near?: string) {
  const wasEmpty = graph.cy.nodes().empty();
  const added = graph.add(nodes, edges, near);
  if (added.length) {
    const more = await api.entitiesWithEdges(added);
    graph.add([], more.edges);
  }
  afterGraphChange();
  if (added.length) await graph.layout(wasEmpty);
  return added;
}

function afterGraphChange() {
  renderFilters();
  renderNodeList();
  updateExports();
  updateStatus();
  writeUrl();
}

async function openEntity(e: EntityRef) {
  const t0 = performance.now();
  await task(async () => {
    const nb = await api.neighbourhood(e.id);
    const near = graph.has(e.id) ? e.id : undefined;
    select(e.id);
    await merge(nb.nodes, nb.edges, near);
    select(e.id, true);
    if (nb.truncated) toast('The neighbourhood is large: only part of it is shown.');
  });
  setMode('details');
  timings.openEntity = performance.now() - t0;
}

async function expand(id: string) {
  await task(async () => {
    const nb = await api.neighbourhood(id);
    const added = await merge(nb.nodes, nb.edges, id);
    if (!added.length) toast('All of its neighbours are already in the graph.');
    if (nb.truncated) toast('The neighbourhood is large: only part of it is shown.');
    graph.select(state.sel);
  });
}

// ---------------------------------------------------------------- selection and details

const detailsPanel = $('panel-details');
const detailsCache = new Map<string, Promise<EntityDetails | null>>();
let detailsToken = 0;

function details(id: string) {
  let p = detailsCache.get(id);
  if (!p) {
    p = api.entity(id);
    // Nothing is kept of an id not found: it may be made public, or published, any time.
    p.then(
      (d) => void (d || detailsCache.delete(id)),
      () => detailsCache.delete(id),
    );
    detailsCache.set(id, p);
  }
  return p;
}

function select(id: string | null, centre = false) {
  state.sel = id;
  graph.select(id, centre);
  highlightNodeList();
  writeUrl();
  void renderDetails();
  if (state.mode === 'alliances') renderAlliancesIntro();
}

function renderEmptyDetails() {
  detailsPanel.replaceChildren(
    el('div', { className: 'placeholder' }, el('p', {}, 'Select an entity in the graph, or search for one, to see what the reports say about it.')),
  );
}

/**
 * renderMissing says that the graph has no entity id for this reader: the
 * same words whether it never existed, went, or is restricted, which a
 * reader without clearance may not tell apart.
 */
function renderMissing(id: string) {
  detailsPanel.replaceChildren(
    el(
      'div',
      { className: 'placeholder', testid: 'details-missing' },
      el('p', {}, `No entity ${id}.`),
      el('p', { className: 'hint' }, 'The graph has no entity with this id that you may see: it may have been removed or merged, or be restricted to tokens with clearance.'),
    ),
  );
}

async function renderDetails() {
  const id = state.sel;
  const token = ++detailsToken;
  if (!id) return renderEmptyDetails();
  if (!detailsPanel.querySelector(`[data-entity="${CSS.escape(id)}"]`)) {
    detailsPanel.replaceChildren(el('div', { className: 'placeholder loading' }, 'Loading…'));
  }
  const d = await task(() => details(id));
  if (token !== detailsToken) return;
  if (!d) return renderMissing(id);
  detailsPanel.replaceChildren(detailsView(d));
}

function kindBadge(kind: api.Kind) {
  return el('span', { className: 'kind-badge' }, kindIcon(kind, 12), KINDS[kind]?.label ?? kind);
}

/** restrictedBadge marks what only cleared tokens and admins see. */
function restrictedBadge(testid: string, title: string) {
  return el('span', { className: 'visibility-badge', testid, title }, 'Restricted');
}

function detailsView(d: EntityDetails): HTMLElement {
  const root = el('article', { className: 'details' });
  root.dataset.entity = d.id;
  const header = el('header', { className: 'details-header' }, kindBadge(d.kind), el('h2', { className: 'details-name', testid: 'details-name' }, d.name));
  if (d.visibility === 'RESTRICTED') {
    header.append(restrictedBadge('visibility-badge', 'Only tokens with clearance and admins see it; everyone else, its names masked in every text.'));
  }
  root.append(header);
  if (d.description) root.append(el('p', { className: 'description' }, d.description));
  if (d.aliases.length) {
    root.append(
      el('div', { className: 'aliases' }, el('span', { className: 'label' }, 'Also known as'), ...d.aliases.map((a) => el('span', { className: 'chip' }, a))),
    );
  }
  const actions = el('div', { className: 'actions' });
  if (!graph.has(d.id)) actions.append(button('Add to graph', () => void openEntity(d)));
  actions.append(
    button('Expand neighbours', () => void expand(d.id), { title: 'Add its neighbours to the graph' }),
    button('Path from here', () => {
      state.from = d;
      fromBox.set(d);
      setMode('path');
    }),
    button('Path to here', () => {
      state.to = d;
      toBox.set(d);
      setMode('path');
      if (state.from) void runPath();
    }),
  );
  if (d.kind === 'ORGANISATION') {
    actions.append(button('Alliances', () => void showAlliances(d.id), { className: 'primary', testid: 'alliances-button' }));
  }
  root.append(actions);
  if (currentToken()) root.append(visibilityControls(d));

  // Relations grouped by type (and way).
  const groups = new Map<string, Relation[]>();
  for (const r of d.relations) {
    const key = `${r.type}|${r.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const rels = el('section', { className: 'relations' }, el('h3', { className: 'section-title' }, `Relations (${d.relations.length})`));
  if (!d.relations.length) rels.append(el('p', { className: 'hint' }, 'No relations recorded.'));
  for (const [key, list] of groups) {
    const [type, dir] = key.split('|') as [string, api.Direction];
    const group = el('section', { className: 'relation-group' });
    group.dataset.type = type;
    group.append(
      el('h4', {}, relationPhrase(type, dir), el('span', { className: 'type-tag' }, type), el('span', { className: 'count' }, String(list.length))),
    );
    const ul = el('ul', { className: 'relation-list' });
    for (const r of list) ul.append(relationItem(d, r));
    group.append(ul);
    rels.append(group);
  }
  root.append(rels);
  return root;
}

function relationItem(d: EntityDetails, r: Relation): HTMLElement {
  const other = button('', () => selectFromPanel(d, r), { className: 'entity-link', testid: 'relation-other' });
  other.append(kindIcon(r.other.kind, 12), r.other.name);
  other.title = `Select ${r.other.name}`;
  const meta: (string | HTMLElement)[] = [];
  if (r.role) meta.push(el('span', { className: 'role' }, r.role));
  if (r.at) meta.push(el('span', { className: 'at' }, `at ${r.at.name}`));
  if (r.visibility === 'RESTRICTED') meta.push(restrictedBadge('relation-visibility-badge', 'Only tokens with clearance and admins see this relation.'));
  const li = el('li', { className: 'relation' }, el('div', { className: 'relation-head' }, other, ...meta));
  li.append(evidenceList(r.evidence));
  return li;
}

function evidenceList(evidence: Evidence[]): HTMLElement {
  const ul = el('ul', { className: 'evidence-list' });
  for (const ev of evidence) {
    const show = button('Show in report', () => void task(() => reportView.show(ev.report.id, ev.start, ev.end)), {
      className: 'link-button',
      testid: 'show-in-report',
      title: `Open “${ev.report.title}” at this quote`,
    });
    ul.append(
      el(
        'li',
        { className: 'evidence', testid: 'evidence' },
        el('blockquote', { className: 'quote', testid: 'evidence-quote' }, ev.quote),
        el('div', { className: 'evidence-source' }, el('cite', {}, ev.report.title), show),
      ),
    );
  }
  return ul;
}

/** Selects the other end of a relation, adding it to the graph first if needed. */
function selectFromPanel(d: EntityDetails, r: Relation) {
  if (graph.has(r.other.id)) {
    select(r.other.id, true);
    return;
  }
  const out = r.direction !== 'IN';
  const edge: api.Edge = { id: r.id, type: r.type, source: out ? d.id : r.other.id, target: out ? r.other.id : d.id, role: r.role };
  void task(async () => {
    graph.add([r.other], [edge], d.id);
    select(r.other.id);
    const more = await api.entitiesWithEdges([r.other.id]);
    graph.add([], more.edges);
    afterGraphChange();
    await graph.layout(false);
    select(r.other.id, true);
  });
}

// ---------------------------------------------------------------- visibility

/**
 * visibilityControls offers an editor to restrict the entity, or to make
 * it public again; the server decides (a reader's token, or making public
 * without clearance, is refused) and its refusal is shown here.
 */
function visibilityControls(d: EntityDetails): HTMLElement {
  const error = el('p', { className: 'visibility-error', testid: 'visibility-error', hidden: true });
  error.setAttribute('role', 'alert');
  const restricted = d.visibility === 'RESTRICTED';
  const b: HTMLButtonElement = restricted
    ? button('Make public', () => void changeVisibility(d, 'PUBLIC', b, error), {
        testid: 'make-public',
        title: 'Let everyone who may read the graph see it again (needs a token with clearance)',
      })
    : button('Restrict', () => void changeVisibility(d, 'RESTRICTED', b, error), {
        testid: 'restrict-entity',
        title: `Show ${d.name} only to tokens with clearance and admins; everyone else loses it and sees its names masked. Only a token with clearance can undo it.`,
      });
  return el('div', { className: 'visibility-controls' }, b, error);
}

async function changeVisibility(d: EntityDetails, v: api.Visibility, b: HTMLButtonElement, error: HTMLElement) {
  b.disabled = true;
  error.hidden = true;
  await task(async () => {
    let now: Awaited<ReturnType<typeof api.setVisibility>>;
    try {
      now = await api.setVisibility(d.id, v);
    } catch (e) {
      const code = e instanceof api.GraphQLError && e.code ? ` (${e.code})` : '';
      error.textContent = `The server refused${code}: ${e instanceof Error ? e.message : String(e)}.`;
      error.hidden = false;
      b.disabled = false;
      return;
    }
    // Who sees what changed: every entity read, report text and drawn node may differ now.
    await reread();
    if (!now.entity) {
      showGone(d);
      return;
    }
    toast(v === 'RESTRICTED' ? `${d.name} is restricted: only tokens with clearance and admins see it.` : `${d.name} is public again.`);
    if (state.sel === d.id) await renderDetails();
  });
}

/** showGone says plainly that the entity just restricted is gone for this token, instead of its details. */
function showGone(d: EntityRef) {
  detailsToken++;
  if (mainSearch.input.value.trim() === d.name) mainSearch.set(null);
  if (state.sel === d.id) {
    state.sel = null;
    graph.select(null);
    writeUrl();
  }
  detailsPanel.replaceChildren(
    el(
      'div',
      { className: 'placeholder', testid: 'visibility-gone' },
      el('p', {}, `${d.name} is now restricted. Your token has no clearance to see restricted entities, so it is no longer shown to you: not in the graph, in search, or in any text, where its names are masked.`),
      el('p', { className: 'hint' }, 'An editor whose token has clearance, or an admin, can make it public again.'),
    ),
  );
}

/**
 * reread forgets every entity and report read before, and takes out of
 * the graph what this token may no longer see (after a change of
 * visibility, or of token). It returns the ids of the nodes taken out.
 */
async function reread(): Promise<string[]> {
  detailsCache.clear();
  forgetReports();
  const asked = graph.nodeIds();
  const [sub] = await Promise.all([asked.length ? api.entitiesWithEdges(asked) : { nodes: [], edges: [] }, showOverview()]);
  const gone = graph.forget(new Set(asked), new Set(sub.nodes.map((n) => n.id)), new Set(sub.edges.map((e) => e.id)));
  if (!gone.length) {
    afterGraphChange();
    return gone;
  }
  const lost = new Set(gone);
  if (state.from && lost.has(state.from.id)) fromBox.set((state.from = null));
  if (state.to && lost.has(state.to.id)) toBox.set((state.to = null));
  if (state.path?.nodes.some((n) => lost.has(n.id))) {
    state.path = null;
    pathResult.replaceChildren();
    graph.highlightPath([], []);
  }
  if (state.org && lost.has(state.org)) {
    state.org = null;
    graph.setAlliances([]);
    if (state.mode === 'alliances') renderAlliancesIntro();
  }
  afterGraphChange();
  return gone;
}

// Signing in or out changes what the page may show: read it all again.
let tokenRun = 0;
onTokenChange(() => {
  const run = ++tokenRun;
  pending++;
  updateStatus();
  void reread()
    .then((gone) => {
      if (run !== tokenRun) return;
      if (state.sel && gone.includes(state.sel)) select(null);
      else void renderDetails();
    })
    .catch((e) => {
      // A refused token is editing's to tell; it forgets it, which reads again.
      if (!(e instanceof api.GraphQLError && e.code === 'UNAUTHENTICATED') && run === tokenRun) reportError(e);
    })
    .finally(() => {
      pending--;
      updateStatus();
    });
});

// ---------------------------------------------------------------- modes

const tabs = MODES.map((m) => $(`tab-${m}`));

function setMode(mode: Mode) {
  const was = state.mode;
  state.mode = mode;
  for (const t of tabs) {
    const on = t.dataset.mode === mode;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(`panel-${t.dataset.mode}`).hidden = !on;
  }
  if (mode === 'path') graph.highlightPath(state.path?.nodes.map((n) => n.id) ?? [], state.path?.edges.map((e) => e.id) ?? []);
  else if (was === 'path') graph.highlightPath([], []);
  if (mode !== 'alliances' && was === 'alliances') {
    graph.setAlliances([]);
    afterGraphChange();
  }
  if (mode === 'alliances' && was !== 'alliances') {
    if (state.org) void showAlliances(state.org);
    else renderAlliancesIntro();
  }
  writeUrl();
}

for (const t of tabs) {
  t.addEventListener('click', () => setMode(t.dataset.mode as Mode));
  t.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(t);
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length];
    next.focus();
    setMode(next.dataset.mode as Mode);
  });
}

// ---------------------------------------------------------------- path

const pathResult = $('path-result');
const fromBox = new SearchBox($<HTMLInputElement>('path-from'), (e) => ((state.from = e), writeUrl()), reportError);
const toBox = new SearchBox($<HTMLInputElement>('path-to'), (e) => ((state.to = e), writeUrl()), reportError);

$('path-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void runPath();
});
$('path-swap').addEventListener('click', () => {
  [state.from, state.to] = [state.to, state.from];
  fromBox.set(state.from);
  toBox.set(state.to);
  writeUrl();
});
$('path-clear').addEventListener('click', () => {
  state.from = state.to = state.path = null;
  fromBox.set(null);
  toBox.set(null);
  pathResult.replaceChildren();
  graph.highlightPath([], []);
  writeUrl();
});

async function runPath() {
  // What is typed but not chosen from the suggestions: take the first hit.
  for (const [box, key] of [[fromBox, 'from'], [toBox, 'to']] as const) {
    if (!box.chosen && box.input.value.trim().length >= 2) {
      const hits = await task(() => api.search(box.input.value.trim()));
      if (hits?.length) {
        box.set(hits[0].entity);
        state[key] = hits[0].entity;
      }
    } else if (!box.chosen) {
      state[key] = null;
    }
  }
  const { from, to } = state;
  if (!from || !to) {
    pathResult.replaceChildren(el('p', { className: 'hint' }, 'Choose both ends: search for an entity in each box.'));
    return;
  }
  writeUrl();
  pathResult.replaceChildren(el('p', { className: 'hint' }, 'Searching…'));
  await task(async () => {
    const p = await api.shortestPath(from.id, to.id);
    state.path = p;
    if (!p) {
      pathResult.replaceChildren(el('p', { className: 'hint' }, `No path of at most 6 relations joins ${from.name} and ${to.name}.`));
      graph.highlightPath([], []);
      return;
    }
    await merge(p.nodes, p.edges);
    if (state.mode === 'path') graph.highlightPath(p.nodes.map((n) => n.id), p.edges.map((e) => e.id));
    renderPath(p);
  });
}

function renderPath(p: api.Path) {
  const ol = el('ol', { className: 'path-steps' });
  p.nodes.forEach((n, i) => {
    const link = button('', () => select(n.id, true), { className: 'entity-link' });
    link.append(kindIcon(n.kind, 12), n.name);
    const li = el('li', { className: 'path-step', testid: 'path-step' }, link);
    const e = p.edges[i];
    const next = p.nodes[i + 1];
    if (e && next) {
      const forward = e.source === n.id;
      const [a, b] = forward ? [n, next] : [next, n];
      const sentence = `${a.name} ${typeLabel(e.type)} ${b.name}`;
      const arrow = el('span', { title: sentence }, forward ? '↓' : '↑');
      arrow.setAttribute('aria-hidden', 'true');
      const edge = el('div', { className: 'path-edge' }, arrow, ` ${typeLabel(e.type)}`, el('span', { className: 'visually-hidden' }, `: ${sentence}`));
      if (e.role) edge.append(el('span', { className: 'role' }, ` · ${e.role}`));
      li.append(edge);
    }
    ol.append(li);
  });
  pathResult.replaceChildren(
    el('p', { className: 'path-summary' }, `${p.length} relation${p.length === 1 ? '' : 's'} from ${p.nodes[0].name} to ${p.nodes[p.nodes.length - 1].name}`),
    ol,
  );
}

// ---------------------------------------------------------------- alliances

const alliancesPanel = $('panel-alliances');
let alliancesToken = 0;

function renderAlliancesIntro() {
  if (state.org) return;
  const sel = state.sel ? graph.node(state.sel) : null;
  const body = el('div', { className: 'placeholder' });
  if (sel?.kind === 'ORGANISATION') {
    body.append(
      el('p', {}, `Which organisations stand with ${sel.name}, and why.`),
      button(`Show alliances of ${sel.name}`, () => void showAlliances(sel.id), { className: 'primary', testid: 'alliances-button' }),
    );
  } else {
    body.append(el('p', {}, 'Select an organisation to see which organisations stand with it: through issues both raised, congresses both took part in, resolutions and shared people.'));
  }
  alliancesPanel.replaceChildren(body);
}

async function showAlliances(orgId: string) {
  state.org = orgId;
  const token = ++alliancesToken;
  if (state.mode !== 'alliances') {
    setMode('alliances'); // which calls back here
    return;
  }
  alliancesPanel.replaceChildren(el('div', { className: 'placeholder loading' }, 'Loading alliances…'));
  await task(async () => {
    const [org, list] = await Promise.all([details(orgId), api.alliances(orgId)]);
    if (token !== alliancesToken || !org) return;
    // Draw them: the allied organisations, an ALLIED_WITH edge to each, and
    // the relations of the organisations new to the graph.
    const wasEmpty = graph.cy.nodes().empty();
    const added = graph.add([org, ...list.map((a) => a.organisation)], [], graph.has(orgId) ? orgId : undefined);
    graph.setAlliances(
      list.map((a) => ({ id: `${orgId}|${ALLIED_WITH}|${a.organisation.id}`, type: ALLIED_WITH, source: orgId, target: a.organisation.id, weight: a.weight })),
    );
    if (added.length) graph.add([], (await api.entitiesWithEdges(added)).edges);
    afterGraphChange();
    renderAlliances(org, list);
    if (added.length) await graph.layout(wasEmpty);
  });
}

function renderAlliances(org: EntityRef, list: api.Alliance[]) {
  const max = Math.max(1, ...list.map((a) => a.weight));
  const head = el(
    'header',
    { className: 'details-header' },
    kindBadge(org.kind),
    el('h2', { className: 'details-name' }, `Alliances of ${org.name}`),
    el('p', { className: 'hint' }, 'Strongest first. Weight: a shared issue or person 1, a resolution joining their issues 0.5, a congress both took part in 0.25.'),
  );
  const ul = el('ul', { className: 'alliance-list' });
  for (const a of list) {
    const link = button('', () => select(a.organisation.id, true), { className: 'entity-link' });
    link.append(kindIcon(a.organisation.kind, 12), a.organisation.name);
    const meter = el('span', { className: 'meter' }, el('span', { className: 'meter-fill' }));
    (meter.firstChild as HTMLElement).style.width = `${Math.round((a.weight / max) * 100)}%`;
    const reasons = el('ul', { className: 'reasons' });
    for (const r of a.reasons) {
      reasons.append(
        el(
          'li',
          { className: 'reason' },
          el('p', { className: 'how' }, r.how),
          evidenceList(r.evidence),
        ),
      );
    }
    const item = el(
      'li',
      { className: 'alliance', testid: 'alliance-item' },
      el('div', { className: 'alliance-head' }, link, el('span', { className: 'weight', title: 'weight' }, formatWeight(a.weight)), meter),
      el('details', {}, el('summary', {}, `${a.reasons.length} reason${a.reasons.length === 1 ? '' : 's'}`), reasons),
    );
    ul.append(item);
  }
  alliancesPanel.replaceChildren(head, list.length ? ul : el('p', { className: 'hint' }, 'No alliances found.'), button('Close alliances', () => {
    state.org = null;
    graph.setAlliances([]);
    afterGraphChange();
    renderAlliancesIntro();
  }));
}

// ---------------------------------------------------------------- filters, legend, node list

function renderFilters() {
  const { kinds, types } = graph.counts();
  const kindList = $('kind-filters');
  kindList.replaceChildren(
    ...KIND_ORDER.map((k) =>
      filterItem(`kind-${k}`, KINDS[k].label, kinds.get(k) ?? 0, !state.hiddenKinds.has(k), (on) => toggle(state.hiddenKinds, k, on), kindIcon(k)),
    ),
  );
  const typeList = $('type-filters');
  const shown = [...new Set([...types.keys(), ...state.hiddenTypes])].sort();
  typeList.replaceChildren(
    ...(shown.length
      ? shown.map((t) => filterItem(`type-${t}`, typeLabel(t), types.get(t) ?? 0, !state.hiddenTypes.has(t), (on) => toggle(state.hiddenTypes, t, on)))
      : [el('li', { className: 'hint' }, 'None in the graph yet.')]),
  );
}

function filterItem(id: string, label: string, count: number, checked: boolean, onChange: (on: boolean) => void, icon?: SVGElement) {
  const input = el('input', { type: 'checkbox', id: `filter-${id}`, checked });
  input.addEventListener('change', () => onChange(input.checked));
  const lab = el('label', { htmlFor: `filter-${id}` }, input, icon ?? '', el('span', { className: 'filter-label' }, label), el('span', { className: 'count' }, String(count)));
  const li = el('li', { className: count ? 'filter' : 'filter zero' }, lab);
  return li;
}

function toggle(set: Set<string>, key: string, on: boolean) {
  if (on) set.delete(key);
  else set.add(key);
  graph.setFilters(state.hiddenKinds, state.hiddenTypes);
  updateExports();
  updateStatus();
  renderNodeList();
  writeUrl();
}

function renderNodeList() {
  const list = $('node-list');
  const nodes = graph.nodes().sort((a, b) => a.name.localeCompare(b.name));
  list.replaceChildren(
    ...nodes.map((n) => {
      const b = button('', () => select(n.id, true), { className: 'entity-link' });
      b.dataset.id = n.id;
      b.append(kindIcon(n.kind, 12), n.name);
      if (state.hiddenKinds.has(n.kind)) b.classList.add('hidden-kind');
      return el('li', {}, b);
    }),
  );
  $('in-graph').querySelector('h2')!.textContent = `In the graph (${nodes.length})`;
  highlightNodeList();
}

function highlightNodeList() {
  for (const b of $('node-list').querySelectorAll<HTMLElement>('button')) {
    if (b.dataset.id === state.sel) b.setAttribute('aria-current', 'true');
    else b.removeAttribute('aria-current');
  }
}

// ---------------------------------------------------------------- export

const FORMATS = ['graphml', 'gexf', 'cyjs', 'csv'] as const;

function updateExports() {
  const ids = graph.visibleNodeIds();
  for (const f of FORMATS) {
    const a = $<HTMLAnchorElement>(`export-${f}`);
    if (ids.length) {
      a.href = `/export?format=${f}&ids=${ids.map(enc).join(',')}`;
      a.removeAttribute('aria-disabled');
    } else {
      a.removeAttribute('href');
      a.setAttribute('aria-disabled', 'true');
    }
  }
  $<HTMLButtonElement>('export-png').disabled = ids.length === 0;
}

$('export-png').addEventListener('click', () =>
  void task(async () => {
    const blob = await graph.png();
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: 'rightsgraph.png' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }),
);

// ---------------------------------------------------------------- toolbar

$('tool-fit').addEventListener('click', () => graph.fit());
$('tool-layout').addEventListener('click', () => void task(() => graph.layout(true)));
$('tool-expand').addEventListener('click', () => {
  if (state.sel) void expand(state.sel);
  else toast('Select an entity first.');
});
$('tool-clear').addEventListener('click', () => {
  graph.clear();
  state.sel = null;
  state.path = null;
  state.org = null;
  pathResult.replaceChildren();
  renderEmptyDetails();
  if (state.mode === 'alliances') renderAlliancesIntro();
  afterGraphChange();
});

// ---------------------------------------------------------------- URL state

/** Encodes an id for the query string, leaving / and : readable. */
function enc(s: string) {
  return encodeURIComponent(s).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}

// Until the URL is read, nothing may overwrite it.
let restoring = true;

function writeUrl() {
  if (restoring) return;
  const parts: string[] = [];
  if (state.sel) parts.push(`sel=${enc(state.sel)}`);
  if (state.mode !== 'details') parts.push(`mode=${state.mode}`);
  if (state.mode === 'path' && state.from) parts.push(`from=${enc(state.from.id)}`);
  if (state.mode === 'path' && state.to) parts.push(`to=${enc(state.to.id)}`);
  if (state.mode === 'alliances' && state.org) parts.push(`org=${enc(state.org)}`);
  if (state.hiddenKinds.size) parts.push(`hk=${[...state.hiddenKinds].join(',')}`);
  if (state.hiddenTypes.size) parts.push(`ht=${[...state.hiddenTypes].join(',')}`);
  const ids = graph.nodeIds();
  if (ids.length) parts.push(`nodes=${ids.map(enc).join(',')}`);
  const url = parts.length ? `?${parts.join('&')}` : location.pathname;
  if (url !== location.search) history.replaceState(null, '', url);
}

function list(v: string | null): string[] {
  return v ? v.split(',').filter(Boolean) : [];
}

async function restore() {
  const q = new URLSearchParams(location.search);
  const nodes = list(q.get('nodes'));
  const sel = q.get('sel');
  const mode = (MODES as string[]).includes(q.get('mode') ?? '') ? (q.get('mode') as Mode) : 'details';
  state.hiddenKinds = new Set(list(q.get('hk')));
  state.hiddenTypes = new Set(list(q.get('ht')));
  graph.setFilters(state.hiddenKinds, state.hiddenTypes);
  restoring = true;
  try {
    if (nodes.length) {
      await task(async () => {
        const sub = await api.entitiesWithEdges(nodes);
        graph.add(sub.nodes, sub.edges);
        afterGraphChange();
        await graph.layout(true);
      });
    }
    const from = q.get('from');
    const to = q.get('to');
    if (from || to) {
      const [f, t] = await Promise.all([from ? details(from) : null, to ? details(to) : null]);
      if (f) fromBox.set((state.from = f));
      if (t) toBox.set((state.to = t));
    }
    state.org = q.get('org');
  } finally {
    restoring = false;
  }
  if (sel) {
    if (graph.has(sel)) select(sel, true);
    else {
      const d = await task(() => details(sel));
      if (d) await openEntity(d);
      else if (d === null) renderMissing(sel);
    }
  }
  if (mode !== 'details') setMode(mode);
  if (mode === 'path' && state.from && state.to) await runPath();
  afterGraphChange();
}

// ---------------------------------------------------------------- editing

// A published report opens in the graph: its entities, their relations,
// and the first of them selected, with its evidence in the details.
initEditing($('editor-tools'), {
  onError: toast,
  onPublished: (p, ids) =>
    void task(async () => {
      detailsCache.clear();
      forgetReport(p.report.id);
      toast(`Published “${p.report.title}”: ${p.entities} entities, ${p.relations} relations.`);
      const sub = await api.entitiesWithEdges(ids);
      const first = ids.find((id) => sub.nodes.some((n) => n.id === id));
      if (first) select(first);
      await merge(sub.nodes, sub.edges);
      if (first) select(first, true);
      setMode('details');
    }),
});

// ---------------------------------------------------------------- start

const mainSearch = new SearchBox($<HTMLInputElement>('search'), (e) => void openEntity(e), reportError);
const reportView = new ReportView();

/** showOverview writes the graph's size and its most connected entities, as this reader may see them. */
async function showOverview() {
  const o = await api.overview();
  $('stats').textContent = `${o.stats.nodes} entities · ${o.stats.relationships} relations`;
  const chips = o.centrality.map((c) => {
    const b = button('', () => {
      mainSearch.set(c.entity);
      void openEntity(c.entity);
    }, { className: 'chip-button' });
    b.append(kindIcon(c.entity.kind, 12), c.entity.name);
    return b;
  });
  $('empty').replaceChildren(
    el('h2', {}, 'Explore who works with whom, and on what'),
    el('p', {}, 'Search for a person, organisation or issue above. Every relation comes with the words of the report that states it.'),
    chips.length ? el('p', { className: 'label' }, 'Or start with one of the most connected:') : '',
    el('div', { className: 'chips' }, ...chips),
  );
}

async function start() {
  const t0 = performance.now();
  renderEmptyDetails();
  renderAlliancesIntro();
  setMode('details');
  afterGraphChange();
  const overview = task(showOverview);
  await Promise.all([overview, restore()]);
  ready = true;
  timings.ready = performance.now();
  timings.start = performance.now() - t0;
  document.documentElement.dataset.ready = 'true';
}

declare global {
  interface Window {
    __explorer: unknown;
  }
}

// A hook for tests and for the curious: what the graph holds.
window.__explorer = {
  get ready() {
    return ready && pending === 0;
  },
  get busy() {
    return pending;
  },
  nodes: () => graph.nodeIds(),
  visibleNodes: () => graph.visibleNodeIds(),
  edges: () => graph.cy.edges().map((e) => e.id()),
  selected: () => state.sel,
  /** Where a node is drawn, in pixels from the graph's top left corner. */
  position: (id: string) => {
    const n = graph.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? n.renderedPosition() : null;
  },
  mode: () => state.mode,
  timings,
};

void start();
