/**
 * Every interface language beyond German and English: Turkish, Arabic, Ukrainian and Leichte
 * Sprache. Import for its side effect (`import '@konzept-kit/components/i18n/all'`), or load
 * dist/konzept-kit-i18n.js beside dist/konzept-kit.js. One language alone: `…/i18n/tr`.
 */
import './tr.js';
import './ar.js';
import './uk.js';
import './de-x-ls.js';

/** The languages this module registers. */
export const EXTRA_LANGUAGES = ['tr', 'ar', 'uk', 'de-x-ls'] as const;
