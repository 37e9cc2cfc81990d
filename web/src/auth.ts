// The editor's API token: typed once, kept for this tab's session only
// (sessionStorage, which the browser drops when the tab closes, never
// localStorage), and sent as "Authorization: Bearer" on every request.

const KEY = 'rightsgraph.token';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage refused (a privacy setting): the token lives in memory only
  }
}

let token: string | null = storage()?.getItem(KEY) ?? null;
const listeners = new Set<(token: string | null) => void>();

/** currentToken returns the token of this tab's session, or null. */
export function currentToken(): string | null {
  return token;
}

/** setToken keeps a token for the tab's session, or forgets it (null). */
export function setToken(t: string | null) {
  token = t && t.trim() ? t.trim() : null;
  const s = storage();
  if (token) s?.setItem(KEY, token);
  else s?.removeItem(KEY);
  for (const l of listeners) l(token);
}

/** onTokenChange calls l whenever the token is set or forgotten. */
export function onTokenChange(l: (token: string | null) => void) {
  listeners.add(l);
}
