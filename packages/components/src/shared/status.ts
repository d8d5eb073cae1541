/**
 * How a status looks: its label in the reader's language, its colour (a `--konzept-status-<id>`
 * token, else the scale's colour, else a palette), and an icon, because colour never carries the
 * meaning alone.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { localize, type Concept, type LocalizedText, type StatusIcon, type Text } from '@konzept-kit/sdk';
import { interfaceLanguage, translationOf } from './i18n.js';
import { inInterfaceLanguage } from './terms.js';
import { isolateText } from './data-text.js';

/** Colours for statuses that bring none, all at least 3:1 against white. */
const PALETTE = ['#0b7a61', '#a87900', '#b42318', '#1d4ed8', '#6d28d9', '#4b5563', '#0e7490', '#9d174d'];
const ICON_ORDER: StatusIcon[] = ['check', 'progress', 'cross', 'circle', 'dash', 'clock', 'question', 'pause'];

export interface StatusLook {
  readonly id: string;
  readonly label: string;
  readonly lang: string;
  readonly description?: string;
  /** A CSS colour expression: the page's token if set, else the data's colour. */
  readonly color: string;
  readonly icon: StatusIcon;
}

/**
 * A text of the status scale in the reader's language. Where the export lacks that language, the
 * interface language may carry the words for a known scale: `status.<scale id>.<status id>` (the
 * Ampel's labels in Turkish, Arabic, Ukrainian and plain German ship with the kit; a municipality
 * registers its own scale's the same way). Else the export's fallback language.
 */
function scaleText(concept: Concept, value: Text | undefined, lang: string, key: string): LocalizedText {
  const given = isolateText(localize(value, lang, concept.language));
  const ui = interfaceLanguage(lang);
  if (inInterfaceLanguage(given.lang, ui)) return given;
  const translated = translationOf(ui)[key];
  return typeof translated === 'string' ? { text: translated, lang: ui } : given;
}

/** The title of the concept's status scale ("Ampel"), in the reader's language where known. */
export function scaleTitle(concept: Concept, lang: string): LocalizedText | undefined {
  const scale = concept.statusScale;
  return scale.title ? scaleText(concept, scale.title, lang, `status.${scale.id}`) : undefined;
}

export function statusLooks(concept: Concept, lang: string): StatusLook[] {
  return concept.statusScale.statuses.map((status, i) => {
    const label = scaleText(concept, status.label, lang, `status.${concept.statusScale.id}.${status.id}`);
    const description = status.description ? isolateText(localize(status.description, lang, concept.language)).text : undefined;
    const fallback = status.color ?? PALETTE[i % PALETTE.length]!;
    return {
      id: status.id,
      label: label.text,
      lang: label.lang,
      description,
      color: `var(--konzept-status-${status.id}, ${fallback})`,
      icon: status.icon ?? ICON_ORDER[i % ICON_ORDER.length]!,
    };
  });
}

export function statusLook(concept: Concept, id: string | undefined, lang: string): StatusLook | undefined {
  return id === undefined ? undefined : statusLooks(concept, lang).find((s) => s.id === id);
}

/**
 * The 16×16 icons, drawn in `currentColor`; decorative (the label beside it carries the meaning).
 * One whole template each, made once: a box of the accordion showed its status icon as two nested
 * templates, and every call made all eight.
 */
const ICONS: Readonly<Record<StatusIcon, SVGTemplateResult>> = {
  check: svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  progress: svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 0.75a7.25 7.25 0 0 1 0 14.5z" fill="currentColor"/></svg>`,
  cross: svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>`,
  circle: svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`,
  dash: svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.8 8h6.4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>`,
  clock: svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 4v4.3l2.8 1.7" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`,
  question: svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M6 6.2a2 2 0 1 1 2.7 1.9c-.5.2-.7.6-.7 1.1v.4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.6" r="0.9" fill="currentColor"/></svg>`,
  pause: svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M6.3 5.3v5.4M9.7 5.3v5.4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>`,
};

/** A 16×16 icon, drawn in `currentColor`; decorative (the label beside it carries the meaning). */
export function statusIcon(icon: StatusIcon): SVGTemplateResult {
  return ICONS[icon];
}

/** The icon of a measure without a rating, everywhere. */
export const UNRATED_ICON: StatusIcon = 'question';
