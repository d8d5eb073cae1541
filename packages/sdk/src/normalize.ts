/**
 * Text normalised for searching and matching the way German readers type: without case, with
 * "ae/oe/ue/ss" and "ä/ö/ü/ß" treated alike, and without other accents, so "massnahme" finds
 * "Maßnahme" and "aerzte" finds "Ärzte". Invisible break hints are dropped: an editor may mark
 * "Bürger\u00ADmeister" with a soft hyphen so a narrow screen breaks it well (docs/EMBED.md), and
 * "bürgermeister" must still find it.
 */
const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe' };

export function foldForSearch(value: string): string {
  return value
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/[äöüßæœ]/g, (c) => FOLD[c]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folding for a reader's search, loose both ways: "ubergang", "uebergang" and "Übergang" all find
 * "Übergang" (and "masnahme" finds "Maßnahme"). The digraphs a German reader may type for an umlaut
 * ("ue", "oe", "ae", "ss") and the plain vowel are made one letter on both sides, so a query typed
 * without the umlaut's dots matches as well as one typed with its digraph. Only for finding: a word
 * like "Steuer" folds to "steur", which a query "steuer" folds to as well.
 */
export function foldForFind(value: string): string {
  return foldForSearch(value).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/ss/g, 's');
}

/** Words of a text, folded, for similarity: letters and digits only. */
export function words(value: string): string[] {
  return foldForSearch(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
