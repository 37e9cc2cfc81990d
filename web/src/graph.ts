// The graph view: Cytoscape.js with the fCoSE layout. Holds what is drawn,
// hides what the filters hide, and marks the selection, a path and alliances.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Edge, EntityRef } from './api';
import { KINDS, typeLabel } from './kinds';

cytoscape.use(fcose);

export const ALLIED_WITH = 'ALLIED_WITH';

const MAX_ZOOM = 3;
// Fitting a small graph to the view stops here: a few nodes stay node-sized.
const FIT_MAX_ZOOM = 1.3;

export interface GraphHandlers {
  onSelect(id: string): void;
  onExpand(id: string): void;
}

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(name)',
      'font-family': 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      // Hubs' names are larger, so that they still show when zoomed out.
      'font-size': 'mapData(size, 18, 48, 10, 16)',
      color: '#1e293b',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      'border-width': 1.5,
      'border-color': '#ffffff',
      'overlay-opacity': 0,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      'line-color': '#a8b3c4',
      'target-arrow-color': '#a8b3c4',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'font-size': 9,
      color: '#334155',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      'overlay-opacity': 0,
    },
  },
  { selector: 'node.selected', style: { 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 'bold', 'z-index': 20 } },
  { selector: 'edge.focus', style: { width: 2.2, 'line-color': '#475569', 'target-arrow-color': '#475569', 'z-index': 15 } },
  {
    selector: `edge.alliance`,
    style: {
      'line-color': '#b45309',
      'line-style': 'dashed',
      'target-arrow-shape': 'none',
      width: 'mapData(weight, 0, 3, 1.5, 7)',
      label: 'data(label)',
      color: '#92400e',
      'z-index': 12,
    },
  },
  { selector: 'edge.focus.labelled', style: { label: 'data(label)' } },
  { selector: '.faded', style: { opacity: 0.16 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f59e0b', opacity: 1, 'z-index': 30 } },
  {
    selector: 'edge.path',
    style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', label: 'data(label)', opacity: 1, 'z-index': 30 },
  },
  { selector: '.hidden', style: { display: 'none' } },
];

export class GraphView {
  readonly cy: Core;
  private selected: string | null = null;
  private hiddenKinds = new Set<string>();
  private hiddenTypes = new Set<string>();
  private layoutRun: cytoscape.Layouts | null = null;

  constructor(
    readonly container: HTMLElement,
    handlers: GraphHandlers,
  ) {
    this.cy = cytoscape({
      container,
      style,
      minZoom: 0.1,
      maxZoom: MAX_ZOOM,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (e) => handlers.onSelect(e.target.id()));
    this.cy.on('dbltap', 'node', (e) => handlers.onExpand(e.target.id()));
    this.cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
    this.cy.on('mouseout', 'node', () => (container.style.cursor = ''));
    container.addEventListener('keydown', (e) => this.onKey(e, handlers));
  }

  private onKey(e: KeyboardEvent, handlers: GraphHandlers) {
    const step = 60;
    const pan: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (pan[e.key]) {
      this.cy.panBy({ x: pan[e.key][0], y: pan[e.key][1] });
    } else if (e.key === '+' || e.key === '=') {
      this.zoom(1.25);
    } else if (e.key === '-') {
      this.zoom(0.8);
    } else if (e.key === '0' || e.key === 'f') {
      this.fit();
    } else if (e.key === 'Enter' && this.selected) {
      handlers.onExpand(this.selected);
    } else {
      return;
    }
    e.preventDefault();
  }

  zoom(factor: number) {
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  fit() {
    const visible = this.cy.elements().not('.hidden');
    this.cy.maxZoom(FIT_MAX_ZOOM);
    this.cy.animate({ fit: { eles: visible, padding: 40 }, duration: 250, complete: () => void this.cy.maxZoom(MAX_ZOOM) });
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  nodeIds(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }

  visibleNodeIds(): string[] {
    return this.cy.nodes().not('.hidden').map((n) => n.id());
  }

  node(id: string): EntityRef | null {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? { id, name: n.data('name'), kind: n.data('kind') } : null;
  }

  nodes(): EntityRef[] {
    return this.cy.nodes().map((n) => ({ id: n.id(), name: n.data('name'), kind: n.data('kind') }));
  }

  /** How many nodes of each kind, and edges of each type, the graph holds. */
  counts(): { kinds: Map<string, number>; types: Map<string, number> } {
    const kinds = new Map<string, number>();
    const types = new Map<string, number>();
    this.cy.nodes().forEach((n) => void kinds.set(n.data('kind'), (kinds.get(n.data('kind')) ?? 0) + 1));
    this.cy.edges().forEach((e) => void types.set(e.data('type'), (types.get(e.data('type')) ?? 0) + 1));
    return { kinds, types };
  }

  /**
   * Merges nodes and edges into the graph; edges whose ends are not both
   * there are left out. New nodes start next to near, if given, or next to a
   * node they are joined to. Returns the ids of the nodes added.
   */
  add(nodes: EntityRef[], edges: Edge[], near?: string): string[] {
    const added: string[] = [];
    const els: ElementDefinition[] = [];
    const known = new Set(this.nodeIds());
    const centre = near && this.has(near) ? { ...this.cy.getElementById(near).position() } : null;
    // New nodes start on a sunflower spiral around the node they join (or
    // the origin), so that none starts on top of another.
    const around = new Map<string, number>();
    for (const n of nodes) {
      if (known.has(n.id)) continue;
      known.add(n.id);
      added.push(n.id);
      const k = KINDS[n.kind] ?? KINDS.REPORT;
      const anchor = centre ? { id: near!, p: centre } : this.anchorFor(n.id, edges);
      const key = anchor?.id ?? '';
      const i = (around.get(key) ?? 0) + 1;
      around.set(key, i);
      const o = anchor?.p ?? { x: 0, y: 0 };
      const r = 40 * Math.sqrt(i) + 30;
      const a = i * 2.39996;
      els.push({
        group: 'nodes',
        data: { id: n.id, name: n.name, kind: n.kind, colour: k.colour, shape: k.shape, size: 22 },
        position: { x: o.x + r * Math.cos(a), y: o.y + r * Math.sin(a) },
      });
    }
    for (const e of edges) {
      if (!known.has(e.source) || !known.has(e.target) || this.has(e.id)) continue;
      if (els.some((x) => x.data.id === e.id)) continue;
      els.push({ group: 'edges', data: { ...e, label: edgeLabel(e) }, classes: e.type === ALLIED_WITH ? 'alliance' : '' });
    }
    if (els.length) {
      this.cy.add(els);
      this.resize();
      this.applyFilters();
    }
    return added;
  }

  private anchorFor(id: string, edges: Edge[]): { id: string; p: { x: number; y: number } } | null {
    for (const e of edges) {
      const other = e.source === id ? e.target : e.target === id ? e.source : null;
      if (other && this.has(other)) return { id: other, p: { ...this.cy.getElementById(other).position() } };
    }
    return null;
  }

  /** Sizes nodes by their degree: hubs stand out. */
  private resize() {
    this.cy.nodes().forEach((n) => {
      const d = n.degree(false);
      n.data('size', Math.round(18 + 4 * Math.sqrt(d)));
    });
  }

  /**
   * forget removes, of the nodes asked about, those not in nodeIds, and
   * the stated relations touching them that are not in edgeIds (drawn
   * alliances stay, unless an end goes): what the reader may no longer
   * see. Nodes drawn since the question stay. Returns the nodes removed.
   */
  forget(asked: Set<string>, nodeIds: Set<string>, edgeIds: Set<string>): string[] {
    const nodes = this.cy.nodes().filter((n) => asked.has(n.id()) && !nodeIds.has(n.id()));
    const edges = this.cy
      .edges()
      .not('.alliance')
      .filter((e) => (asked.has(e.data('source')) || asked.has(e.data('target'))) && !edgeIds.has(e.id()));
    const gone = nodes.map((n) => n.id());
    if (!nodes.length && !edges.length) return gone;
    this.cy.batch(() => {
      edges.remove();
      nodes.remove();
    });
    if (this.selected && gone.includes(this.selected)) this.selected = null;
    this.resize();
    return gone;
  }

  clear() {
    this.layoutRun?.stop();
    this.cy.elements().remove();
    this.selected = null;
  }

  /** Lays the graph out with fCoSE; incremental unless randomize. */
  layout(randomize = false): Promise<void> {
    this.layoutRun?.stop();
    const eles = this.cy.elements().not('.hidden');
    if (eles.nodes().length === 0) return Promise.resolve();
    const big = eles.nodes().length > 300;
    this.cy.maxZoom(FIT_MAX_ZOOM);
    const run = eles.layout({
      name: 'fcose',
      quality: 'default',
      randomize,
      // Moving from random places says nothing: only an update is animated.
      animate: !randomize && !big,
      animationDuration: 450,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      // Edges at a hub are longer, so that its many neighbours get room.
      idealEdgeLength: (e: cytoscape.EdgeSingular) => 70 + 5 * Math.sqrt(Math.max(e.source().degree(false), e.target().degree(false))),
      nodeRepulsion: () => 12000,
      nodeSeparation: 100,
      edgeElasticity: () => 0.45,
      gravity: 0.25,
      numIter: 2500,
      packComponents: true,
    } as cytoscape.LayoutOptions);
    this.layoutRun = run;
    const done = new Promise<void>((resolve) =>
      run.one('layoutstop', () => {
        this.cy.maxZoom(MAX_ZOOM);
        resolve();
      }),
    );
    run.run();
    return done;
  }

  select(id: string | null, centre = false) {
    this.cy.elements().removeClass('selected focus labelled');
    this.selected = id;
    if (!id) return;
    const n = this.cy.getElementById(id) as NodeSingular;
    if (n.empty()) return;
    n.addClass('selected');
    const edges = n.connectedEdges();
    edges.addClass('focus');
    // Labels on a hub's many edges would hide each other and the graph.
    if (edges.length <= 12) edges.addClass('labelled');
    if (centre) {
      const bb = this.cy.extent();
      const p = n.position();
      if (p.x < bb.x1 || p.x > bb.x2 || p.y < bb.y1 || p.y > bb.y2) this.cy.animate({ center: { eles: n }, duration: 250 });
    }
  }

  setFilters(hiddenKinds: Set<string>, hiddenTypes: Set<string>) {
    this.hiddenKinds = hiddenKinds;
    this.hiddenTypes = hiddenTypes;
    this.applyFilters();
  }

  private applyFilters() {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => void n.toggleClass('hidden', this.hiddenKinds.has(n.data('kind'))));
      this.cy.edges().forEach((e) => void e.toggleClass('hidden', this.hiddenTypes.has(e.data('type'))));
    });
  }

  /** Marks a path and fades the rest; an empty path clears the mark. */
  highlightPath(nodeIds: string[], edgeIds: string[]) {
    this.cy.batch(() => {
      this.cy.elements().removeClass('path faded');
      if (!nodeIds.length) return;
      const on = this.cy.collection();
      for (const id of [...nodeIds, ...edgeIds]) on.merge(this.cy.getElementById(id));
      on.addClass('path');
      this.cy.elements().not(on).addClass('faded');
    });
  }

  /** Replaces the drawn alliances by these ALLIED_WITH edges. */
  setAlliances(edges: Edge[]) {
    this.cy.edges('.alliance').remove();
    this.add([], edges);
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
  }
}

function edgeLabel(e: Edge): string {
  if (e.type === ALLIED_WITH) return e.weight != null ? `allied · ${formatWeight(e.weight)}` : 'allied';
  return typeLabel(e.type) + (e.role ? ` (${e.role})` : '');
}

export function formatWeight(w: number): string {
  return Number.isInteger(w) ? String(w) : w.toFixed(2).replace(/0$/, '');
}
