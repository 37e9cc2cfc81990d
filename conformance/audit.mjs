// Runs the graphql-http server audit of the GraphQL-over-HTTP spec against a
// live GraphQL endpoint, and prints a JSON summary on stdout:
//
//   {"pass": n, "mustFail": n, "shouldFail": n, "mayFail": n, "total": n,
//    "failures": [{"id", "name", "reason", "status", "response"}]}
//
// failures lists every audit that did not pass, MUST, SHOULD and MAY alike
// (the name starts with its level). The exit code is 1 when a MUST audit
// fails, 2 on a usage error, 0 otherwise: SHOULD and MAY failures are
// reported, not fatal.
//
//   node conformance/audit.mjs http://127.0.0.1:8080/graphql
//
// Run by cmd/rightsgraph/conformance_test.go; install with
// `cd conformance && npm ci`.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url || !/^https?:\/\//.test(url)) {
  console.error('usage: node audit.mjs http://HOST:PORT/graphql');
  process.exit(2);
}

// level returns MUST, SHOULD or MAY from an audit's name.
function level(name) {
  for (const l of ['MUST', 'SHOULD']) {
    if (name.startsWith(l + ' ')) return l;
  }
  return 'MAY';
}

// describe returns what the server answered, for the failure report: the
// body is read when the audit has not consumed it already.
async function describe(res) {
  if (!res || typeof res.status !== 'number') return undefined;
  const out = { status: res.status, contentType: res.headers.get('content-type') };
  if (!res.bodyUsed) {
    try {
      const body = await res.text();
      out.body = body.length > 500 ? body.slice(0, 500) + '…' : body;
    } catch {
      // the body is gone: status and content type will do
    }
  }
  return out;
}

const summary = { pass: 0, mustFail: 0, shouldFail: 0, mayFail: 0, total: 0, failures: [] };

// One audit at a time, so that a fatal error (one the audit throws instead
// of returning, such as a refused connection) fails that audit alone.
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  summary.total++;
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    result = { id: audit.id, name: audit.name, status: 'fatal', reason: String(err?.stack ?? err) };
  }
  if (result.status === 'ok') {
    summary.pass++;
    continue;
  }
  const l = level(audit.name);
  if (l === 'MUST') summary.mustFail++;
  else if (l === 'SHOULD') summary.shouldFail++;
  else summary.mayFail++;
  summary.failures.push({
    id: audit.id,
    name: audit.name,
    reason: String(result.reason),
    status: result.status,
    response: await describe(result.response),
  });
}

process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
process.exitCode = summary.mustFail > 0 ? 1 : 0;
