// A search box with suggestions as you type (an ARIA combobox): debounced
// search(query, first: 8), arrows to move, Enter to choose, Escape to close.
import { search, type EntityRef } from './api';
import { KINDS, kindIcon } from './kinds';

let boxes = 0;

export class SearchBox {
  readonly input: HTMLInputElement;
  private list: HTMLUListElement;
  private results: (EntityRef & { aliases: string[] })[] = [];
  private active = -1;
  private timer = 0;
  private controller: AbortController | null = null;
  private lastQuery = '';
  /** The entity chosen last, while the input still shows its name. */
  chosen: EntityRef | null = null;

  constructor(
    input: HTMLInputElement,
    private onChoose: (e: EntityRef) => void,
    private onError: (e: unknown) => void,
  ) {
    this.input = input;
    const id = `search-list-${++boxes}`;
    this.list = document.createElement('ul');
    this.list.id = id;
    this.list.className = 'suggestions';
    this.list.setAttribute('role', 'listbox');
    this.list.hidden = true;
    input.after(this.list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.addEventListener('input', () => this.onInput());
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('focus', () => {
      if (this.results.length && input.value.trim() === this.lastQuery && !this.chosen) this.open();
    });
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** Shows an entity as chosen, without searching. */
  set(e: EntityRef | null) {
    this.chosen = e;
    this.input.value = e ? e.name : '';
    this.close();
  }

  private onInput() {
    this.chosen = null;
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (q.length < 2) {
      this.controller?.abort();
      this.results = [];
      this.close();
      return;
    }
    this.timer = window.setTimeout(() => void this.run(q), 160);
  }

  private async run(q: string) {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const hits = await search(q, controller.signal);
      if (controller.signal.aborted || this.input.value.trim() !== q) return;
      this.lastQuery = q;
      this.results = hits.map((h) => h.entity);
      this.render(q);
    } catch (e) {
      if (controller.signal.aborted) return;
      this.onError(e);
    }
  }

  private render(q: string) {
    this.list.replaceChildren();
    this.active = -1;
    if (!this.results.length) {
      const li = document.createElement('li');
      li.className = 'suggestion empty';
      li.textContent = `Nothing found for “${q}”`;
      this.list.append(li);
    }
    this.results.forEach((r, i) => {
      const li = document.createElement('li');
      li.id = `${this.list.id}-${i}`;
      li.className = 'suggestion';
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.testid = 'search-result';
      li.dataset.id = r.id;
      const name = document.createElement('span');
      name.className = 'suggestion-name';
      name.textContent = r.name;
      const kind = document.createElement('span');
      kind.className = 'kind-badge';
      kind.append(kindIcon(r.kind, 12), KINDS[r.kind]?.label ?? r.kind);
      li.append(name, kind);
      const alias = matchedAlias(r, q);
      if (alias) {
        const a = document.createElement('span');
        a.className = 'suggestion-alias';
        a.textContent = `also “${alias}”`;
        li.append(a);
      }
      // mousedown, not click: the input's blur must not close the list first.
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.choose(i);
      });
      this.list.append(li);
    });
    this.open();
  }

  private open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private move(to: number) {
    const items = this.list.querySelectorAll<HTMLLIElement>('[role=option]');
    if (!items.length) return;
    this.active = (to + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    const li = items[this.active];
    this.input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
  }

  private onKey(e: KeyboardEvent) {
    const isOpen = !this.list.hidden;
    switch (e.key) {
      case 'ArrowDown':
        if (!isOpen && this.results.length) this.open();
        this.move(this.active + 1);
        break;
      case 'ArrowUp':
        if (!isOpen && this.results.length) this.open();
        this.move(this.active < 0 ? -1 : this.active - 1);
        break;
      case 'Enter':
        if (!isOpen || !this.results.length) return;
        this.choose(this.active < 0 ? 0 : this.active);
        break;
      case 'Escape':
        if (!isOpen) {
          if (!this.input.value) return;
          this.input.value = '';
          this.chosen = null;
        }
        this.close();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  private choose(i: number) {
    const r = this.results[i];
    if (!r) return;
    this.set({ id: r.id, name: r.name, kind: r.kind });
    this.onChoose({ id: r.id, name: r.name, kind: r.kind });
  }
}

/** The alias that matched, when the name itself does not contain the query. */
function matchedAlias(r: { name: string; aliases: string[] }, q: string): string | null {
  const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const nq = norm(q);
  if (norm(r.name).includes(nq)) return null;
  return r.aliases.find((a) => norm(a).includes(nq)) ?? null;
}
