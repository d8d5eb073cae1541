/**
 * Put in place of `lit/directives/style-map.js` in the browser bundle (rollup.config.js): the same
 * API, but every render goes through the CSSOM, so a page with `style-src 'self'` reports no
 * violation and keeps the colours (see shared/css-props.ts).
 */
export { cssProps as styleMap, type CssProps as StyleInfo } from '../shared/css-props.js';
