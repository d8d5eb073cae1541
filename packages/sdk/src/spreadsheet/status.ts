/**
 * The status in a cell as editors write it ("grün", "GRÜN ", "gruen", "umgesetzt", "in Arbeit",
 * 🟢) to the id of a status in the concept's scale.
 */
import type { StatusScale, Text } from '@konzept-kit/concept-schema';
import { foldForSearch } from '../normalize.js';
import { textOf } from '../text.js';

/** Words for the three Ampel statuses, used where the scale has a status with that id. */
const AMPEL_WORDS: Readonly<Record<string, readonly string[]>> = {
  green: [
    ...['grün', 'gruen', 'grun', 'green', 'umgesetzt', 'vollständig umgesetzt', 'realisiert', 'erledigt', 'abgeschlossen', 'erfüllt'],
    ...['erreicht', 'durchgeführt', 'fertig', 'done', 'implemented', 'completed'],
    ...['🟢', '🟩', '✅', '✓', '✔', '☑', '💚'],
  ],
  yellow: [
    ...['gelb', 'yellow', 'orange', 'amber', 'in arbeit', 'in umsetzung', 'in planung', 'in bearbeitung', 'in vorbereitung', 'begonnen'],
    ...[
      'teilweise umgesetzt',
      'teilweise',
      'teilw. umgesetzt',
      'teilweise erreicht',
      'laufend',
      'läuft',
      'in prüfung',
      'verzögert',
      'überarbeitet',
      'in überarbeitung',
    ],
    ...['under way', 'in progress', 'partly implemented', 'ongoing'],
    ...['🟡', '🟠', '🟨', '🟧', '◐', '💛'],
  ],
  red: [
    ...['rot', 'red', 'nicht umgesetzt', 'nicht realisiert', 'nicht erfüllt', 'nicht erreicht', 'nicht durchgeführt', 'gescheitert', 'entfallen'],
    ...['eingestellt', 'abgebrochen', 'gestoppt', 'nicht umsetzbar', 'not implemented', 'failed'],
    ...['🔴', '🟥', '❌', '✗', '✘', '☒', '❤'],
  ],
};

/**
 * Signs that mark a cell without saying which status: in a column per status ("x" under "grün"),
 * or coloured (a green "●") where the colour says it.
 */
const MARKS = new Set(['x', '×', '✕', '●', '•', '⬤', '○', '◯', '■', '▪', '◼', '⬛', '▲', '★', '*', '1', 'ja', 'yes', '✓', '✔', '☑', '✅', '☒', '🔘']);

/** A mark that means "this one", and is not itself a status word (a "✓" is green on its own). */
export function isPlainMark(text: string): boolean {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\ufe0f/g, '');
  return MARKS.has(t) && !['✓', '✔', '☑', '✅', '☒'].includes(t);
}

/** Folded without spaces or punctuation, so "in Arbeit" and "in-arbeit" meet; emoji stay. */
function statusKey(text: string): string {
  return foldForSearch(text).replace(/[\s.,;:!_()[\]-]+|\ufe0f/g, '');
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
  return (cell) => {
    const whole = table.get(statusKey(cell));
    if (whole) return whole;
    // "grün (umgesetzt)", "🟢 umgesetzt", "rot – entfallen": the first part says it.
    const head = cell.split(/\s*[([:–—/]\s*|\s+-\s+|\n/)[0] ?? '';
    const first = table.get(statusKey(head));
    if (first) return first;
    const token = [...cell.trim()][0] ?? '';
    return /\p{Extended_Pictographic}/u.test(token) ? table.get(statusKey(token)) : undefined;
  };
}

/** The word a sheet shows for a status: its label in the concept's language ("umgesetzt"), or for the Ampel its colour. */
export function statusWord(scale: StatusScale, id: string, lang: string): string {
  const status = scale.statuses.find((s) => s.id === id);
  if (!status) return id;
  const colour = { green: 'grün', yellow: 'gelb', red: 'rot' }[id];
  return colour && lang.startsWith('de') ? colour : textOf(status.label, lang, lang);
}
