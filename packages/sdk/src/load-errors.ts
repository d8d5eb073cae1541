/**
 * The words of a load that went wrong, in German and English: a page loads this module only then
 * (load.ts), a reader of a valid export never.
 */
import type { BilingualText, ConceptIssue } from '@konzept-kit/concept-schema';
import { issueTitles, titleOnPath } from './issue-titles.js';
import { LoadError, type LoadErrorKind } from './load.js';

export function errorFor(
  kind: Exclude<LoadErrorKind, 'aborted'>,
  url: string,
  extra: {
    status?: number;
    issues?: readonly ConceptIssue[];
    /** The export's text, for the titles of the measures the first problems are in. */
    text?: string;
    cause?: unknown;
    timeout?: number;
    encoding?: BilingualText;
  } = {},
): LoadError {
  // "0,5 Sekunden", not "0 Sekunden", for a timeout under a second.
  const seconds = (locale: string) => ((extra.timeout ?? 0) / 1000).toLocaleString(locale, { maximumFractionDigits: 1 });
  const text: Record<typeof kind, BilingualText> = {
    network: {
      de: `Die Daten konnten nicht geladen werden (${url}). Bitte prüfen Sie die Internetverbindung.`,
      en: `The data could not be loaded (${url}). Please check the connection.`,
    },
    http: {
      de: `Die Daten wurden nicht gefunden oder sind nicht erreichbar (HTTP ${extra.status}, ${url}).`,
      en: `The data was not found or is not available (HTTP ${extra.status}, ${url}).`,
    },
    notJson: {
      de: `Unter ${url} liegt keine JSON-Datei (vielleicht eine Webseite statt des Exports).`,
      en: `${url} is not a JSON file (perhaps a web page instead of the export).`,
    },
    invalid: {
      de: `Die Datei ${url} ist kein gültiger Konzept-Export (${extra.issues?.length ?? 0} Probleme).`,
      en: `The file ${url} is not a valid concept export (${extra.issues?.length ?? 0} problems).`,
    },
    timeout: {
      de: `Der Server hat nicht innerhalb von ${seconds('de-DE')} Sekunden geantwortet (${url}).`,
      en: `The server did not answer within ${seconds('en-GB')} seconds (${url}).`,
    },
    encoding: {
      de: `Die Datei ${url} kann nicht gelesen werden. ${extra.encoding?.de ?? ''}`.trim(),
      en: `The file ${url} cannot be read. ${extra.encoding?.en ?? ''}`.trim(),
    },
    tooLarge: {
      de: `Die Datei ${url} ist zu groß für diese Seite.`,
      en: `The file ${url} is too large for this page.`,
    },
  };
  return new LoadError(kind, url, text[kind], { ...extra, titles: extra.text && extra.issues ? issueTitles(extra.text, extra.issues) : [] });
}

/** See `invalidDataError` in load.ts. */
export function invalidDataError(value: unknown, url: string, issues: readonly ConceptIssue[]): LoadError {
  const text = {
    de: `Die übergebenen Daten sind kein gültiger Konzept-Export (${issues.length} Probleme).`,
    en: `The data given is not a valid concept export (${issues.length} problems).`,
  };
  const titles = typeof value === 'string' ? issueTitles(value, issues) : issues.slice(0, 5).map((i) => titleOnPath(value, i.path));
  return new LoadError('invalid', url, text, { issues, titles });
}
