// Entry of dist/konzept-provider.js: registers only this element (`?prefix=lk` on the script address works here too).
import { defineKonzeptProvider } from '../../provider/define.js';
import { scriptOptions } from '../script-options.js';

defineKonzeptProvider(scriptOptions(import.meta.url).prefix);
