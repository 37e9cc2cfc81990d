// The editor's corner of the top bar: the token, typed once (Enter keeps
// it for the tab's session), and "Add a report", which loads the review
// view on first use so that readers never download it.
import { GraphQLError, gql } from './api';
import { currentToken, onTokenChange, setToken } from './auth';
import { button, el } from './dom';
import type { Published } from './upload';

export interface EditingOptions {
  onPublished: (p: Published, entityIds: string[]) => void;
  onError: (message: string) => void;
}

/** initEditing fills container with the token box, or, once a token is set, the editor's buttons. */
export function initEditing(container: HTMLElement, opts: EditingOptions) {
  const input = el('input', {
    type: 'password',
    id: 'token',
    placeholder: 'Editor token',
    autocomplete: 'off',
    spellcheck: false,
    testid: 'token-input',
  });
  const form = el('form', { className: 'token-form' }, el('label', { htmlFor: 'token', className: 'visually-hidden' }, 'Editor token (kept for this tab only)'), input);
  form.title = 'Paste an editor’s token and press Enter. It is kept for this tab only.';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void submit();
  });

  const add = button('Add a report', () => void openReview(), { className: 'primary', testid: 'add-report' });
  const forget = button('Sign out', () => setToken(null), { className: 'link-button', testid: 'token-forget', title: 'Forget the token' });
  const signedIn = el('div', { className: 'editor-actions' }, add, forget);

  async function submit() {
    const t = input.value.trim();
    if (!t) return;
    setToken(t);
    try {
      // Any request tells whether the server knows the token.
      await gql<{ stats: { nodes: number } }>('query Token { stats { nodes } }');
      input.value = '';
    } catch (e) {
      setToken(null);
      opts.onError(e instanceof GraphQLError && e.code === 'UNAUTHENTICATED' ? `The token was refused: ${e.message}.` : `Could not check the token: ${e instanceof Error ? e.message : e}`);
      input.select();
    }
  }

  async function openReview() {
    const review = await import('./review');
    review.openReview({ onPublished: opts.onPublished });
  }

  function show(token: string | null) {
    container.replaceChildren(token ? signedIn : form);
  }
  onTokenChange(show);
  show(currentToken());
}
