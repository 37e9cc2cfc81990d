// Unit tests of the review's model (src/draft.ts): offsets in code points,
// occurrences, the checks before publishing, and the annotation with the
// lines of each proposal. The TypeScript is loaded through Vite, as the
// page's build compiles it; no browser needed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

let vite;
let m; // the module under test

before(async () => {
  vite = await createServer({
    configFile: false,
    root: fileURLToPath(new URL('..', import.meta.url)),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  m = await vite.ssrLoadModule('/src/draft.ts');
});

after(() => vite?.close());

test('CodePoints converts offsets around characters outside the BMP', () => {
  const text = 'a🕊b😀c';
  const cps = new m.CodePoints(text);
  assert.equal(cps.length, 5);
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => cps.toU16(i)), [0, 1, 3, 4, 6, 7]);
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((u) => cps.fromU16(u)), [0, 1, 1, 2, 3, 3, 4, 5], 'inside a pair: the pair');
  assert.equal(cps.slice(1, 4), '🕊b😀');
  const plain = new m.CodePoints('plain');
  assert.equal(plain.toU16(3), 3);
  assert.equal(plain.toU16(99), 5, 'clamped');
  assert.equal(plain.fromU16(4), 4);
});

test('occurrenceOf counts overlapping occurrences, as the server does', () => {
  assert.deepEqual(m.occurrenceOf('aaaa', 'aaa', 1), { n: 2, count: 2 });
  assert.deepEqual(m.occurrenceOf('x and x and x', 'x', 6), { n: 2, count: 3 });
  assert.deepEqual(m.occurrenceOf('once only', 'once', 0), { n: 1, count: 1 });
});

test('slug and newId make ids the server takes', () => {
  assert.equal(m.newId('PERSON', 'Maria Volkova'), 'person/maria-volkova');
  assert.equal(m.newId('ORGANISATION', 'Centre ‘E’ — Élan'), 'organisation/centre-e-elan');
  assert.equal(m.newId('PERSON', 'Лев Пономарёв'), 'person/lev-ponomarev');
  assert.equal(m.slug('!!!'), 'unnamed');
});

const draft = {
  text: 'Maria Volkova, director of the Open Courts Foundation, spoke.',
  title: 'T',
  url: null,
  publishedAt: null,
  author: null,
  reportId: 'report/t',
  words: 9,
  entities: [
    { id: 'person/maria-volkova', kind: 'PERSON', name: 'Maria Volkova', aliases: [], description: null, startDate: null, endDate: null, confidence: 0.95, rule: 'given-name', existing: null, mentions: [{ start: 0, end: 13 }] },
    { id: 'organisation/open-courts-foundation', kind: 'ORGANISATION', name: 'Open Courts Foundation', aliases: ['Open Courts'], description: null, startDate: null, endDate: null, confidence: 0.6, rule: 'org-head', existing: null, mentions: [{ start: 31, end: 53 }] },
  ],
  relations: [
    { type: 'LEADS', from: 'person/maria-volkova', to: 'organisation/open-courts-foundation', role: 'director', at: null, confidence: 0.9, rule: 'appos', evidence: { quote: 'Maria Volkova, director of the Open Courts Foundation', start: 0, end: 53, occurrence: null } },
    { type: 'MENTIONS', from: 'report/t', to: 'organisation/open-courts-foundation', role: null, at: null, confidence: 0.2, rule: 'mentioned', evidence: { quote: 'Open Courts Foundation', start: 31, end: 53, occurrence: null } },
  ],
};

test('fromDraft: lowest confidence first; the report is REPORT; ends by key', () => {
  const { entities, relations } = m.fromDraft(draft);
  assert.deepEqual(entities.map((e) => e.name), ['Open Courts Foundation', 'Maria Volkova']);
  assert.deepEqual(relations.map((r) => r.type), ['MENTIONS', 'LEADS']);
  assert.equal(relations[0].from, m.REPORT);
  const maria = entities.find((e) => e.name === 'Maria Volkova');
  assert.equal(relations[1].from, maria.key);
  assert.ok(entities.every((e) => e.status === 'pending'));
});

test('check finds what the server would refuse', () => {
  const fresh = () => m.fromDraft(draft);
  const byName = (es, n) => es.find((e) => e.name === n);
  const messages = (es, rs) => m.check(es, rs).map((i) => i.message);

  let { entities, relations } = fresh();
  assert.deepEqual(messages(entities, relations), ['Nothing is accepted yet.']);

  ({ entities, relations } = fresh());
  for (const p of [...entities, ...relations]) p.status = 'accepted';
  assert.deepEqual(m.check(entities, relations), [], 'all accepted: valid');

  byName(entities, 'Maria Volkova').status = 'rejected';
  assert.match(messages(entities, relations).join('\n'), /Its from, Maria Volkova, was rejected/);

  ({ entities, relations } = fresh());
  for (const p of [...entities, ...relations]) p.status = 'accepted';
  byName(entities, 'Maria Volkova').name = ' ';
  assert.match(messages(entities, relations).join('\n'), /The name is empty/);

  ({ entities, relations } = fresh());
  for (const p of [...entities, ...relations]) p.status = 'accepted';
  byName(entities, 'Maria Volkova').aliases = ['open courts'];
  assert.match(messages(entities, relations).join('\n'), /“open courts” is also a name of Open Courts Foundation/);

  ({ entities, relations } = fresh());
  for (const p of [...entities, ...relations]) p.status = 'accepted';
  relations.push({ ...relations.find((r) => r.type === 'LEADS'), key: 'copy' });
  assert.match(messages(entities, relations).join('\n'), /same relation with the same quote/);
});

test('annotation: JSON one key a line, each proposal on its own lines; linked names joined', () => {
  const { entities, relations } = m.fromDraft({
    ...draft,
    entities: [
      ...draft.entities,
      { id: 'organisation/memorial-centre', kind: 'ORGANISATION', name: 'Memorial Centre', aliases: [], description: null, startDate: null, endDate: null, confidence: 0.8, rule: 'org-head', existing: null, mentions: [] },
    ],
  });
  for (const p of [...entities, ...relations]) p.status = 'accepted';
  relations.find((r) => r.type === 'MENTIONS').status = 'rejected';
  // Two proposals linked to one entity of the graph are declared once.
  for (const e of entities.filter((e) => e.name !== 'Maria Volkova')) {
    e.existing = { id: 'organisation/memorial-human-rights-centre', name: 'Memorial Human Rights Centre', kind: 'ORGANISATION' };
    e.id = e.existing.id;
  }
  const a = m.annotation({ id: 'report/t', title: 'T', source: 'Rights Watchers' }, entities, relations);
  const doc = JSON.parse(a.text);
  assert.equal(a.text, JSON.stringify(doc, null, 2) + '\n', 'exactly JSON.stringify(…, null, 2)');
  assert.deepEqual(doc.report, { id: 'report/t', title: 'T', source: 'Rights Watchers' });
  assert.deepEqual(doc.entities, [
    { id: 'organisation/memorial-human-rights-centre', kind: 'ORGANISATION', name: 'Memorial Human Rights Centre', aliases: ['Open Courts Foundation', 'Open Courts', 'Memorial Centre'] },
    { id: 'person/maria-volkova', kind: 'PERSON', name: 'Maria Volkova' },
  ]);
  assert.deepEqual(doc.relations, [
    { type: 'LEADS', from: 'person/maria-volkova', to: 'organisation/memorial-human-rights-centre', role: 'director', quote: 'Maria Volkova, director of the Open Courts Foundation' },
  ]);
  const lines = a.text.split('\n');
  const lineOf = (needle) => lines.findIndex((l) => l.includes(needle)) + 1;
  const leads = relations.find((r) => r.type === 'LEADS');
  assert.deepEqual(m.keysAt(a, lineOf('"quote"')), [leads.key], 'a relation’s quote line is that relation’s');
  assert.deepEqual(m.keysAt(a, lineOf('"Memorial Centre"')).length, 2, 'a merged block names both proposals');
  assert.deepEqual(m.keysAt(a, lineOf('"source"')), [], 'the report block is no proposal’s');
});

test('annotation: restricted entities and a restricted report say visibility: restricted, on their own lines', () => {
  const { entities, relations } = m.fromDraft({
    ...draft,
    entities: [
      ...draft.entities,
      { id: 'organisation/memorial-centre', kind: 'ORGANISATION', name: 'Memorial Centre', aliases: [], description: null, startDate: null, endDate: null, confidence: 0.8, rule: 'org-head', existing: null, mentions: [] },
    ],
  });
  for (const p of [...entities, ...relations]) p.status = 'accepted';
  const maria = entities.find((e) => e.name === 'Maria Volkova');
  maria.restricted = true;
  // Two proposals linked to one entity: one restricted restricts the declaration.
  const linked = entities.filter((e) => e.name !== 'Maria Volkova');
  for (const e of linked) {
    e.existing = { id: 'organisation/memorial-human-rights-centre', name: 'Memorial Human Rights Centre', kind: 'ORGANISATION' };
    e.id = e.existing.id;
  }
  linked[linked.length - 1].restricted = true;

  const a = m.annotation({ id: 'report/t', title: 'T', source: 'Rights Watchers', restricted: true }, entities, relations);
  const doc = JSON.parse(a.text);
  assert.equal(a.text, JSON.stringify(doc, null, 2) + '\n', 'exactly JSON.stringify(…, null, 2)');
  assert.deepEqual(doc.report, { id: 'report/t', title: 'T', source: 'Rights Watchers', visibility: 'restricted' });
  assert.deepEqual(
    doc.entities.map((e) => [e.id, e.visibility]),
    [
      ['organisation/memorial-human-rights-centre', 'restricted'],
      ['person/maria-volkova', 'restricted'],
    ],
  );
  assert.ok(doc.relations.every((r) => !('visibility' in r)), 'relations say nothing of visibility');

  // Every line still points at its proposal: the visibility lines, and the relations after them.
  const lines = a.text.split('\n');
  const all = (needle) => lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  const [reportLine, orgLine, mariaLine] = all('"visibility": "restricted"');
  assert.deepEqual(m.keysAt(a, reportLine), [], 'the report block is no proposal’s');
  assert.deepEqual(m.keysAt(a, orgLine).sort(), linked.map((e) => e.key).sort());
  assert.deepEqual(m.keysAt(a, mariaLine), [maria.key]);
  const leads = relations.find((r) => r.type === 'LEADS');
  assert.deepEqual(m.keysAt(a, all('"quote": "Maria Volkova, director')[0]), [leads.key]);
  for (const b of a.blocks) {
    assert.equal(lines[b.first - 1].trim(), '{', `block ${b.keys} starts on its brace`);
    assert.match(lines[b.last - 1].trim(), /^\},?$/, `block ${b.keys} ends on its brace`);
  }

  // Unchecked, nothing is said: the default is public.
  maria.restricted = false;
  for (const e of linked) e.restricted = false;
  const plain = m.annotation({ id: 'report/t', title: 'T' }, entities, relations);
  assert.ok(!plain.text.includes('visibility'));
});
