// Measures the graph libraries the explorer could draw with: Cytoscape.js
// (its canvas renderer, and its experimental WebGL one) against sigma.js on
// graphology, drawing the same random 2,000-node / 6,000-edge graph in
// headless Chromium at 1280×800. For each: the time to the first drawn
// frame, and the frame intervals while the view is dragged (panned) with the
// mouse. The libraries are loaded from node_modules as they are published
// (UMD builds); nothing is built. Figures go to stdout and to
// e2e/screenshots/perf.json.
//
// Headless Chromium here draws with the CPU (WebGL through SwiftShader), so
// the figures are for comparing the libraries, not absolute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, recordConsole } from './browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, '..', 'node_modules');
const NODES = 2000;
const EDGES = 6000;
// The drag: up to PAN_MOVES mouse moves, for at most PAN_MS.
const PAN_MOVES = 150;
const PAN_MS = 6000;

const files = {
  '/cytoscape.js': path.join(modules, 'cytoscape/dist/cytoscape.min.js'),
  '/graphology.js': path.join(modules, 'graphology/dist/graphology.umd.min.js'),
  '/sigma.js': path.join(modules, 'sigma/dist/sigma.min.js'),
};

const page = `<!doctype html><html><head><meta charset="utf-8"><title>perf</title><link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%}#g{position:absolute;inset:0}</style></head>
<body><div id="g"></div>
<script>
// A seeded random graph: 40 clusters of 50 nodes, 80% of the edges inside a cluster.
function randomGraph(n, m) {
  let s = 42;
  const rnd = () => { s |= 0; s = (s + 0x6d2b79f5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const colours = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#4b5563'];
  const size = 50, clusters = Math.ceil(n / size), centres = [];
  for (let c = 0; c < clusters; c++) centres.push([rnd() * 4000, rnd() * 2500]);
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const c = centres[Math.floor(i / size)], a = rnd() * 2 * Math.PI, r = Math.sqrt(rnd()) * 220;
    nodes.push({ id: 'n' + i, label: 'Entity number ' + i, x: c[0] + r * Math.cos(a), y: c[1] + r * Math.sin(a), color: colours[i % 8] });
  }
  const edges = [], seen = new Set();
  while (edges.length < m) {
    const a = Math.floor(rnd() * n);
    const b = rnd() < 0.8 ? Math.floor(a / size) * size + Math.floor(rnd() * size) : Math.floor(rnd() * n);
    if (a === b || b >= n || seen.has(a + '-' + b)) continue;
    seen.add(a + '-' + b);
    edges.push({ id: 'e' + edges.length, source: 'n' + a, target: 'n' + b });
  }
  return { nodes, edges };
}
const frames = [];
let recording = false;
function tick(t) { if (recording) frames.push(t); requestAnimationFrame(tick); }
requestAnimationFrame(tick);
window.startFrames = () => { frames.length = 0; recording = true; };
window.stopFrames = () => { recording = false; return frames.slice(); };
const withTimeout = (p) => Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error('no frame drawn in 30 s')), 30000))]);
// A point left of the middle with no node within 15 px.
function spot(taken) {
  for (let y = 400; y < 700; y += 7) for (let x = 300; x < 900; x += 7) if (!taken(x, y)) return [x, y];
  return [300, 400];
}
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

window.drawCytoscape = async (webgl, pageStyle) => {
  const g = randomGraph(${NODES}, ${EDGES});
  const elements = g.nodes.map((n) => ({ group: 'nodes', data: n, position: { x: n.x, y: n.y } }))
    .concat(g.edges.map((e) => ({ group: 'edges', data: e })));
  const t0 = performance.now();
  let rendered = 0;
  const first = new Promise((resolve) => {
    window.cy = cytoscape({
      container: document.getElementById('g'), elements, layout: { name: 'preset' }, webgl,
      style: [
        { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', width: 12, height: 12,
          'font-size': 10, 'min-zoomed-font-size': 8, color: '#1f2937' } },
        { selector: 'edge', style: pageStyle
          // as the explorer draws edges: curved, with arrows
          ? { width: 1.5, 'line-color': '#cbd5e1', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#cbd5e1' }
          : { width: 1, 'line-color': '#cbd5e1', 'curve-style': 'haystack' } },
      ],
    });
    // The WebGL renderer emits no 'render' event: count the renderer's draws.
    const r = cy.renderer(), draw = r.render;
    r.render = function (...args) { const out = draw.apply(this, args); rendered++; if (rendered === 1) resolve(); return out; };
  });
  await withTimeout(first);
  await nextFrame();
  const firstRender = performance.now() - t0;
  window.renders = () => rendered;
  window.viewport = () => JSON.stringify(cy.pan());
  window.emptySpot = () => spot((x, y) => cy.nodes().some((n) => { const p = n.renderedPosition(); return Math.hypot(p.x - x, p.y - y) < 15; }));
  return { firstRender, nodes: cy.nodes().length, edges: cy.edges().length };
};

window.drawSigma = async () => {
  const g = randomGraph(${NODES}, ${EDGES});
  const t0 = performance.now();
  const graph = new graphology.Graph();
  for (const n of g.nodes) graph.addNode(n.id, { label: n.label, x: n.x, y: -n.y, size: 4, color: n.color });
  for (const e of g.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { color: '#cbd5e1', size: 1 });
  let rendered = 0;
  const first = new Promise((resolve) => {
    window.sigma = new Sigma(graph, document.getElementById('g'), { labelRenderedSizeThreshold: 6 });
    sigma.on('afterRender', () => { rendered++; if (rendered === 1) resolve(); });
    sigma.refresh();
  });
  await withTimeout(first);
  await nextFrame();
  const firstRender = performance.now() - t0;
  window.renders = () => rendered;
  window.viewport = () => JSON.stringify(sigma.getCamera().getState());
  window.emptySpot = () => spot((x, y) => graph.someNode((_, a) => { const p = sigma.graphToViewport(a); return Math.hypot(p.x - x, p.y - y) < 15; }));
  return { firstRender, nodes: graph.order, edges: graph.size };
};
</script></body></html>`;

function serve() {
  const server = http.createServer((req, res) => {
    const file = files[req.url];
    if (file) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      fs.createReadStream(file).pipe(res);
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function stats(frames) {
  const d = [];
  for (let i = 1; i < frames.length; i++) d.push(frames[i] - frames[i - 1]);
  d.sort((a, b) => a - b);
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  const p = (q) => d[Math.min(d.length - 1, Math.floor(q * d.length))];
  return { frames: frames.length, meanMs: mean, p50Ms: p(0.5), p95Ms: p(0.95), maxMs: d[d.length - 1] };
}

async function measure(browser, origin, name, scripts, draw) {
  const pg = await browser.context.newPage();
  const messages = recordConsole(pg);
  await pg.goto(origin + '/');
  for (const s of scripts) await pg.addScriptTag({ url: origin + s });
  const drawn = await pg.evaluate(draw);
  // Drag the view: press in the middle, move the mouse 3 px at a time.
  // Start from an empty spot, so that the drag pans rather than moves a node.
  const [x0, y0] = await pg.evaluate(() => window.emptySpot());
  await pg.mouse.move(x0, y0);
  await pg.mouse.down();
  const before = await pg.evaluate(() => window.viewport());
  await pg.evaluate(() => window.startFrames());
  const start = Date.now();
  const rendersBefore = await pg.evaluate(() => window.renders());
  for (let i = 0; i < PAN_MOVES && Date.now() - start < PAN_MS; i++) {
    await pg.mouse.move(x0 + 2 * i, y0 + (i % 2 ? 3 : 0));
  }
  await pg.mouse.up();
  await pg.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const frames = await pg.evaluate(() => window.stopFrames());
  const elapsed = Date.now() - start;
  const renders = (await pg.evaluate(() => window.renders())) - rendersBefore;
  const after = await pg.evaluate(() => window.viewport());
  drawn.panned = after !== before;
  const out = { name, ...drawn, pan: { ...stats(frames), renders, elapsedMs: elapsed, fps: (frames.length / elapsed) * 1000 } };
  fs.mkdirSync(path.join(here, 'screenshots'), { recursive: true });
  await pg.screenshot({ path: path.join(here, 'screenshots', `perf-${name.replace(/[^a-z0-9]+/gi, '-')}.png`) });
  await pg.close();
  return { out, errors: messages.filter((m) => m.type === 'error' || m.type === 'pageerror') };
}

test('graph libraries: first render and panning 2,000 nodes / 6,000 edges', { timeout: 180_000 }, async (t) => {
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch({ width: 1280, height: 800 });
  const results = [];
  try {
    const runs = [
      ['cytoscape canvas', ['/cytoscape.js'], () => window.drawCytoscape(false, false)],
      ['cytoscape canvas, bezier edges + arrows', ['/cytoscape.js'], () => window.drawCytoscape(false, true)],
      ['cytoscape webgl', ['/cytoscape.js'], () => window.drawCytoscape(true, false)],
      ['sigma+graphology', ['/graphology.js', '/sigma.js'], () => window.drawSigma()],
    ];
    for (const [name, scripts, draw] of runs) {
      const { out, errors } = await measure(browser, origin, name, scripts, draw);
      assert.deepEqual(errors, [], `${name}: console errors`);
      assert.equal(out.nodes, NODES);
      assert.equal(out.edges, EDGES);
      assert.ok(out.pan.renders > 0, `${name}: the view was not redrawn while panning`);
      assert.ok(out.panned, `${name}: the drag did not pan the view`);
      results.push(out);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const lines = results.map((r) =>
    `${r.name.padEnd(38)} first render ${r.firstRender.toFixed(0).padStart(5)} ms | pan: ${r.pan.frames} frames in ${r.pan.elapsedMs} ms ` +
    `(${r.pan.fps.toFixed(1)} fps), frame mean ${r.pan.meanMs.toFixed(1)} ms, p50 ${r.pan.p50Ms.toFixed(1)}, ` +
    `p95 ${r.pan.p95Ms.toFixed(1)}, max ${r.pan.maxMs.toFixed(1)}, ${r.pan.renders} redraws (${(r.pan.elapsedMs / r.pan.renders).toFixed(0)} ms each)`);
  for (const l of lines) t.diagnostic(l);
  fs.writeFileSync(path.join(here, 'screenshots', 'perf.json'), JSON.stringify(results, null, 2));
});
