// The GraphQL API of rightsgraph, as the explorer uses it: POST /graphql on
// the same origin, with the editor's token (auth.ts) once one is given.
import { currentToken } from './auth';

export type Kind = 'PERSON' | 'ORGANISATION' | 'ISSUE' | 'CONGRESS' | 'RESOLUTION' | 'REPORT' | 'PLACE' | 'LAW';
export type Direction = 'OUT' | 'IN' | 'BOTH';
/** Who may see an entity or a relation: everyone, or only cleared tokens and admins. */
export type Visibility = 'PUBLIC' | 'RESTRICTED';

export interface EntityRef {
  id: string;
  name: string;
  kind: Kind;
}

export interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  role?: string | null;
  weight?: number | null;
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
  report: { id: string; title: string };
}

export interface Relation {
  id: string;
  type: string;
  direction: Direction;
  role: string | null;
  other: EntityRef;
  at: { id: string; name: string } | null;
  evidence: Evidence[];
  visibility: Visibility;
}

export interface EntityDetails extends EntityRef {
  aliases: string[];
  description: string | null;
  relations: Relation[];
  visibility: Visibility;
}

export interface Report {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
  attribution: string | null;
  text: string;
}

export interface Subgraph {
  nodes: EntityRef[];
  edges: Edge[];
  truncated: boolean;
}

export interface Path {
  length: number;
  nodes: EntityRef[];
  edges: Edge[];
}

export interface Alliance {
  organisation: EntityRef;
  weight: number;
  reasons: { via: EntityRef; how: string; evidence: { quote: string; start: number; end: number; report: { id: string; title: string } }[] }[];
}

/** A problem of an annotation that addReport refused, on its line. */
export interface Problem {
  line: number;
  message: string;
}

export class GraphQLError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    /** The annotation's problems, when addReport refused it. */
    readonly problems: Problem[] = [],
    /** The HTTP status of the answer. */
    readonly status = 200,
  ) {
    super(message);
    this.name = 'GraphQLError';
  }
}

/** Sends one GraphQL request (JSON, or a multipart form with files) with the editor's token, if any. */
export async function send<T>(body: BodyInit, json: boolean, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (json) headers['content-type'] = 'application/json';
  const token = currentToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch('/graphql', { method: 'POST', headers, body, signal });
  if (res.status === 413) {
    // The server's body limit: its answer is plain text naming the limit.
    const text = (await res.text().catch(() => '')).trim();
    const limit = Number(/(\d+) bytes/.exec(text)?.[1]);
    const most = limit ? ` it takes at most ${(limit / 1024 / 1024).toFixed(1)} MB a request` : '';
    throw new GraphQLError(
      `Too large for this server:${most} (${text || 'the request body is over its limit'}). Send a shorter text or file, or ask its administrator to raise the limit (RIGHTSGRAPH_MAX_BODY for text, RIGHTSGRAPH_MAX_UPLOAD for files).`,
      'PAYLOAD_TOO_LARGE',
      [],
      413,
    );
  }
  let answer: { data?: T; errors?: { message: string; extensions?: { code?: string; problems?: Problem[] } }[] };
  try {
    answer = await res.json();
  } catch {
    throw new GraphQLError(`the server answered ${res.status} ${res.statusText}`, undefined, [], res.status);
  }
  if (answer.errors?.length) {
    const e = answer.errors[0];
    throw new GraphQLError(e.message, e.extensions?.code, e.extensions?.problems ?? [], res.status);
  }
  if (!res.ok || !answer.data) throw new GraphQLError(`the server answered ${res.status} ${res.statusText}`, undefined, [], res.status);
  return answer.data;
}

/** Runs one GraphQL operation; throws GraphQLError on errors. */
export function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  return send<T>(JSON.stringify({ query, variables }), true, signal);
}

const REF = 'id name kind';
const EDGE = 'id type source target role weight';
const EVIDENCE = 'quote start end report { id title }';

/** A search suggestion: the entity, with what tells it from a namesake. */
export interface SearchHit {
  score: number;
  relationCount: number;
  evidenceCount: number;
  entity: EntityRef & { aliases: string[]; description: string | null };
}

export async function search(query: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const d = await gql<{ search: SearchHit[] }>(
    `query Search($q: String!) { search(query: $q, first: 8) { score relationCount evidenceCount entity { ${REF} aliases description } } }`,
    { q: query },
    signal,
  );
  return d.search;
}

export async function neighbourhood(id: string): Promise<Subgraph> {
  const d = await gql<{ neighbourhood: Subgraph }>(
    `query Neighbourhood($id: ID!) { neighbourhood(id: $id, depth: 1) { truncated nodes { ${REF} } edges { ${EDGE} } } }`,
    { id },
  );
  return d.neighbourhood;
}

export async function entity(id: string): Promise<EntityDetails | null> {
  const d = await gql<{ entity: EntityDetails | null }>(
    `query Entity($id: ID!) { entity(id: $id) { ${REF} aliases description visibility
      relations { id type direction role visibility other { ${REF} } at { id name } evidence { ${EVIDENCE} } } } }`,
    { id },
  );
  return d.entity;
}

/**
 * setVisibility restricts an entity or relation, or makes it public again
 * (editors; only a cleared token may make public). It answers the entity
 * as the token now sees it: null when the token may no longer see it.
 */
export async function setVisibility(id: string, visibility: Visibility): Promise<{ visibility: Visibility; entity: { id: string } | null }> {
  const d = await gql<{ setVisibility: { visibility: Visibility; entity: { id: string } | null } }>(
    `mutation SetVisibility($id: ID!, $v: Visibility!) { setVisibility(id: $id, visibility: $v) { id visibility entity { id } } }`,
    { id, v: visibility },
  );
  return d.setVisibility;
}

/**
 * The entities with these ids (those that exist) and every relation of
 * theirs, as edges; in batches, to stay within the server's complexity limit.
 */
export async function entitiesWithEdges(ids: string[]): Promise<{ nodes: EntityRef[]; edges: Edge[] }> {
  const nodes: EntityRef[] = [];
  const edges: Edge[] = [];
  const batch = 60;
  const requests: Promise<void>[] = [];
  for (let i = 0; i < ids.length; i += batch) {
    const part = ids.slice(i, i + batch);
    const vars: Record<string, string> = {};
    const fields = part.map((id, j) => {
      vars['i' + j] = id;
      return `e${j}: entity(id: $i${j}) { ${REF} relations { id type direction role other { id } } }`;
    });
    const query = `query Entities(${part.map((_, j) => `$i${j}: ID!`).join(', ')}) { ${fields.join(' ')} }`;
    type Row = EntityRef & { relations: { id: string; type: string; direction: Direction; role: string | null; other: { id: string } }[] };
    requests.push(
      gql<Record<string, Row | null>>(query, vars).then((d) => {
        for (const row of Object.values(d)) {
          if (!row) continue;
          nodes.push({ id: row.id, name: row.name, kind: row.kind });
          for (const r of row.relations) {
            const out = r.direction !== 'IN';
            edges.push({
              id: r.id,
              type: r.type,
              source: out ? row.id : r.other.id,
              target: out ? r.other.id : row.id,
              role: r.role,
            });
          }
        }
      }),
    );
  }
  await Promise.all(requests);
  return { nodes, edges };
}

export async function report(id: string): Promise<Report | null> {
  const d = await gql<{ node: Report | null }>(
    `query Report($id: ID!) { node(id: $id) { ... on Report { id title url publishedAt source attribution text } } }`,
    { id },
  );
  return d.node && d.node.text !== undefined ? d.node : null;
}

export async function shortestPath(from: string, to: string): Promise<Path | null> {
  const d = await gql<{ shortestPath: Path | null }>(
    `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { ${REF} } edges { ${EDGE} } } }`,
    { from, to },
  );
  return d.shortestPath;
}

export async function alliances(organisation: string): Promise<Alliance[]> {
  const d = await gql<{ alliances: Alliance[] }>(
    `query Alliances($id: ID!) { alliances(organisation: $id, first: 25) { organisation { ${REF} } weight
      reasons { via { ${REF} } how evidence { ${EVIDENCE} } } } }`,
    { id: organisation },
  );
  return d.alliances;
}

export async function overview(): Promise<{ stats: { nodes: number; relationships: number }; centrality: { entity: EntityRef }[] }> {
  return gql(`query Overview { stats { nodes relationships } centrality(measure: PAGERANK, kinds: [PERSON, ORGANISATION, ISSUE], first: 6) { entity { ${REF} } } }`);
}
