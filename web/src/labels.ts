// How relations read, seen from either end.
import type { Direction } from './api';

const PHRASES: Record<string, [out: string, incoming: string]> = {
  LEADS: ['Leads', 'Led by'],
  MEMBER_OF: ['Member of', 'Members'],
  PART_OF: ['Part of', 'Units'],
  RAISED: ['Raised', 'Raised by'],
  PASSED: ['Passed', 'Passed by'],
  ADDRESSES: ['Addresses', 'Addressed by'],
  ORGANISED: ['Organised', 'Organised by'],
  CHAIRED: ['Chaired', 'Chaired by'],
  SPOKE_AT: ['Spoke at', 'Speakers'],
  ATTENDED: ['Attended', 'Attended by'],
  HELD_IN: ['Held in', 'Venue of'],
  PRECEDED: ['Preceded', 'Preceded by'],
  DISCUSSED: ['Discussed', 'Discussed at'],
  CONCERNS: ['Concerns', 'Concerned by'],
  INVESTIGATED: ['Investigated', 'Investigated by'],
  DRAFTED: ['Drafted', 'Drafted by'],
  BASED_IN: ['Based in', 'Base of'],
  LOCATED_IN: ['Located in', 'Contains'],
  PUBLISHED: ['Published', 'Published by'],
  TRANSLATED: ['Translated', 'Translated by'],
  MENTIONS: ['Mentions', 'Mentioned in'],
  ALLIED_WITH: ['Allied with', 'Allied with'],
};

/** "Led by" for an incoming LEADS relation. */
export function relationPhrase(type: string, direction: Direction): string {
  const p = PHRASES[type];
  if (!p) return type.toLowerCase().replace(/_/g, ' ');
  return direction === 'IN' ? p[1] : p[0];
}
