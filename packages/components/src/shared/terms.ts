/**
 * The words for the levels of a concept ("Handlungsfeld", "Maßnahmen"), in this order: the
 * export's own word (only where the export has it in the interface's language), the interface language's
 * (`term.<level>.singular|plural`, and after a number `term.<level>.<plural category>`), the German
 * or English default. Each comes with the language it is in.
 */
import { baseLanguage, safeLocale, termFor, DEFAULT_TERMS, type Concept, type Level, type LocalizedText } from '@konzept-kit/sdk';
import { translationOf } from './i18n.js';

/** Who is reading: the nearest `lang` and the interface language chosen for it. */
export interface Reader {
  readonly lang: string;
  readonly ui: string;
}

/** Whether a text in language `tag` is in the interface language `ui` (`de` text is not `de-x-ls`). */
export function inInterfaceLanguage(tag: string, ui: string): boolean {
  const lower = tag.toLowerCase();
  return lower === ui || (!ui.includes('-x-') && baseLanguage(lower) === ui);
}

/**
 * The export's own word where it is in the interface's language. One the reader does not read
 * (Konstanz gives "Federführung" only in German) gives way to the interface's word: an English
 * page says "Lead", not a German word inside an English sentence. In a variant of the same
 * language (German in Leichte Sprache) a real own word ("Projekt") stays; one that only restates
 * the usual word gives way to the variant's simpler one.
 */
function ownTerm(concept: Concept | undefined, level: Level, reader: Reader, plural: boolean): LocalizedText | undefined {
  if (!concept?.terms?.[level]) return undefined;
  const own = termFor(concept, level, reader.lang, plural);
  if (inInterfaceLanguage(own.lang, reader.ui)) return own;
  if (baseLanguage(own.lang) !== baseLanguage(reader.ui)) return undefined;
  const defaults = DEFAULT_TERMS[level][plural ? 'plural' : 'singular'];
  return own.text !== defaults.de && own.text !== defaults.en ? own : undefined;
}

function translated(reader: Reader, level: Level, form: string): LocalizedText | undefined {
  const value = translationOf(reader.ui)[`term.${level}.${form}`];
  return typeof value === 'string' ? { text: value, lang: reader.ui } : undefined;
}

export function levelTerm(concept: Concept | undefined, level: Level, reader: Reader, plural: boolean): LocalizedText {
  // Last the default word, never the export's own one in a language the reader does not read.
  return ownTerm(concept, level, reader, plural) ?? translated(reader, level, plural ? 'plural' : 'singular') ?? termFor(undefined, level, reader.ui, plural);
}

/**
 * The word after a number. German and English need singular or plural; Turkish keeps the singular
 * after numbers, Ukrainian and Arabic have more forms: their translations give
 * `term.<level>.one|two|few|many|other` by `Intl.PluralRules`.
 */
export function countedTerm(concept: Concept | undefined, level: Level, reader: Reader, count: number, locale: string): LocalizedText {
  const plural = count !== 1;
  const own = ownTerm(concept, level, reader, plural);
  if (own) return own;
  const category = new Intl.PluralRules(safeLocale(locale)).select(count);
  return translated(reader, level, category) ?? levelTerm(concept, level, reader, plural);
}

/**
 * A word inside a sentence: languages other than German write nouns in lower case there. German
 * words (also an export's own word a reader of another language gets as fallback) and acronyms
 * stay as written.
 */
export function inSentence({ text, lang }: LocalizedText): string {
  if (baseLanguage(lang) === 'de' || text.length < 2) return text;
  // The export's language tag passed the schema's Intl check; a page's `lang` may be anything.
  const locale = safeLocale(lang);
  if (text[1] !== text[1]!.toLocaleLowerCase(locale)) return text;
  return text[0]!.toLocaleLowerCase(locale) + text.slice(1);
}
