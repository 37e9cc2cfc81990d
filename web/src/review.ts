// The review view: an editor adds a report (pasted text or a file), reads
// the drafter's proposals over the report's text, accepts, rejects and
// corrects them, adds their own from a selection, and publishes the
// accepted ones with addReport, all or nothing.
//
// Everything the server sends is inserted as text (textContent, text
// nodes), never as HTML.
import { GraphQLError, entity as fetchEntity, report as fetchReport, type EntityRef, type Kind, type Problem } from './api';
import { button, el } from './dom';
import {
  CodePoints,
  ENTITY_KINDS,
  REL_TYPES,
  REPORT,
  annotation,
  check,
  fromDraft,
  keysAt,
  newId,
  occurrenceOf,
  type Draft,
  type EntityProposal,
  type Invalid,
  type Proposal,
  type RelationProposal,
} from './draft';
import { KINDS, kindIcon, typeLabel } from './kinds';
import { SearchBox } from './search';
import { ACCEPT, addReport, draftReport, size, type Published } from './upload';

export interface ReviewOptions {
  /** Called once a report is published, with the graph ids of its accepted entities. */
  onPublished: (p: Published, entityIds: string[]) => void;
}

const timings: Record<string, number> = {};

/** ReviewView is the page's review view; one per page, built on first use. */
export class ReviewView {
  readonly root: HTMLElement;
  private form: HTMLFormElement;
  private textInput: HTMLTextAreaElement;
  private fileInput: HTMLInputElement;
  private fileChip: HTMLElement;
  private titleInput: HTMLInputElement;
  private urlInput: HTMLInputElement;
  private dateInput: HTMLInputElement;
  private runButton: HTMLButtonElement;
  private message: HTMLElement;
  private draftArea: HTMLElement;
  private textEl: HTMLElement;
  private entityList: HTMLUListElement;
  private relationList: HTMLUListElement;
  private general: HTMLUListElement;
  private statusEl: HTMLElement;
  private headline: HTMLElement;
  private threshold: HTMLInputElement;
  private acceptAll: HTMLButtonElement;
  private publishButton: HTMLButtonElement;
  private publishReason: HTMLElement;
  private reportRestricted: HTMLInputElement;
  private selectionTools: HTMLElement;

  private file: File | null = null;
  private controller: AbortController | null = null;
  private draft: Draft | null = null;
  private cps = new CodePoints('');
  private entities: EntityProposal[] = [];
  private relations: RelationProposal[] = [];
  private byKey = new Map<string, Proposal>();
  private items = new Map<string, HTMLLIElement>();
  private marksOf = new Map<string, HTMLElement[]>();
  private keysOfMark = new WeakMap<Element, string[]>();
  private invalid = new Map<string, string[]>();
  private generalProblems: Problem[] = [];
  private current: string | null = null;
  private editing: string | null = null;
  private added = 0;
  private selection: { start: number; end: number; u16: number } | null = null;
  private publishing = false;
  private listRun = 0;

  constructor(private opts: ReviewOptions) {
    // ---- the report: text or file, and what the file may not say
    this.textInput = el('textarea', { id: 'report-input', rows: 10, placeholder: 'Paste the report’s text here…', testid: 'report-input' });
    this.fileInput = el('input', { type: 'file', id: 'report-file', accept: ACCEPT, testid: 'report-file' });
    this.fileInput.addEventListener('change', () => this.setFile(this.fileInput.files?.[0] ?? null));
    this.fileChip = el('p', { className: 'file-chip', hidden: true, testid: 'report-file-name' });
    const drop = el(
      'div',
      { className: 'drop-zone' },
      el('label', { htmlFor: 'report-file' }, 'Or drop a file here, or choose one: .txt, .md, .html or .pdf'),
      this.fileInput,
      this.fileChip,
    );
    for (const ev of ['dragenter', 'dragover'] as const) {
      drop.addEventListener(ev, (e) => {
        e.preventDefault();
        drop.classList.add('over');
      });
    }
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      const f = e.dataTransfer?.files?.[0];
      if (f) this.setFile(f);
    });
    this.titleInput = el('input', { id: 'report-title', type: 'text', placeholder: 'The file’s own, or the first line', testid: 'report-title' });
    this.urlInput = el('input', { id: 'report-url', type: 'url', placeholder: 'https://…', testid: 'report-url' });
    this.dateInput = el('input', { id: 'report-date', type: 'date', testid: 'report-date' });
    this.runButton = el('button', { type: 'submit', className: 'primary', testid: 'draft-run' }, 'Draft');
    this.message = el('div', { className: 'review-message', testid: 'review-message', hidden: true });
    this.message.setAttribute('role', 'alert');
    this.form = el(
      'form',
      { className: 'review-form' },
      el('div', { className: 'field wide' }, el('label', { htmlFor: 'report-input' }, 'The report’s text'), this.textInput),
      drop,
      el(
        'div',
        { className: 'review-meta' },
        el('div', { className: 'field' }, el('label', { htmlFor: 'report-title' }, 'Title (optional)'), this.titleInput),
        el('div', { className: 'field' }, el('label', { htmlFor: 'report-url' }, 'Where it was published (optional)'), this.urlInput),
        el('div', { className: 'field' }, el('label', { htmlFor: 'report-date' }, 'Date (optional)'), this.dateInput),
      ),
      el('div', { className: 'actions' }, this.runButton, el('span', { className: 'hint' }, 'The draft writes nothing: you review it, then publish.')),
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });

    // ---- the draft: the text with its marks, and the proposals beside it
    this.headline = el('div', { className: 'draft-headline' });
    this.threshold = el('input', { type: 'range', min: '0', max: '1', step: '0.05', value: '0.8', id: 'draft-threshold', testid: 'draft-threshold' });
    this.acceptAll = button('', () => this.acceptAbove(Number(this.threshold.value)), { testid: 'draft-accept-all' });
    this.threshold.addEventListener('input', () => this.updateAcceptAll());
    this.publishButton = button('Publish', () => void this.publish(), { className: 'primary', testid: 'draft-publish' });
    this.publishReason = el('p', { className: 'publish-reason', id: 'draft-publish-reason', testid: 'draft-publish-reason' });
    this.publishButton.setAttribute('aria-describedby', 'draft-publish-reason');
    this.reportRestricted = el('input', { type: 'checkbox', id: 'draft-report-restricted', testid: 'draft-report-restricted' });
    const reportRestricted = el(
      'label',
      {
        className: 'restricted-toggle',
        htmlFor: 'draft-report-restricted',
        title: 'Only tokens with clearance and admins will see the report, its text and the evidence it gives',
      },
      this.reportRestricted,
      ' Restricted report',
    );
    this.statusEl = el('p', { className: 'draft-status', testid: 'draft-status' });
    this.statusEl.setAttribute('aria-live', 'polite');
    this.textEl = el('div', { className: 'draft-text report-text', tabIndex: 0, testid: 'draft-text' });
    this.textEl.setAttribute('aria-label', 'The report’s text, with the proposals marked');
    this.textEl.addEventListener('click', (e) => this.onTextClick(e));
    this.textEl.addEventListener('mouseup', () => this.onSelect());
    this.textEl.addEventListener('keyup', (e) => {
      if (e.shiftKey) this.onSelect();
    });
    this.entityList = el('ul', { className: 'proposals', testid: 'draft-entities' });
    this.relationList = el('ul', { className: 'proposals', testid: 'draft-relations' });
    this.general = el('ul', { className: 'problems general', testid: 'draft-problems' });
    const side = el(
      'div',
      { className: 'draft-side' },
      el('p', { className: 'hint' }, 'Lowest confidence first. Keys: j / k move, a accept, r reject, e edit. Select words in the text to add an entity or a relation.'),
      this.general,
      el('h3', { className: 'section-title' }, 'Entities'),
      this.entityList,
      el('h3', { className: 'section-title' }, 'Relations'),
      this.relationList,
    );
    side.setAttribute('aria-label', 'Proposals');
    this.selectionTools = el(
      'div',
      { className: 'selection-tools', hidden: true, testid: 'selection-tools' },
      button('New entity', () => this.addFromSelection('entity'), { testid: 'selection-entity' }),
      button('New relation', () => this.addFromSelection('relation'), { testid: 'selection-relation' }),
    );
    // mousedown would take the selection away before the click.
    this.selectionTools.addEventListener('mousedown', (e) => e.preventDefault());
    this.draftArea = el(
      'div',
      { className: 'review-draft', hidden: true },
      el(
        'div',
        { className: 'draft-toolbar' },
        this.headline,
        el('label', { className: 'threshold', htmlFor: 'draft-threshold' }, 'Confidence at least ', this.threshold),
        this.acceptAll,
        el('span', { className: 'spacer' }),
        reportRestricted,
        button('Start again', () => this.reset(), { testid: 'draft-reset' }),
        el('div', { className: 'publish' }, this.publishButton, this.publishReason),
      ),
      this.statusEl,
      el('div', { className: 'draft-body' }, this.textEl, side),
    );

    const close = button('Back to the graph', () => this.close(), { testid: 'review-close' });
    this.root = el(
      'section',
      { className: 'review', hidden: true, testid: 'review-view' },
      el('header', { className: 'review-header' }, el('h2', { id: 'review-heading' }, 'Add a report'), close),
      this.message,
      this.form,
      this.draftArea,
      this.selectionTools,
    );
    this.root.setAttribute('aria-labelledby', 'review-heading');
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('selectionchange', () => {
      if (!this.selectionTools.hidden && (document.getSelection()?.isCollapsed ?? true)) this.selectionTools.hidden = true;
    });
    document.body.append(this.root);
  }

  open() {
    this.root.hidden = false;
    document.body.classList.add('reviewing');
    (this.draft ? this.textEl : this.textInput).focus();
  }

  close() {
    this.root.hidden = true;
    this.selectionTools.hidden = true;
    document.body.classList.remove('reviewing');
  }

  // ------------------------------------------------------------ input

  private setFile(f: File | null) {
    this.file = f;
    this.fileChip.replaceChildren();
    this.fileChip.hidden = !f;
    this.textInput.disabled = !!f;
    if (f) {
      this.fileChip.append(`${f.name} · ${size(f.size)} `, button('Remove', () => this.setFile(null), { className: 'link-button' }));
    } else {
      this.fileInput.value = '';
    }
  }

  private say(message: string, kind: 'error' | 'info' = 'error') {
    this.message.textContent = message;
    this.message.className = `review-message ${kind}`;
    this.message.hidden = !message;
  }

  private async run() {
    const text = this.textInput.value;
    if (!this.file && !text.trim()) {
      this.say('Paste the report’s text or choose a file first.');
      return;
    }
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const t0 = performance.now();
    this.runButton.disabled = true;
    this.runButton.textContent = 'Drafting…';
    this.say('');
    try {
      const draft = await draftReport(
        {
          text: this.file ? undefined : text,
          file: this.file ?? undefined,
          title: this.titleInput.value.trim(),
          url: this.urlInput.value.trim(),
          publishedAt: this.dateInput.value,
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      timings.draftRequestMs = performance.now() - t0;
      const r0 = performance.now();
      this.load(draft);
      timings.renderMs = performance.now() - r0;
      requestAnimationFrame(() => {
        timings.draftToScreenMs = performance.now() - t0;
        this.root.dataset.drafted = String(Date.now());
      });
    } catch (e) {
      if (controller.signal.aborted) return;
      this.say(describe(e));
    } finally {
      if (this.controller === controller) {
        this.runButton.disabled = false;
        this.runButton.textContent = 'Draft';
      }
    }
  }

  private reset() {
    this.listRun++;
    this.draft = null;
    this.entities = [];
    this.relations = [];
    this.byKey.clear();
    this.items.clear();
    this.textEl.replaceChildren();
    this.entityList.replaceChildren();
    this.relationList.replaceChildren();
    this.general.replaceChildren();
    this.draftArea.hidden = true;
    this.reportRestricted.checked = false;
    this.form.hidden = false;
    this.say('');
    delete this.root.dataset.drafted;
    this.textInput.focus();
  }

  // ------------------------------------------------------------ the draft

  private load(d: Draft) {
    this.draft = d;
    this.cps = new CodePoints(d.text);
    const { entities, relations } = fromDraft(d);
    this.entities = entities;
    this.relations = relations;
    this.byKey = new Map<string, Proposal>([...entities, ...relations].map((p) => [p.key, p]));
    this.current = null;
    this.editing = null;
    this.generalProblems = [];
    this.form.hidden = true;
    this.draftArea.hidden = false;
    this.headline.replaceChildren(
      el('strong', { className: 'draft-title', testid: 'draft-title' }, d.title),
      el('span', { className: 'hint' }, ` · ${d.words.toLocaleString('en')} words · ${entities.length} entities · ${relations.length} relations proposed`),
    );
    // Publishing replaces a report of the same id: say so before.
    void fetchReport(d.reportId)
      .then((old) => {
        if (old && this.draft === d) {
          this.headline.append(el('p', { className: 'note', testid: 'draft-replaces' }, `The graph has a report with this id (${d.reportId}, “${old.title}”): publishing replaces what it said.`));
        }
      })
      .catch(() => {});
    this.renderText();
    this.invalid = this.checkAll();
    this.renderLists();
    this.renderGeneral();
    this.updatePublish();
    this.updateAcceptAll();
    this.statusEl.textContent = entities.length || relations.length ? '' : 'The drafter found nothing: select words in the text to add entities and relations.';
  }

  /**
   * renderLists writes the proposals: the first ones at once, the rest in
   * slices between frames, so that a long report's draft shows without
   * waiting for thousands of items. Each slice goes before the marker
   * that proposals added meanwhile follow.
   */
  private renderLists() {
    const run = ++this.listRun;
    const lists: [HTMLUListElement, Proposal[]][] = [
      [this.entityList, this.entities.slice()],
      [this.relationList, this.relations.slice()],
    ];
    const markers = lists.map(([ul]) => {
      const m = document.createComment('drafted');
      ul.replaceChildren(m);
      return m;
    });
    let i = 0;
    const slice = (n: number) => {
      if (run !== this.listRun) return;
      lists.forEach(([, ps], j) => {
        const frag = document.createDocumentFragment();
        for (const p of ps.slice(i, i + n)) frag.append(this.renderItem(p));
        markers[j].before(frag);
      });
      i += n;
      if (lists.some(([, ps]) => i < ps.length)) setTimeout(() => slice(400), 0);
    };
    slice(60);
  }

  /**
   * renderText writes the text with every mention and quote marked, in one
   * pass into a DocumentFragment: the text is cut at every span's ends,
   * and each piece that a span covers becomes one mark naming its spans.
   */
  private renderText() {
    const spans: { start: number; end: number; key: string }[] = [];
    for (const e of this.entities) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, key: e.key });
    for (const r of this.relations) spans.push({ start: r.start, end: r.end, key: r.key });
    const n = this.cps.length;
    const cuts = new Set<number>([0, n]);
    for (const s of spans) {
      s.start = Math.max(0, Math.min(s.start, n));
      s.end = Math.max(s.start, Math.min(s.end, n));
      cuts.add(s.start);
      cuts.add(s.end);
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    spans.sort((a, b) => a.start - b.start);
    this.marksOf = new Map();
    this.keysOfMark = new WeakMap();
    const frag = document.createDocumentFragment();
    let active: typeof spans = [];
    let next = 0;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i];
      const b = bounds[i + 1];
      active = active.filter((s) => s.end > a);
      while (next < spans.length && spans[next].start <= a) {
        if (spans[next].end > a) active.push(spans[next]);
        next++;
      }
      const piece = this.cps.slice(a, b);
      if (!active.length) {
        frag.append(piece);
        continue;
      }
      const keys = [...new Set(active.map((s) => s.key))];
      const mark = document.createElement('mark');
      mark.textContent = piece;
      mark.className = this.markClass(keys);
      this.keysOfMark.set(mark, keys);
      for (const k of keys) {
        let list = this.marksOf.get(k);
        if (!list) this.marksOf.set(k, (list = []));
        list.push(mark);
      }
      frag.append(mark);
    }
    this.textEl.replaceChildren(frag);
  }

  /** markClass: coloured by the kind of the entity named, underlined under a quote, faded when rejected. */
  private markClass(keys: string[]): string {
    const live = keys.map((k) => this.byKey.get(k)).filter((p): p is Proposal => !!p && p.status !== 'rejected');
    const cls = ['m'];
    const e = live.find((p): p is EntityProposal => p.what === 'entity');
    if (e) cls.push(`k-${e.kind}`);
    if (live.some((p) => p.what === 'relation')) cls.push('q');
    if (!live.length) cls.push('rejected');
    else if (live.every((p) => p.status === 'accepted')) cls.push('accepted');
    if (this.current && keys.includes(this.current)) cls.push('current');
    return cls.join(' ');
  }

  private updateMarks(keys: Iterable<string>) {
    const done = new Set<Element>();
    for (const k of keys) {
      for (const m of this.marksOf.get(k) ?? []) {
        if (done.has(m)) continue;
        done.add(m);
        m.className = this.markClass(this.keysOfMark.get(m) ?? []);
      }
    }
  }

  private nameOf(key: string | null): string {
    if (!key) return '';
    if (key === REPORT) return 'this report';
    const p = this.byKey.get(key);
    return p && p.what === 'entity' ? p.name : key.replace(/^\?/, '');
  }

  private renderItem(p: Proposal): HTMLLIElement {
    const li = el('li', { className: `proposal ${p.status}${this.editing === p.key ? ' editing' : ''}`, tabIndex: -1, testid: p.what === 'entity' ? 'draft-entity' : 'draft-relation' });
    li.dataset.key = p.key;
    li.dataset.status = p.status;
    if (p.key === this.current) li.setAttribute('aria-current', 'true');
    li.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('button, input, select, textarea, a, label')) return;
      this.setCurrent(p.key, true);
    });
    const meta = el(
      'span',
      { className: 'proposal-meta' },
      el('span', { className: 'confidence', title: 'How sure the drafter is', testid: 'draft-confidence' }, p.confidence.toFixed(2)),
      el('span', { className: 'rule', title: 'The rule that found it', testid: 'draft-rule' }, p.rule),
    );
    if (p.what === 'entity') {
      li.append(
        el(
          'div',
          { className: 'proposal-head' },
          kindIcon(p.kind, 12),
          el('span', { className: 'proposal-name', testid: 'draft-name' }, p.name),
          el('span', { className: 'kind-label', testid: 'draft-kind' }, KINDS[p.kind]?.label ?? p.kind),
          meta,
        ),
      );
      if (p.aliases.length) li.append(el('p', { className: 'aliases-line' }, `also ${p.aliases.map((a) => `“${a}”`).join(', ')}`));
      li.append(
        el(
          'p',
          { className: 'link-line', testid: 'draft-linked' },
          p.existing ? `Linked to ${p.existing.name} (${p.existing.id})` : `New: ${p.id}`,
          p.mentions.length ? ` · ${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}` : '',
        ),
      );
    } else {
      li.append(
        el(
          'div',
          { className: 'proposal-head' },
          el(
            'span',
            { className: 'proposal-name', testid: 'draft-name' },
            el('span', { className: 'end' }, this.nameOf(p.from)),
            el('span', { className: 'type-tag', testid: 'draft-type-label' }, p.type),
            el('span', { className: 'end' }, this.nameOf(p.to)),
          ),
          meta,
        ),
      );
      const extra = [p.role ? `role: ${p.role}` : '', p.at ? `at ${this.nameOf(p.at)}` : ''].filter(Boolean).join(' · ');
      if (extra) li.append(el('p', { className: 'link-line' }, extra));
      li.append(el('blockquote', { className: 'quote', testid: 'draft-quote' }, p.quote));
    }
    if (p.note) li.append(el('p', { className: 'note' }, p.note));
    const accept = button(p.status === 'accepted' ? 'Accepted' : 'Accept', () => this.accept(p.key), { testid: 'draft-accept', title: 'Accept (a)' });
    accept.setAttribute('aria-pressed', String(p.status === 'accepted'));
    const reject = button(p.status === 'rejected' ? 'Rejected' : 'Reject', () => this.reject(p.key), { testid: 'draft-reject', title: 'Reject (r)' });
    reject.setAttribute('aria-pressed', String(p.status === 'rejected'));
    const edit = button(this.editing === p.key ? 'Done' : 'Edit', () => this.toggleEdit(p.key), { testid: 'draft-edit', title: 'Edit (e)' });
    const actions = el('div', { className: 'proposal-actions' }, accept, reject, edit);
    if (p.what === 'entity') {
      const restricted = el('input', { type: 'checkbox', checked: !!p.restricted, id: `restricted-${p.key}`, testid: 'draft-restricted' });
      restricted.addEventListener('change', () => {
        p.restricted = restricted.checked;
        this.changed([p.key]);
      });
      actions.append(
        el(
          'label',
          { className: 'restricted-toggle', htmlFor: restricted.id, title: 'Only tokens with clearance and admins will see it; everyone else, its names masked in every text' },
          restricted,
          ' Restricted',
        ),
      );
      if (p.restricted) li.classList.add('restricted');
    }
    li.append(actions);
    if (this.editing === p.key) li.append(p.what === 'entity' ? this.entityEditor(p) : this.relationEditor(p));
    const problems = el('ul', { className: 'problems' });
    for (const m of this.invalid.get(p.key) ?? []) problems.append(el('li', { className: 'invalid', testid: 'draft-invalid' }, m));
    for (const pr of p.problems) {
      problems.append(el('li', { className: 'problem', testid: 'draft-problem' }, `line ${pr.line}: ${pr.message}`));
    }
    if (problems.childElementCount) li.append(problems);
    this.items.set(p.key, li);
    return li;
  }

  private entityEditor(p: EntityProposal): HTMLElement {
    const name = el('input', { type: 'text', value: p.name, testid: 'draft-name-input', id: `edit-name-${p.key}` });
    name.addEventListener('change', () => {
      p.name = name.value.trim();
      if (!p.existing) p.id = newId(p.kind, p.name);
      this.changed([p.key]);
    });
    const aliases = el('textarea', { rows: 2, value: p.aliases.join('\n'), testid: 'draft-aliases-input', id: `edit-aliases-${p.key}` });
    aliases.addEventListener('change', () => {
      p.aliases = aliases.value.split('\n').map((a) => a.trim()).filter(Boolean);
      this.changed([p.key]);
    });
    const kind = el('select', { testid: 'draft-kind-input', id: `edit-kind-${p.key}`, disabled: !!p.existing });
    for (const k of ENTITY_KINDS) kind.append(el('option', { value: k, selected: k === p.kind }, KINDS[k].label));
    kind.addEventListener('change', () => {
      p.kind = kind.value as Kind;
      if (!p.existing) p.id = newId(p.kind, p.name);
      this.changed([p.key, ...this.relationsOf(p.key)]);
    });
    const link = el('input', { type: 'search', placeholder: 'Search the graph…', testid: 'draft-link', id: `edit-link-${p.key}` });
    const box = el('div', { className: 'link-search' }, link);
    new SearchBox(link, (e) => this.link(p, e), (e) => this.say(describe(e)));
    const actions = el('div', { className: 'actions' });
    if (p.existing) actions.append(button('Make it a new entity', () => void this.makeNew(p), { testid: 'draft-make-new' }));
    return el(
      'div',
      { className: 'proposal-edit' },
      el('div', { className: 'field' }, el('label', { htmlFor: name.id }, 'Name'), name),
      el('div', { className: 'field' }, el('label', { htmlFor: aliases.id }, 'Aliases, one a line'), aliases),
      el('div', { className: 'field' }, el('label', { htmlFor: kind.id }, p.existing ? 'Kind (the linked entity’s)' : 'Kind'), kind),
      el('div', { className: 'field' }, el('label', { htmlFor: link.id }, 'Link to an entity of the graph'), box),
      actions,
    );
  }

  private relationEditor(p: RelationProposal): HTMLElement {
    const type = el('select', { testid: 'draft-type-input', id: `edit-type-${p.key}` });
    for (const t of REL_TYPES) type.append(el('option', { value: t, selected: t === p.type }, `${typeLabel(t)} (${t})`));
    type.addEventListener('change', () => {
      p.type = type.value;
      this.changed([p.key]);
    });
    const role = el('input', { type: 'text', value: p.role, placeholder: 'e.g. director', testid: 'draft-role-input', id: `edit-role-${p.key}` });
    role.addEventListener('change', () => {
      p.role = role.value.trim();
      this.changed([p.key]);
    });
    const ends = (field: 'from' | 'to') => {
      const s = el('select', { testid: `draft-${field}-input`, id: `edit-${field}-${p.key}` });
      s.append(el('option', { value: REPORT, selected: p[field] === REPORT }, 'this report'));
      for (const e of this.entities) {
        if (e.status === 'rejected' && e.key !== p[field]) continue;
        s.append(el('option', { value: e.key, selected: e.key === p[field] }, `${e.name} (${KINDS[e.kind]?.label ?? e.kind})`));
      }
      s.addEventListener('change', () => {
        p[field] = s.value;
        this.changed([p.key]);
      });
      return s;
    };
    const from = ends('from');
    const to = ends('to');
    return el(
      'div',
      { className: 'proposal-edit' },
      el('div', { className: 'field' }, el('label', { htmlFor: type.id }, 'Type'), type),
      el('div', { className: 'field' }, el('label', { htmlFor: role.id }, 'Role'), role),
      el('div', { className: 'field' }, el('label', { htmlFor: from.id }, 'From'), from),
      el('div', { className: 'field' }, el('label', { htmlFor: to.id }, 'To'), to),
    );
  }

  private renderGeneral() {
    this.general.replaceChildren(
      ...this.generalProblems.map((pr) => el('li', { className: 'problem', testid: 'draft-problem' }, `line ${pr.line}: ${pr.message}`)),
      ...(this.invalid.get('') ?? []).map((m) => el('li', { className: 'invalid' }, m)),
    );
  }

  // ------------------------------------------------------------ changes

  private relationsOf(key: string): string[] {
    return this.relations.filter((r) => r.from === key || r.to === key || r.at === key).map((r) => r.key);
  }

  private checkAll(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const list: Invalid[] = check(this.entities, this.relations);
    for (const i of list) {
      const k = i.key ?? '';
      out.set(k, [...(out.get(k) ?? []), i.message]);
    }
    return out;
  }

  /** changed re-draws the proposals named, their marks, and whatever the checks now say differently. */
  private changed(keys: string[]) {
    const before = this.invalid;
    this.invalid = this.checkAll();
    const redraw = new Set(keys);
    for (const k of new Set([...before.keys(), ...this.invalid.keys()])) {
      if ((before.get(k) ?? []).join('\n') !== (this.invalid.get(k) ?? []).join('\n')) redraw.add(k);
    }
    // A relation names its ends: when an entity's name changes, they change.
    for (const k of keys) {
      const p = this.byKey.get(k);
      if (p?.what === 'entity') for (const r of this.relationsOf(k)) redraw.add(r);
    }
    // Hundreds at once (accepting above a threshold): draw the lists again,
    // in slices, rather than item by item.
    if (redraw.size > 300) {
      this.renderLists();
      redraw.clear();
    }
    for (const k of redraw) {
      const p = this.byKey.get(k);
      const old = this.items.get(k);
      if (p && old) {
        const focusedId = (document.activeElement as HTMLElement | null)?.id;
        const fresh = this.renderItem(p);
        old.replaceWith(fresh);
        if (focusedId && fresh.querySelector(`#${CSS.escape(focusedId)}`)) (fresh.querySelector(`#${CSS.escape(focusedId)}`) as HTMLElement).focus();
      }
    }
    this.updateMarks(keys);
    this.renderGeneral();
    this.updatePublish();
    this.updateAcceptAll();
  }

  private accept(key: string) {
    const p = this.byKey.get(key);
    if (!p) return;
    p.status = 'accepted';
    p.note = '';
    const touched = [key];
    if (p.what === 'relation') {
      const withIt: string[] = [];
      for (const k of [p.from, p.to, p.at]) {
        const e = k ? this.byKey.get(k) : undefined;
        if (e?.what === 'entity' && e.status === 'pending') {
          e.status = 'accepted';
          touched.push(e.key);
          withIt.push(e.name);
        }
      }
      if (withIt.length) this.statusEl.textContent = `Accepted with it: ${withIt.join(', ')}.`;
    }
    this.changed(touched);
  }

  private reject(key: string) {
    const p = this.byKey.get(key);
    if (!p) return;
    p.status = 'rejected';
    p.note = '';
    const touched = [key];
    if (p.what === 'entity') {
      let n = 0;
      let at = 0;
      for (const r of this.relations) {
        if ((r.from === key || r.to === key) && r.status !== 'rejected') {
          r.status = 'rejected';
          r.note = `Rejected with ${p.name}.`;
          touched.push(r.key);
          n++;
        } else if (r.at === key) {
          r.at = null;
          r.note = `No longer says at ${p.name}, which was rejected.`;
          touched.push(r.key);
          at++;
        }
      }
      p.note = n ? `Its ${n} relation${n === 1 ? ' was' : 's were'} rejected with it.` : '';
      const also = n ? ` and its ${n} relation${n === 1 ? '' : 's'}` : '';
      const where = at ? `; ${at} relation${at === 1 ? '' : 's'} no longer say${at === 1 ? 's' : ''} where` : '';
      this.statusEl.textContent = `Rejected ${p.name}${also}${where}.`;
    }
    this.changed(touched);
  }

  private acceptAbove(t: number) {
    const t0 = performance.now();
    const touched = new Set<string>();
    for (const p of [...this.entities, ...this.relations]) {
      if (p.status === 'pending' && p.confidence >= t - 1e-9) {
        p.status = 'accepted';
        touched.add(p.key);
      }
    }
    // Their ends come with the relations, as one by one.
    for (const r of this.relations) {
      if (r.status !== 'accepted' || !touched.has(r.key)) continue;
      for (const k of [r.from, r.to, r.at]) {
        const e = k ? this.byKey.get(k) : undefined;
        if (e?.what === 'entity' && e.status === 'pending') {
          e.status = 'accepted';
          touched.add(e.key);
        }
      }
    }
    this.statusEl.textContent = `Accepted ${touched.size} proposal${touched.size === 1 ? '' : 's'}.`;
    this.changed([...touched]);
    timings.acceptAllMs = performance.now() - t0;
  }

  private updateAcceptAll() {
    const t = Number(this.threshold.value);
    const n = [...this.entities, ...this.relations].filter((p) => p.status === 'pending' && p.confidence >= t - 1e-9).length;
    this.acceptAll.textContent = `Accept all ≥ ${t.toFixed(2)} (${n})`;
    this.acceptAll.disabled = n === 0;
  }

  private updatePublish() {
    const all = [...this.invalid.values()].flat();
    const entities = this.entities.filter((e) => e.status === 'accepted').length;
    const relations = this.relations.filter((r) => r.status === 'accepted').length;
    this.publishButton.disabled = all.length > 0 || this.publishing;
    this.publishReason.textContent = all.length
      ? `Not yet: ${all[0]}${all.length > 1 ? ` (and ${all.length - 1} more)` : ''}`
      : `Publishes ${entities} entit${entities === 1 ? 'y' : 'ies'} and ${relations} relation${relations === 1 ? '' : 's'}, all or nothing.`;
  }

  private toggleEdit(key: string) {
    const was = this.editing;
    this.editing = was === key ? null : key;
    this.setCurrent(key, false);
    this.changed([key, ...(was && was !== key ? [was] : [])]);
    if (this.editing) this.items.get(key)?.querySelector<HTMLElement>('.proposal-edit input, .proposal-edit select')?.focus();
  }

  private link(p: EntityProposal, e: EntityRef) {
    p.existing = { id: e.id, name: e.name, kind: e.kind };
    p.id = e.id;
    p.kind = e.kind;
    p.note = `Linked to ${e.name} by you.`;
    if (p.status === 'pending') p.status = 'accepted';
    this.changed([p.key, ...this.relationsOf(p.key)]);
  }

  private async makeNew(p: EntityProposal) {
    p.existing = null;
    let id = newId(p.kind, p.name);
    // An id the graph already has would declare that entity: find a free one.
    for (let i = 2; i < 20 && (await fetchEntity(id).catch(() => null)); i++) id = `${newId(p.kind, p.name)}-${i}`;
    p.id = id;
    p.note = 'A new entity, by you.';
    this.changed([p.key, ...this.relationsOf(p.key)]);
  }

  // ------------------------------------------------------------ moving around

  private order(): Proposal[] {
    return [...this.entities, ...this.relations];
  }

  private setCurrent(key: string | null, scroll: boolean) {
    const was = this.current;
    this.current = key;
    if (was) this.items.get(was)?.removeAttribute('aria-current');
    this.updateMarks([was, key].filter((k): k is string => !!k));
    if (!key) return;
    const li = this.items.get(key);
    li?.setAttribute('aria-current', 'true');
    if (scroll) {
      li?.scrollIntoView({ block: 'nearest' });
      this.marksOf.get(key)?.[0]?.scrollIntoView({ block: 'center' });
    }
  }

  private onTextClick(e: MouseEvent) {
    const mark = (e.target as HTMLElement).closest('mark');
    if (!mark || !(document.getSelection()?.isCollapsed ?? true)) return;
    const keys = this.keysOfMark.get(mark) ?? [];
    // The entity first: it is the narrower span.
    const key = keys.find((k) => this.byKey.get(k)?.what === 'entity') ?? keys[0];
    if (!key) return;
    this.setCurrent(key, false);
    this.items.get(key)?.scrollIntoView({ block: 'nearest' });
  }

  private onKey(e: KeyboardEvent) {
    const t = e.target as HTMLElement;
    if (e.key === 'Escape' && this.editing) {
      const k = this.editing;
      this.editing = null;
      this.changed([k]);
      this.items.get(k)?.focus();
      return;
    }
    if (!this.draft || e.ctrlKey || e.metaKey || e.altKey || t.closest('input, textarea, select, [contenteditable]')) return;
    const list = this.order();
    const i = list.findIndex((p) => p.key === this.current);
    switch (e.key) {
      case 'j':
      case 'k': {
        if (!list.length) return;
        const next = e.key === 'j' ? Math.min(list.length - 1, i + 1) : Math.max(0, i < 0 ? 0 : i - 1);
        this.setCurrent(list[next].key, true);
        this.items.get(list[next].key)?.focus({ preventScroll: true });
        break;
      }
      case 'a':
        if (this.current) this.accept(this.current);
        break;
      case 'r':
        if (this.current) this.reject(this.current);
        break;
      case 'e':
        if (this.current) this.toggleEdit(this.current);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  // ------------------------------------------------------------ new proposals from a selection

  private onSelect() {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) {
      this.selectionTools.hidden = true;
      return;
    }
    const range = sel.getRangeAt(0);
    if (!this.textEl.contains(range.startContainer) || !this.textEl.contains(range.endContainer)) return;
    const before = document.createRange();
    before.setStart(this.textEl, 0);
    before.setEnd(range.startContainer, range.startOffset);
    let u0 = before.toString().length;
    let u1 = u0 + range.toString().length;
    const text = this.cps.text;
    while (u0 < u1 && /\s/.test(text[u0])) u0++;
    while (u1 > u0 && /\s/.test(text[u1 - 1])) u1--;
    if (u0 >= u1) {
      this.selectionTools.hidden = true;
      return;
    }
    this.selection = { start: this.cps.fromU16(u0), end: this.cps.fromU16(u1), u16: u0 };
    const r = range.getBoundingClientRect();
    const box = this.root.getBoundingClientRect();
    this.selectionTools.style.left = `${Math.max(8, r.left - box.left)}px`;
    this.selectionTools.style.top = `${r.bottom - box.top + this.root.scrollTop + 6}px`;
    this.selectionTools.hidden = false;
  }

  private addFromSelection(what: 'entity' | 'relation') {
    const s = this.selection;
    this.selectionTools.hidden = true;
    if (!s || !this.draft) return;
    document.getSelection()?.removeAllRanges();
    const quote = this.cps.slice(s.start, s.end);
    const key = `u${++this.added}`;
    const base = { key, status: 'accepted' as const, confidence: 1, rule: 'editor', problems: [], note: 'Added by you from the text.' };
    let p: Proposal;
    if (what === 'entity') {
      p = {
        ...base,
        what: 'entity',
        id: newId('PERSON', quote),
        kind: 'PERSON',
        name: quote,
        aliases: [],
        description: null,
        startDate: null,
        endDate: null,
        existing: null,
        mentions: [{ start: s.start, end: s.end }],
      };
      this.entities.push(p);
    } else {
      // Its ends: the entities named inside the selection, in the text's order.
      const inside = this.entities
        .filter((e) => e.status !== 'rejected')
        .map((e) => ({ e, at: Math.min(...e.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.start)) }))
        .filter((x) => Number.isFinite(x.at))
        .sort((a, b) => a.at - b.at)
        .map((x) => x.e.key);
      const { n, count } = occurrenceOf(this.cps.text, quote, s.u16);
      p = {
        ...base,
        what: 'relation',
        type: inside.length >= 2 ? 'MEMBER_OF' : 'MENTIONS',
        from: inside.length >= 2 ? inside[0] : REPORT,
        to: inside.length >= 2 ? inside[1] : (inside[0] ?? REPORT),
        role: '',
        at: null,
        quote,
        start: s.start,
        end: s.end,
        occurrence: count > 1 ? n : null,
      };
      this.relations.push(p);
    }
    this.byKey.set(key, p);
    this.renderText();
    this.editing = key;
    (what === 'entity' ? this.entityList : this.relationList).append(this.renderItem(p));
    this.changed([key]);
    this.setCurrent(key, true);
    this.items.get(key)?.querySelector<HTMLElement>('.proposal-edit input, .proposal-edit select')?.focus();
    this.statusEl.textContent = `Added ${what === 'entity' ? 'an entity' : 'a relation'} from “${quote.length > 60 ? quote.slice(0, 57) + '…' : quote}”: check its ${what === 'entity' ? 'kind' : 'type and ends'}.`;
  }

  // ------------------------------------------------------------ publishing

  private async publish() {
    const d = this.draft;
    if (!d || this.publishing) return;
    const ann = annotation({ id: d.reportId, title: d.title, source: d.author, restricted: this.reportRestricted.checked }, this.entities, this.relations);
    // The last refusal's problems go; this answer brings its own.
    const had = [...this.byKey.values()].filter((p) => p.problems.length).map((p) => p.key);
    for (const p of this.byKey.values()) p.problems = [];
    this.generalProblems = [];
    this.publishing = true;
    this.publishButton.textContent = 'Publishing…';
    this.updatePublish();
    try {
      const published = await addReport({
        title: d.title,
        url: d.url ?? undefined,
        publishedAt: d.publishedAt ?? undefined,
        text: d.text,
        annotation: ann.text,
      });
      // New entities first: the graph selects the first.
      const accepted = this.entities.filter((e) => e.status === 'accepted');
      const ids = [...new Set([...accepted.filter((e) => !e.existing), ...accepted.filter((e) => e.existing)].map((e) => e.id))];
      this.say('');
      this.reset();
      this.textInput.value = '';
      this.titleInput.value = this.urlInput.value = this.dateInput.value = '';
      this.setFile(null);
      this.close();
      this.opts.onPublished(published, ids);
    } catch (e) {
      if (e instanceof GraphQLError && e.problems.length) {
        const touched = new Set(had);
        for (const pr of e.problems) {
          const keys = keysAt(ann, pr.line);
          if (!keys.length) this.generalProblems.push(pr);
          for (const k of keys) {
            const p = this.byKey.get(k);
            if (p) {
              p.problems.push(pr);
              touched.add(k);
            }
          }
        }
        this.say(`The server refused the report, and wrote nothing: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}, shown beside the proposals they concern.`);
        this.changed([...touched]);
        const first = this.order().find((p) => p.problems.length);
        if (first) this.setCurrent(first.key, true);
      } else {
        this.say(describe(e));
      }
    } finally {
      this.publishing = false;
      this.publishButton.textContent = 'Publish';
      this.updatePublish();
    }
  }
}

/** describe says what went wrong, for people. */
function describe(e: unknown): string {
  if (e instanceof GraphQLError) {
    switch (e.code) {
      case 'UNAUTHENTICATED':
        return `Your token was refused: ${e.message}. Type it again above.`;
      case 'FORBIDDEN':
        return `Your token may not do this: ${e.message}. Drafting and publishing need an editor’s token.`;
    }
    return e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

let view: ReviewView | null = null;

/** openReview shows the review view, building it the first time. */
export function openReview(opts: ReviewOptions) {
  view ??= new ReviewView(opts);
  view.open();
  return view;
}

declare global {
  interface Window {
    __review: unknown;
  }
}

// A hook for tests: how long drafting took, from the click to the marks on screen.
window.__review = { timings };
