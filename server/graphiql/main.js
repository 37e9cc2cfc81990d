// GraphiQL over this server's /graphql, with nothing loaded from elsewhere.
//
// A token pasted into the headers editor stays in memory only
// (shouldPersistHeaders: false), and what GraphiQL remembers (queries, tabs)
// goes to sessionStorage, which the browser drops with the tab: nothing of
// a session is left in localStorage for the next user of the machine.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import './style.css';

// GraphiQL's history keeps each query's headers, a token with them, even
// with shouldPersistHeaders off: every value is stripped of its headers
// before it is stored.
function withoutHeaders(value) {
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  const strip = (v) => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'headers').map(([k, x]) => [k, strip(x)]));
    }
    return v;
  };
  return JSON.stringify(strip(parsed));
}

const storage = {
  getItem: (key) => window.sessionStorage.getItem(key),
  setItem: (key, value) => window.sessionStorage.setItem(key, withoutHeaders(value)),
  removeItem: (key) => window.sessionStorage.removeItem(key),
  clear: () => window.sessionStorage.clear(),
  get length() {
    return window.sessionStorage.length;
  },
};

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, {
    fetcher,
    storage,
    shouldPersistHeaders: false,
    isHeadersEditorEnabled: true,
    inputValueDeprecation: true,
    defaultQuery: '# Ask the graph, e.g.\n{ search(query: "Lyudmila Alexeyeva") { score entity { id name } } }\n',
  }),
);
