// draftReport and addReport: a report's text as JSON, or its file with the
// GraphQL multipart request (operations, map, then the file part).
import { GraphQLError, gql, send } from './api';
import type { Draft } from './draft';

/** The file types the server reads, for the file input's accept. */
export const ACCEPT = '.txt,.md,.html,.htm,.pdf';

const DRAFT = `mutation Draft($input: DraftReportInput!) {
  draftReport(input: $input) {
    text title url publishedAt author reportId words
    entities { id kind name aliases description startDate endDate confidence rule existing { id name kind } mentions { start end } }
    relations { type from to role at confidence rule evidence { quote start end occurrence } }
  }
}`;

export interface DraftInput {
  title?: string;
  url?: string;
  publishedAt?: string;
  text?: string;
  file?: File;
}

/** draftReport asks the server for a draft of a report; it writes nothing. */
export async function draftReport(input: DraftInput, signal?: AbortSignal): Promise<Draft> {
  const { file, ...rest } = input;
  const vars: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) if (v) vars[k] = v;
  if (!file) return (await gql<{ draftReport: Draft }>(DRAFT, { input: vars }, signal)).draftReport;
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: DRAFT, variables: { input: { ...vars, file: null } } }));
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', file, file.name);
  try {
    return (await send<{ draftReport: Draft }>(form, false, signal)).draftReport;
  } catch (e) {
    if (e instanceof TypeError) {
      // The connection closed before an answer: a server that refuses a
      // body that large may close it while the file is still going out.
      throw new GraphQLError(
        `The upload of ${file.name} (${size(file.size)}) failed before the server answered; a file larger than the server accepts is the usual cause.`,
        'NETWORK',
      );
    }
    throw e;
  }
}

export interface Published {
  report: { id: string; title: string };
  entities: number;
  relations: number;
  evidence: number;
}

/** addReport publishes a reviewed report: all of it, or nothing. */
export async function addReport(input: { title: string; url?: string; publishedAt?: string; text: string; annotation: string }): Promise<Published> {
  const vars: Record<string, unknown> = { text: input.text, annotation: input.annotation, title: input.title };
  if (input.url) vars.url = input.url;
  if (input.publishedAt) vars.publishedAt = input.publishedAt;
  const d = await gql<{ addReport: Published }>(
    `mutation Publish($input: AddReportInput!) { addReport(input: $input) { report { id title } entities relations evidence } }`,
    { input: vars },
  );
  return d.addReport;
}

/** checkToken asks the server whether it knows the token; the answer is 401 when it does not. */
export async function checkToken(): Promise<void> {
  await gql<{ stats: { nodes: number } }>('query Token { stats { nodes } }');
}

/** size says a number of bytes for people. */
export function size(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
