/**
 * Data text (titles, the municipality's own words, status labels, partners …) is isolated from the
 * text around it, so a right-to-left override (U+202E) or an Arabic title cannot reverse the
 * element's own sentence ("5 Maßnahmen umgesetzt"). In markup that is `<bdi>` (`dataText`); in a
 * string (an attribute, a sentence built by `t()`, an `<option>`) the Unicode isolates FSI … PDI
 * (`isolate`). Every data text of every element goes through one of these two: a later change (the
 * text's own `lang`) belongs here too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '@konzept-kit/sdk';

/**
 * Characters that change the order of what surrounds them: the bidi controls (LRM, RLM, ALM,
 * LRE … RLO, LRI … PDI) and the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko,
 * Samaritan, Mandaic and their presentation forms, and the RTL blocks beyond the BMP).
 */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\ud802[\udc00-\udfff]|\ud803[\udc00-\ude7f]|\ud83a/;

/**
 * A data string isolated for use inside other text: wrapped in FSI … PDI where it could reorder
 * what is around it (bidi characters, or any text in a right-to-left interface); as it is where
 * isolation changes nothing (left-to-right text without such characters in a left-to-right one).
 */
export function isolate(text: string, context: 'ltr' | 'rtl' = 'ltr'): string {
  if (!text || (context === 'ltr' && !BIDI.test(text))) return text;
  return `\u2068${text}\u2069`;
}

/** The same for a text with its language. */
export function isolateText(localized: LocalizedText, context: 'ltr' | 'rtl' = 'ltr'): LocalizedText {
  const text = isolate(localized.text, context);
  return text === localized.text ? localized : { text, lang: localized.lang };
}

/** A data text in markup: `<bdi>` (direction from its own letters), with `lang` and `dir` where given. */
export function dataText(text: string, attributes: { lang?: string | typeof nothing; dir?: string | typeof nothing } = {}): TemplateResult {
  return html`<bdi lang=${attributes.lang ?? nothing} dir=${attributes.dir ?? nothing}>${text}</bdi>`;
}
