// The model of a draft under review: the drafter's proposals, what the
// reviewer made of each, the checks publishing needs, and the annotation
// addReport takes. No DOM here.
//
// Offsets count Unicode code points, as the server's do; JS strings count
// UTF-16 code units, so CodePoints converts between the two.
import type { EntityRef, Kind, Problem } from './api';

export interface Span {
  start: number;
  end: number;
}

/** Draft is what draftReport answers. */
export interface Draft {
  text: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  author: string | null;
  reportId: string;
  words: number;
  entities: {
    id: string;
    kind: Kind;
    name: string;
    aliases: string[];
    description: string | null;
    startDate: string | null;
    endDate: string | null;
    confidence: number;
    rule: string;
    existing: EntityRef | null;
    mentions: Span[];
  }[];
  relations: {
    type: string;
    from: string;
    to: string;
    role: string | null;
    at: string | null;
    confidence: number;
    rule: string;
    evidence: { quote: string; start: number; end: number; occurrence: number | null };
  }[];
}

export type Status = 'pending' | 'accepted' | 'rejected';

interface Common {
  /** Stable within the review; relations name entities by it. */
  key: string;
  status: Status;
  confidence: number;
  rule: string;
  /** What the server said of it on the last publish. */
  problems: Problem[];
  /** Something the reviewer should know (e.g. rejected with its entity). */
  note: string;
}

export interface EntityProposal extends Common {
  what: 'entity';
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The graph's entity it stands for; null for a new one. */
  existing: EntityRef | null;
  mentions: Span[];
  /** Only cleared tokens and admins may see it (visibility: restricted). */
  restricted?: boolean;
}

export interface RelationProposal extends Common {
  what: 'relation';
  type: string;
  /** Entity keys, or REPORT for the report itself. */
  from: string;
  to: string;
  role: string;
  at: string | null;
  quote: string;
  start: number;
  end: number;
  occurrence: number | null;
}

export type Proposal = EntityProposal | RelationProposal;

/** REPORT is the key of the report itself as a relation's end. */
export const REPORT = '@report';

/** The relationship types an editor may state (ALLIED_WITH is derived, never stated). */
export const REL_TYPES = [
  'LEADS', 'MEMBER_OF', 'PART_OF', 'RAISED', 'PASSED', 'ADDRESSES', 'ORGANISED', 'CHAIRED', 'SPOKE_AT',
  'ATTENDED', 'HELD_IN', 'PRECEDED', 'DISCUSSED', 'CONCERNS', 'INVESTIGATED', 'DRAFTED', 'BASED_IN',
  'LOCATED_IN', 'PUBLISHED', 'TRANSLATED', 'MENTIONS',
];

/** The kinds a proposed entity may have (the report is declared apart). */
export const ENTITY_KINDS: Kind[] = ['PERSON', 'ORGANISATION', 'ISSUE', 'CONGRESS', 'RESOLUTION', 'PLACE', 'LAW'];

/** CodePoints converts offsets of one text between code points and UTF-16 units. */
export class CodePoints {
  /** u16[cp] is the UTF-16 offset of code point cp; null when they are equal (no astral characters). */
  private readonly u16: Int32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        astral = true;
        break;
      }
    }
    if (!astral) {
      this.u16 = null;
      this.length = text.length;
      return;
    }
    const map = new Int32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      map[cp++] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    map[cp] = text.length;
    this.u16 = map.subarray(0, cp + 1);
    this.length = cp;
  }

  /** toU16 returns the UTF-16 offset of code point offset cp (clamped to the text). */
  toU16(cp: number): number {
    const c = Math.max(0, Math.min(cp, this.length));
    return this.u16 ? this.u16[c] : c;
  }

  /** fromU16 returns the code point offset of UTF-16 offset u (inside a pair: the pair's start). */
  fromU16(u: number): number {
    if (!this.u16) return Math.max(0, Math.min(u, this.length));
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.u16[mid] <= u) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** slice returns the text of code points [start, end). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toU16(start), this.toU16(end));
  }
}

/**
 * occurrence returns which occurrence of quote starts at UTF-16 offset at
 * (1 for the first), and how many there are, overlapping ones included, as
 * the server's Locate counts them.
 */
export function occurrenceOf(text: string, quote: string, at: number): { n: number; count: number } {
  let n = 0;
  let count = 0;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    count++;
    if (i <= at) n = count;
  }
  return { n, count };
}

/** normalize folds a name for comparison: case, accents, punctuation and spaces. */
export function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Cyrillic letters in ids, spelt as the drafter spells them (extract.Slug).
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
};

/** slug makes the part of an id after "<kind>/": lower-case ASCII letters and digits joined by hyphens. */
export function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[а-яёіїєґў]/g, (c) => CYRILLIC[c] ?? c)
    .replace(/['’‘]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s || 'unnamed';
}

/** newId is the id a new entity of this kind and name gets. */
export function newId(kind: Kind, name: string): string {
  return `${kind.toLowerCase()}/${slug(name)}`;
}

/** fromDraft turns a draft into proposals, lowest confidence first in each list. */
export function fromDraft(d: Draft): { entities: EntityProposal[]; relations: RelationProposal[] } {
  const keyOf = new Map<string, string>();
  const entities: EntityProposal[] = d.entities.map((e, i) => {
    const key = `e${i}`;
    keyOf.set(e.id, key);
    return {
      what: 'entity',
      key,
      status: 'pending',
      confidence: e.confidence,
      rule: e.rule,
      problems: [],
      note: '',
      id: e.existing?.id ?? e.id,
      kind: e.existing?.kind ?? e.kind,
      name: e.name,
      aliases: [...e.aliases],
      description: e.description,
      startDate: e.startDate,
      endDate: e.endDate,
      existing: e.existing ? { id: e.existing.id, name: e.existing.name, kind: e.existing.kind ?? e.kind } : null,
      mentions: e.mentions,
    };
  });
  const end = (id: string) => (id === d.reportId ? REPORT : (keyOf.get(id) ?? `?${id}`));
  const relations: RelationProposal[] = d.relations.map((r, i) => ({
    what: 'relation',
    key: `r${i}`,
    status: 'pending',
    confidence: r.confidence,
    rule: r.rule,
    problems: [],
    note: '',
    type: r.type,
    from: end(r.from),
    to: end(r.to),
    role: r.role ?? '',
    at: r.at ? end(r.at) : null,
    quote: r.evidence.quote,
    start: r.evidence.start,
    end: r.evidence.end,
    occurrence: r.evidence.occurrence ?? null,
  }));
  const byConfidence = (a: Common, b: Common) => a.confidence - b.confidence;
  // Array.prototype.sort is stable: equal confidences keep the text's order.
  return { entities: entities.sort(byConfidence), relations: relations.sort(byConfidence) };
}

/** A reason the draft cannot be published yet; key names the proposal, if one. */
export interface Invalid {
  key: string | null;
  message: string;
}

/**
 * check finds what keeps the accepted proposals from making a valid
 * report, the way the server would refuse them, before a round trip.
 */
export function check(entities: EntityProposal[], relations: RelationProposal[]): Invalid[] {
  const out: Invalid[] = [];
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const accepted = entities.filter((e) => e.status === 'accepted');
  const names = new Map<string, { id: string; name: string }>();
  for (const e of accepted) {
    if (!normalize(e.name)) {
      out.push({ key: e.key, message: 'The name is empty: give it a name with a letter or digit.' });
      continue;
    }
    const own = new Set<string>();
    for (const n of [e.name, ...e.aliases]) {
      const k = normalize(n);
      if (!k) {
        out.push({ key: e.key, message: 'An alias is empty: remove it.' });
        continue;
      }
      if (own.has(k)) {
        out.push({ key: e.key, message: `“${n}” repeats its name or another alias.` });
        continue;
      }
      own.add(k);
      const other = names.get(k);
      if (other && other.id !== e.id) out.push({ key: e.key, message: `“${n}” is also a name of ${other.name}: one name, one entity.` });
      else names.set(k, { id: e.id, name: e.name });
    }
  }
  const ends = (key: string, field: string, r: RelationProposal) => {
    if (key === REPORT) return;
    const e = byKey.get(key);
    if (!e) out.push({ key: r.key, message: `Its ${field} is not among the proposals.` });
    else if (e.status === 'rejected') out.push({ key: r.key, message: `Its ${field}, ${e.name}, was rejected: reject this relation or accept ${e.name}.` });
    else if (e.status !== 'accepted') out.push({ key: r.key, message: `Its ${field}, ${e.name}, is not accepted yet.` });
  };
  const seen = new Map<string, RelationProposal>();
  for (const r of relations) {
    if (r.status !== 'accepted') continue;
    ends(r.from, 'from', r);
    ends(r.to, 'to', r);
    if (r.at) ends(r.at, 'at', r);
    if (r.from === r.to) out.push({ key: r.key, message: 'Both ends are the same entity.' });
    const id = `${idOf(byKey, r.from)}|${r.type}|${idOf(byKey, r.to)}@${r.start}`;
    const first = seen.get(id);
    if (first) out.push({ key: r.key, message: 'The same relation with the same quote is already accepted: reject one.' });
    else seen.set(id, r);
  }
  if (!accepted.length && !relations.some((r) => r.status === 'accepted')) {
    out.push({ key: null, message: 'Nothing is accepted yet.' });
  }
  return out;
}

function idOf(byKey: Map<string, EntityProposal>, key: string) {
  return key === REPORT ? REPORT : (byKey.get(key)?.id ?? key);
}

/** Annotation is the reviewed draft as the loader reads it, with where each proposal is. */
export interface Annotation {
  text: string;
  /** The lines (1-based, inclusive) each proposal's block takes; merged entities share one. */
  blocks: { keys: string[]; first: number; last: number }[];
}

/**
 * annotation writes the accepted proposals as the loader's annotation: as
 * JSON, which YAML reads, one key per line, so that a problem's line
 * points at one proposal and one field. Entities linked to the same graph
 * entity are declared once, their names joined, and restricted when any
 * of them is (restricting too much leaks nothing). A restricted report
 * says so in its block.
 */
export function annotation(
  report: { id: string; title: string; source?: string | null; restricted?: boolean },
  entities: EntityProposal[],
  relations: RelationProposal[],
): Annotation {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const groups = new Map<string, EntityProposal[]>();
  for (const e of entities) {
    if (e.status !== 'accepted') continue;
    groups.set(e.id, [...(groups.get(e.id) ?? []), e]);
  }
  const entityDocs: { keys: string[]; doc: Record<string, unknown> }[] = [];
  for (const [id, group] of groups) {
    const first = group[0];
    const name = first.existing ? first.existing.name : first.name;
    const seen = new Set([normalize(name)]);
    const aliases: string[] = [];
    for (const e of group) {
      for (const n of [e.name, ...e.aliases]) {
        const k = normalize(n);
        if (k && !seen.has(k)) {
          seen.add(k);
          aliases.push(n);
        }
      }
    }
    const doc: Record<string, unknown> = { id, kind: first.kind, name };
    if (aliases.length) doc.aliases = aliases;
    const description = group.find((e) => e.description)?.description;
    if (description) doc.description = description;
    if (first.kind === 'CONGRESS') {
      if (first.startDate) doc.startDate = first.startDate;
      if (first.endDate) doc.endDate = first.endDate;
    }
    if (group.some((e) => e.restricted)) doc.visibility = 'restricted';
    entityDocs.push({ keys: group.map((e) => e.key), doc });
  }
  const end = (key: string) => (key === REPORT ? report.id : (byKey.get(key)?.id ?? key));
  const relationDocs = relations
    .filter((r) => r.status === 'accepted')
    .map((r) => {
      const doc: Record<string, unknown> = { type: r.type, from: end(r.from), to: end(r.to) };
      if (r.role.trim()) doc.role = r.role.trim();
      if (r.at) doc.at = end(r.at);
      doc.quote = r.quote;
      if (r.occurrence && r.occurrence > 1) doc.occurrence = r.occurrence;
      return { keys: [r.key], doc };
    });

  // The same text as JSON.stringify(whole, null, 2), written piece by piece
  // to know each block's lines.
  const lines: string[] = ['{'];
  const blocks: Annotation['blocks'] = [];
  const push = (json: string, indent: string) => {
    const first = lines.length + 1;
    for (const l of json.split('\n')) lines.push(indent + l);
    return { first, last: lines.length };
  };
  const block: Record<string, string> = { id: report.id, title: report.title };
  if (report.source) block.source = report.source;
  if (report.restricted) block.visibility = 'restricted';
  push(`"report": ${JSON.stringify(block, null, 2)},`, '  ');
  const list = (name: string, items: { keys: string[]; doc: Record<string, unknown> }[], last: boolean) => {
    if (!items.length) {
      lines.push(`  "${name}": []${last ? '' : ','}`);
      return;
    }
    lines.push(`  "${name}": [`);
    items.forEach((it, i) => {
      const where = push(JSON.stringify(it.doc, null, 2) + (i < items.length - 1 ? ',' : ''), '    ');
      blocks.push({ keys: it.keys, ...where });
    });
    lines.push(`  ]${last ? '' : ','}`);
  };
  list('entities', entityDocs, false);
  list('relations', relationDocs, true);
  lines.push('}');
  return { text: lines.join('\n') + '\n', blocks };
}

/** keysAt returns the proposals whose block holds line, or [] for the report block and anything else. */
export function keysAt(a: Annotation, line: number): string[] {
  return a.blocks.find((b) => line >= b.first && line <= b.last)?.keys ?? [];
}
