/**
 * The columns of an Ampeldokument: the header our export writes, and the other names editors give
 * the same column ("Themenfeld", "Nr.", "Zuständigkeit", "Anmerkung" …). Headers are compared
 * folded: without case, spaces, punctuation, and with ä/ae, ß/ss alike.
 */
import { foldForSearch } from '../normalize.js';

/** In the order the export writes them. */
export const COLUMN_KEYS = [
  'id',
  'kind',
  'field',
  'crossCutting',
  'fieldDescription',
  'goal',
  'goalDescription',
  'objective',
  'objectiveDescription',
  'measure',
  'description',
  'status',
  'statusDate',
  'statusNote',
  'evaluation',
  'lead',
  'leadContact',
  'partners',
  'targetGroups',
  'timeframe',
  'indicator',
  'indicatorUnit',
  'indicatorBaseline',
  'indicatorTarget',
  'indicatorCurrent',
  'indicatorDate',
  'addedLater',
  'councilPapers',
  'links',
  'participation',
  'fieldId',
  'objectiveId',
] as const;

/** A column the importer understands. `extra` in a mapping file sends a column to the measure's `extra`. */
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnSpec {
  readonly key: ColumnKey;
  /** The header our export and template write. */
  readonly header: string;
  /** Other headers that mean this column. */
  readonly aliases: readonly string[];
  /** Width in the template, in characters. */
  readonly width: number;
  /** What the column holds, for the template's instructions. */
  readonly help: string;
  /** A text that may have translations beside it ("Maßnahme (en)"). */
  readonly text: boolean;
}

/** Texts that may have translations beside them; lists (partners, indicators) and ids do not. */
const TEXT_COLUMNS = new Set<string>([
  ...['field', 'crossCutting', 'fieldDescription', 'goal', 'goalDescription', 'objective', 'objectiveDescription'],
  ...['measure', 'description', 'statusNote', 'lead', 'leadContact'],
]);

const spec = (key: ColumnKey, header: string, width: number, help: string, aliases: string[] = []): ColumnSpec => ({
  key,
  header,
  aliases,
  width,
  help,
  text: TEXT_COLUMNS.has(key),
});

/** The same order as `COLUMN_KEYS`. */
export const COLUMNS: readonly ColumnSpec[] = [
  spec('id', 'ID', 10, 'Kennung der Maßnahme, z. B. 1.2.3 oder sprache-1-3 (Buchstaben, Ziffern, . _ : -). Leer lassen: wird erzeugt.', [
    'Nr',
    'Nr.',
    'Nummer',
    'lfd. Nr.',
    'Kennung',
    'Maßnahmen-Nr.',
    'Maßnahmennummer',
    'Maßnahmen-ID',
  ]),
  spec('kind', 'Art', 18, '"Handlungsfeld" oder "Querschnittsthema". Leer: wie die Zeile darüber.', ['Feldart', 'Typ']),
  spec('field', 'Handlungsfeld', 24, 'Name des Handlungsfelds oder Querschnittsthemas. Leer: wie die Zeile darüber.', [
    'Themenfeld',
    'Handlungsfeld / Querschnittsthema',
    'Handlungsfeld/Querschnittsthema',
    'Handlungsfelder',
    'Feld',
    'Themenbereich',
    'Bereich',
    'Handlungsbereich',
    'Schwerpunkt',
  ]),
  spec('crossCutting', 'Querschnittsthema', 24, 'Statt "Art": Name des Querschnittsthemas in einer eigenen Spalte.', ['Querschnittsthemen']),
  spec('goal', 'Oberziel', 36, 'Das Oberziel des Handlungsfelds. Leer: wie die Zeile darüber (im selben Feld).', [
    'Leitziel',
    'Leitziele',
    'Oberziele',
    'Hauptziel',
    'Strategisches Ziel',
    'Rahmenziel',
  ]),
  spec('objective', 'Unterziel', 36, 'Das Unterziel, zu dem die Maßnahme gehört. Leer: wie die Zeile darüber (im selben Feld).', [
    'Teilziel',
    'Teilziele',
    'Handlungsziel',
    'Handlungsziele',
    'Unterziele',
    'Einzelziel',
    'operatives Ziel',
  ]),
  spec('measure', 'Maßnahme', 44, 'Titel der Maßnahme (Pflicht in jeder Zeile mit Angaben zur Maßnahme).', [
    'Maßnahmen',
    'Maßnahmentitel',
    'Titel der Maßnahme',
    'Maßnahmenbezeichnung',
    'Bezeichnung der Maßnahme',
    'Maßnahme / Projekt',
    'Maßnahmen / Projekte',
    'Projekt',
    'Vorhaben',
  ]),
  spec('description', 'Beschreibung', 44, 'Was die Maßnahme umfasst.', ['Erläuterung', 'Inhalt', 'Maßnahmenbeschreibung']),
  spec('status', 'Status', 12, 'grün, gelb oder rot (auch: umgesetzt, in Arbeit, nicht umgesetzt).', [
    'Ampel',
    'Ampelstatus',
    'Ampelbewertung',
    'Ampelfarbe',
    'Bewertung',
    'Umsetzungsstand',
    'Stand der Umsetzung',
    'Umsetzungsstatus',
    'Status der Umsetzung',
    'Zielerreichung',
    'Einschätzung',
    'Ampel Status',
  ]),
  spec('statusDate', 'Stand', 12, 'Datum der Bewertung, z. B. 28.03.2025.', [
    'Datum',
    'Stand der Bewertung',
    'Bewertungsdatum',
    'Stand (Datum)',
    'Datum der Bewertung',
  ]),
  spec('statusNote', 'Bemerkung', 40, 'Erläuterung zum Status.', [
    'Bemerkungen',
    'Anmerkung',
    'Anmerkungen',
    'Kommentar',
    'Kommentare',
    'Sachstand',
    'Erläuterung zum Status',
    'Begründung',
  ]),
  spec('evaluation', 'Bericht', 14, 'Kennung des Berichts (Ampeldokuments), zu dem der Status gehört (siehe Blatt "Berichte").', ['Evaluation']),
  spec('lead', 'Federführung', 24, 'Federführende Stelle.', [
    'federführend',
    'Zuständigkeit',
    'Zuständig',
    'Verantwortlich',
    'Verantwortlichkeit',
    'Verantwortliche',
    'Verantwortliche Stelle',
    'Federführende Stelle',
    'Zuständige Stelle',
    'Federführung / Zuständigkeit',
  ]),
  spec('leadContact', 'Ansprechperson', 20, 'Ansprechperson der federführenden Stelle.', ['Ansprechpartner', 'Ansprechpartnerin', 'Kontakt']),
  spec('partners', 'Kooperationspartner', 30, 'Mehrere getrennt durch Zeilenumbruch oder Semikolon.', [
    'Kooperationspartnerinnen',
    'Kooperationspartner:innen',
    'Partner',
    'Beteiligte',
  ]),
  spec('targetGroups', 'Zielgruppe', 24, 'Mehrere getrennt durch Zeilenumbruch oder Semikolon.', ['Zielgruppen']),
  spec('timeframe', 'Zeitraum', 16, 'z. B. 2024–2026, ab 2025, bis 2026, laufend.', [
    'Zeitrahmen',
    'Umsetzungszeitraum',
    'Zeitplan',
    'Laufzeit',
    'Zeithorizont',
    'Umsetzung bis',
    'Zeitschiene',
  ]),
  spec('indicator', 'Kennzahl', 28, 'Woran der Erfolg gemessen wird. Mehrere: je eine Zeile in der Zelle.', ['Kennzahlen', 'Indikator', 'Indikatoren']),
  spec('indicatorUnit', 'Einheit', 10, 'Einheit der Kennzahl, z. B. Personen oder %.', []),
  spec('indicatorBaseline', 'Ausgangswert', 12, 'Wert zu Beginn.', ['Basiswert', 'Startwert']),
  spec('indicatorTarget', 'Zielwert', 10, 'Angestrebter Wert.', ['Soll', 'Sollwert']),
  spec('indicatorCurrent', 'Istwert', 10, 'Erreichter Wert.', ['Ist', 'Ist-Wert', 'aktueller Wert']),
  spec('indicatorDate', 'Stand Kennzahl', 12, 'Datum des Istwerts.', ['Datum Istwert']),
  spec('addedLater', 'Nachträglich aufgenommen', 14, '"ja", wenn die Maßnahme erst bei der Umsetzung hinzukam.', [
    'nachträglich',
    'neu aufgenommen',
    'Nachtrag',
  ]),
  spec('councilPapers', 'Drucksachen', 16, 'Nummern der Drucksachen/Vorlagen, z. B. 2025/073.', ['Drucksache', 'Vorlage', 'Vorlagen', 'Drucksachen-Nr.']),
  spec('links', 'Links', 30, 'Adressen (https://…), je eine Zeile; ein Titel davor, getrennt durch ": ".', ['Link', 'Weblinks']),
  spec('participation', 'Beteiligung', 20, 'Kennungen der Beteiligungen (Blatt "Beteiligung"), aus denen die Maßnahme stammt.', ['Herkunft']),
  spec('fieldDescription', 'Beschreibung Handlungsfeld', 30, 'Beschreibung des Handlungsfelds (einmal je Feld genügt).', []),
  spec('goalDescription', 'Beschreibung Oberziel', 30, 'Erläuterung des Oberziels (einmal je Feld genügt).', []),
  spec('objectiveDescription', 'Beschreibung Unterziel', 30, 'Erläuterung des Unterziels (einmal je Unterziel genügt).', []),
  spec('fieldId', 'Feld-ID', 14, 'Technische Kennung des Felds; leer lassen für neue Felder.', ['Handlungsfeld-ID', 'Feld ID']),
  spec('objectiveId', 'Unterziel-ID', 14, 'Technische Kennung des Unterziels; leer lassen für neue Unterziele.', ['Unterziel ID']),
];

export const COLUMN_BY_KEY: ReadonlyMap<ColumnKey, ColumnSpec> = new Map(COLUMNS.map((c) => [c.key, c]));

/** A header folded for comparison: `Maßnahmen-Nr.` and `massnahmen nr` are the same. */
export function headerKey(header: string): string {
  return foldForSearch(header).replace(/[^\p{L}\p{N}]+/gu, '');
}

const BY_HEADER: ReadonlyMap<string, ColumnKey> = new Map(COLUMNS.flatMap((c) => [c.header, ...c.aliases, c.key].map((h) => [headerKey(h), c.key] as const)));

/**
 * Headers whose meaning depends on the other columns: "Ziel" is the objective in a sheet without
 * one, and the goal beside a "Teilziel" or "Unterziel" column.
 */
export const AMBIGUOUS_HEADERS: ReadonlyMap<string, readonly ColumnKey[]> = new Map([
  [headerKey('Ziel'), ['objective', 'goal']],
  [headerKey('Ziele'), ['objective', 'goal']],
]);

/** The column a header names, if it is one we know. */
export function columnForHeader(header: string, mapping?: ReadonlyMap<string, ColumnKey | 'extra'>): ColumnKey | 'extra' | undefined {
  const key = headerKey(header);
  return mapping?.get(key) ?? BY_HEADER.get(key);
}

/**
 * Like `columnForHeader`, and also for a header with an explanation in brackets or on a second
 * line: "Status (grün/gelb/rot)", "Maßnahme\n(Kurzbeschreibung)".
 */
export function columnForLooseHeader(header: string, mapping?: ReadonlyMap<string, ColumnKey | 'extra'>): ColumnKey | 'extra' | undefined {
  const direct = columnForHeader(header, mapping);
  if (direct) return direct;
  const first = header
    .split('\n')[0]!
    .replace(/\s*[([].*$/, '')
    .replace(/[:*]+$/, '')
    .trim();
  return first && first !== header ? columnForHeader(first, mapping) : undefined;
}

export function isColumnKey(value: string): value is ColumnKey {
  return (COLUMN_KEYS as readonly string[]).includes(value);
}

/** Columns whose text may have translations beside it ("Maßnahme (en)"). */
export const TEXT_KEYS: ReadonlySet<ColumnKey> = new Set(COLUMNS.filter((c) => c.text).map((c) => c.key));

/** The columns of a measure's (or an objective's) indicators. */
export const INDICATOR_KEYS: ReadonlySet<ColumnKey> = new Set(COLUMN_KEYS.filter((key) => key.startsWith('indicator')));

/** Columns that describe the structure above a measure (a row with only these is no measure row). */
export const STRUCTURE_KEYS: ReadonlySet<ColumnKey> = new Set([
  'kind',
  'field',
  'crossCutting',
  'goal',
  'objective',
  'fieldDescription',
  'goalDescription',
  'objectiveDescription',
  'fieldId',
  'objectiveId',
]);
