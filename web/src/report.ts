// The report view: a dialog with a report's full text and one evidence span
// marked. Offsets count Unicode code points, so the text is sliced as
// Array.from(text), never with String.prototype.slice.
import { report as fetchReport, type Report } from './api';
import { el } from './dom';

const cache = new Map<string, Promise<{ report: Report; points: string[] }>>();

function load(id: string) {
  let p = cache.get(id);
  if (!p) {
    p = fetchReport(id).then((report) => {
      if (!report) throw new Error(`report ${id} not found`);
      return { report, points: Array.from(report.text) };
    });
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}

/** forgetReport drops a report read before: it was just published again, maybe with another text. */
export function forgetReport(id: string) {
  cache.delete(id);
}

/** forgetReports drops every report read before: who may see what changed, and so do their masked names. */
export function forgetReports() {
  cache.clear();
}

export class ReportView {
  private dialog: HTMLDialogElement;
  private title: HTMLElement;
  private meta: HTMLElement;
  private body: HTMLElement;
  private returnFocus: HTMLElement | null = null;

  constructor() {
    this.title = el('h2', { id: 'report-title', className: 'report-title' });
    this.meta = el('p', { className: 'report-meta' });
    this.body = el('div', { className: 'report-text', tabIndex: 0 });
    this.body.setAttribute('aria-label', 'Report text');
    const close = el('button', { type: 'button', className: 'icon-button', title: 'Close (Esc)' }, '✕');
    close.setAttribute('aria-label', 'Close the report');
    close.addEventListener('click', () => this.dialog.close());
    this.dialog = el(
      'dialog',
      { className: 'report-view' },
      el('header', { className: 'report-header' }, el('div', {}, this.title, this.meta), close),
      this.body,
    );
    this.dialog.dataset.testid = 'report-view';
    this.dialog.setAttribute('aria-labelledby', 'report-title');
    this.dialog.addEventListener('close', () => this.returnFocus?.focus());
    // A click on the backdrop (outside the box) closes it.
    this.dialog.addEventListener('click', (e) => {
      if (e.target === this.dialog) this.dialog.close();
    });
    document.body.append(this.dialog);
  }

  get isOpen() {
    return this.dialog.open;
  }

  /** Opens the report with [start, end) marked and scrolled into view. */
  async show(reportId: string, start: number, end: number) {
    this.returnFocus = document.activeElement as HTMLElement | null;
    const { report, points } = await load(reportId);
    this.title.textContent = report.title;
    this.meta.replaceChildren(
      ...[report.source, report.publishedAt, report.attribution].filter(Boolean).map((t) => el('span', {}, t as string)),
    );
    if (report.url) this.meta.append(el('a', { href: report.url, target: '_blank', rel: 'noopener noreferrer' }, 'original'));
    const s = Math.max(0, Math.min(start, points.length));
    const e = Math.max(s, Math.min(end, points.length));
    const mark = el('mark', { id: 'report-mark' }, points.slice(s, e).join(''));
    this.body.replaceChildren(points.slice(0, s).join(''), mark, points.slice(e).join(''));
    if (!this.dialog.open) this.dialog.showModal();
    mark.scrollIntoView({ block: 'center' });
    this.body.focus({ preventScroll: true });
  }
}
