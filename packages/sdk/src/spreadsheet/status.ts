/**
 * The status in a cell as editors write it ("grün", "GRÜN ", "gruen", "umgesetzt", "in Arbeit",
 * 🟢) to the id of a status in the concept's scale.
 */
import type { StatusScale, Text } from '@konzept-kit/concept-schema';
import { foldForSearch } from '../normalize.js';
import { textOf } from '../text.js';

/** Words for the three Ampel statuses, used where the scale has a status with that id. */
const AMPEL_WORDS: Readonly<Record<string, readonly string[]>> = {
  green: ['grün', 'gruen', 'grun', 'green', 'umgesetzt', 'realisiert', 'erledigt', 'abgeschlossen', 'erfüllt', 'done', 'implemented', '🟢'],
  yellow: [
    'gelb',
    'yellow',
    'orange',
    'in arbeit',
    'in umsetzung',
    'in planung',
    'in bearbeitung',
    'begonnen',
    'teilweise umgesetzt',
    'under way',
    'in progress',
    '🟡',
    '🟠',
  ],
  red: ['rot', 'red', 'nicht umgesetzt', 'nicht realisiert', 'nicht erfüllt', 'gescheitert', 'entfallen', 'not implemented', '🔴'],
};

/** Folded without spaces or punctuation, so "in Arbeit" and "in-arbeit" meet; emoji stay. */
function statusKey(text: string): string {
  const folded = foldForSearch(text).replace(/[\s.,;:!_-]+/g, '');
  return folded;
}

function labels(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

export type StatusMatcher = (cell: string) => string | undefined;

/**
 * A function from a cell's text to a status id of `scale`, or undefined. Checked in this order:
 * a mapping the user gave, the status ids, the labels in every language, the Ampel words.
 */
export function statusMatcher(scale: StatusScale, extra: Readonly<Record<string, string>> = {}): StatusMatcher {
  const table = new Map<string, string>();
  const add = (word: string, id: string) => {
    const key = statusKey(word);
    if (key && !table.has(key)) table.set(key, id);
  };
  const ids = new Set(scale.statuses.map((s) => s.id));
  for (const [word, id] of Object.entries(extra)) if (ids.has(id)) add(word, id);
  for (const status of scale.statuses) add(status.id, status.id);
  for (const status of scale.statuses) for (const label of labels(status.label)) add(label, status.id);
  for (const [id, words] of Object.entries(AMPEL_WORDS)) if (ids.has(id)) for (const word of words) add(word, id);
  return (cell) => table.get(statusKey(cell));
}

/** The word a sheet shows for a status: its label in the concept's language ("umgesetzt"), or for the Ampel its colour. */
export function statusWord(scale: StatusScale, id: string, lang: string): string {
  const status = scale.statuses.find((s) => s.id === id);
  if (!status) return id;
  const colour = { green: 'grün', yellow: 'gelb', red: 'rot' }[id];
  return colour && lang.startsWith('de') ? colour : textOf(status.label, lang, lang);
}
