// How each kind of entity is drawn: colour and shape, in the graph and the legend.
import type { Kind } from './api';

export interface KindStyle {
  label: string;
  colour: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'star' | 'rectangle' | 'tag' | 'triangle' | 'hexagon';
}

export const KINDS: Record<Kind, KindStyle> = {
  PERSON: { label: 'Person', colour: '#2563eb', shape: 'ellipse' },
  ORGANISATION: { label: 'Organisation', colour: '#d97706', shape: 'round-rectangle' },
  ISSUE: { label: 'Issue', colour: '#dc2626', shape: 'diamond' },
  CONGRESS: { label: 'Congress', colour: '#7c3aed', shape: 'star' },
  RESOLUTION: { label: 'Resolution', colour: '#0d9488', shape: 'rectangle' },
  REPORT: { label: 'Report', colour: '#475569', shape: 'tag' },
  PLACE: { label: 'Place', colour: '#16a34a', shape: 'triangle' },
  LAW: { label: 'Law', colour: '#db2777', shape: 'hexagon' },
};

export const KIND_ORDER = Object.keys(KINDS) as Kind[];

/** A small SVG of the kind's shape in its colour, for the legend and lists. */
export function kindIcon(kind: Kind, size = 14): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('kind-icon');
  const s = KINDS[kind] ?? KINDS.REPORT;
  let el: SVGElement;
  switch (s.shape) {
    case 'ellipse':
      el = document.createElementNS(ns, 'circle');
      el.setAttribute('cx', '8');
      el.setAttribute('cy', '8');
      el.setAttribute('r', '6.5');
      break;
    case 'round-rectangle':
      el = document.createElementNS(ns, 'rect');
      el.setAttribute('x', '1.5');
      el.setAttribute('y', '3');
      el.setAttribute('width', '13');
      el.setAttribute('height', '10');
      el.setAttribute('rx', '3');
      break;
    case 'rectangle':
      el = document.createElementNS(ns, 'rect');
      el.setAttribute('x', '2');
      el.setAttribute('y', '2');
      el.setAttribute('width', '12');
      el.setAttribute('height', '12');
      break;
    default: {
      const points: Record<string, string> = {
        diamond: '8,1 15,8 8,15 1,8',
        star: '8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6',
        tag: '1,3 11,3 15,8 11,13 1,13',
        triangle: '8,1.5 15,14.5 1,14.5',
        hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
      };
      el = document.createElementNS(ns, 'polygon');
      el.setAttribute('points', points[s.shape]);
    }
  }
  el.setAttribute('fill', s.colour);
  svg.append(el);
  return svg;
}

/** "SPOKE_AT" → "spoke at". */
export function typeLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}
