/**
 * The entry of dist/konzept-kit-all.js, everything in one file: registers every element
 * (under `?prefix=` from the script's address, see embed/script-options.ts) and turns links with
 * `class="konzept-TAG"` … into elements (for rich-text editors that strip custom tags).
 */
import { registerAll } from './register-all.js';
import { scriptOptions } from './embed/script-options.js';
import { watchLinks } from './embed/upgrade-links.js';

/** For a page's own language file: `import { registerTranslation } from './konzept-kit.js'` (docs/LANGUAGES.md). */
export { registerTranslation } from './shared/i18n.js';

const options = scriptOptions(import.meta.url);
const tags = registerAll({ prefix: options.prefix });
if (options.upgradeLinks) watchLinks(tags);
