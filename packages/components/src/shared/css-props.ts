/**
 * `style=${cssProps({ fill: color, '--_share': '0.4' })}`: Lit's `styleMap`, but CSP-safe.
 *
 * Lit's `styleMap` writes its FIRST render as a `style="…"` attribute string (only later updates go
 * through `style.setProperty`). A page with a strict Content Security Policy (`style-src 'self'`
 * without 'unsafe-inline', as many municipal sites send) blocks that string: the colours are missing
 * and the browser reports a `style-src-attr` violation for every element. This directive always goes
 * through the CSSOM, which a Content Security Policy does not restrict. It takes what `styleMap`
 * takes: CSS names (`background-color`, `--_x`), camelCase (`backgroundColor`) and `!important`.
 *
 * The one style directive of the elements: `npm run lint` refuses an import of Lit's `styleMap`.
 */
import { noChange } from 'lit';
import { directive, Directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | number | null | undefined>>;

const IMPORTANT = '!important';

class CssPropsDirective extends Directive {
  /** Name → value as last written: an unchanged value is not written again (a chart re-renders hundreds of segments per choice). */
  private applied = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || (info.strings?.length ?? 0) > 2) {
      throw new Error('cssProps() must be the whole value of a style attribute: style=${cssProps({...})}');
    }
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [CssProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style as CSSStyleDeclaration & Record<string, unknown>;
    for (const name of this.applied.keys()) {
      if (props[name] === undefined || props[name] === null) {
        this.applied.delete(name);
        if (name.includes('-')) style.removeProperty(name);
        else style[name] = null;
      }
    }
    for (const [name, raw] of Object.entries(props)) {
      if (raw === undefined || raw === null) continue;
      const value = String(raw);
      if (this.applied.get(name) === value) continue;
      this.applied.set(name, value);
      const important = value.endsWith(IMPORTANT);
      if (name.includes('-') || important) style.setProperty(name, important ? value.slice(0, -IMPORTANT.length).trim() : value, important ? 'important' : '');
      else style[name] = value;
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
