// A search box with suggestions as you type (an ARIA combobox): debounced
// search(query, first: 8), arrows to move, Enter to choose, Escape to close.
// Suggestions never outlive what they were asked for: every keystroke,
// choice and Escape starts a new generation, and a response of an older
// one is dropped; the list opens only while the input has the focus, and
// closes on a choice and on blur. Namesakes show what tells them apart.
import { search, type EntityRef, type SearchHit } from './api';
import { KINDS, kindIcon } from './kinds';

let boxes = 0;

export class SearchBox {
  readonly input: HTMLInputElement;
  private list: HTMLUListElement;
  private results: SearchHit[] = [];
  private active = -1;
  private timer = 0;
  private controller: AbortController | null = null;
  /** Counts what makes pending suggestions stale (see invalidate). */
  private generation = 0;
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
    // A press in the list (an option, its scroll bar) keeps the focus in
    // the input, so the input's blur means the user went elsewhere.
    this.list.addEventListener('mousedown', (e) => e.preventDefault());
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
    input.addEventListener('blur', () => this.close());
  }

  /** Shows an entity as chosen, without searching. */
  set(e: EntityRef | null) {
    this.invalidate();
    this.chosen = e;
    this.input.value = e ? e.name : '';
    this.results = [];
    this.close();
  }

  /** Drops the pending search, if any, and any response still to come. */
  private invalidate() {
    this.generation++;
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = null;
  }

  private onInput() {
    this.chosen = null;
    this.invalidate();
    const q = this.input.value.trim();
    if (q.length < 2) {
      this.results = [];
      this.close();
      return;
    }
    const generation = this.generation;
    this.timer = window.setTimeout(() => void this.run(q, generation), 160);
  }

  private async run(q: string, generation: number) {
    const controller = new AbortController();
    this.controller = controller;
    const stale = () => generation !== this.generation || controller.signal.aborted || this.input.value.trim() !== q;
    try {
      const hits = await search(q, controller.signal);
      if (stale()) return;
      this.lastQuery = q;
      this.results = hits;
      this.render(q);
    } catch (e) {
      if (stale()) return;
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
    const key = (name: string) => name.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
    const names = new Map<string, number>();
    for (const h of this.results) names.set(key(h.entity.name), (names.get(key(h.entity.name)) ?? 0) + 1);
    this.results.forEach((h, i) => {
      const r = h.entity;
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
      if ((names.get(key(r.name)) ?? 0) > 1) li.append(namesakeDetail(h));
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
    // A response that comes after the user left the box waits for the
    // focus to come back (see the focus listener).
    if (document.activeElement !== this.input) return;
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
        this.invalidate();
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
    const r = this.results[i]?.entity;
    if (!r) return;
    this.set({ id: r.id, name: r.name, kind: r.kind });
    this.onChoose({ id: r.id, name: r.name, kind: r.kind });
  }
}

/**
 * What tells a suggestion from another of the same name: its id, how much
 * the reports say of it, and the start of its description.
 */
function namesakeDetail(h: SearchHit): HTMLElement {
  const d = document.createElement('span');
  d.className = 'suggestion-detail';
  d.dataset.testid = 'search-result-detail';
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const parts = [h.entity.id, `${plural(h.relationCount, 'relation')}, ${plural(h.evidenceCount, 'piece')} of evidence`];
  const desc = (h.entity.description ?? '').trim();
  if (desc) parts.push(desc.length > 80 ? `${desc.slice(0, 79).trimEnd()}…` : desc);
  else parts.push('no description');
  d.textContent = parts.join(' · ');
  return d;
}

/** The alias that matched, when the name itself does not contain the query. */
function matchedAlias(r: { name: string; aliases: string[] }, q: string): string | null {
  const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const nq = norm(q);
  if (norm(r.name).includes(nq)) return null;
  return r.aliases.find((a) => norm(a).includes(nq)) ?? null;
}
