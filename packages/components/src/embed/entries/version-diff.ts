// Entry of dist/version-diff.js: registers only this element (`?prefix=lk` on the script address works here too).
import { defineVersionDiff } from '../../version-diff/define.js';
import { scriptOptions } from '../script-options.js';

defineVersionDiff(scriptOptions(import.meta.url).prefix);
