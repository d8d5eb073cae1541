/**
 * The code of a view an element does not show first (the diff's synopsis and status mode, the
 * chart's fields and history): a page that never shows it never loads it. It loads when the element
 * needs it (an attribute asks for it, the reader switches), or before that when the reader is about
 * to switch (pointer over or focus on the switch: `preload`); the host renders again when it is there.
 *
 * `await element.updateComplete` waits for code that was asked for (`settle`): tests and pages that
 * set `view` and await the update see the new view, as before.
 *
 * Code that does not load (an incomplete upload, the connection lost) is `failed`: the host shows
 * `renderNotLoaded` where the view would be, instead of waiting for it for ever. It is not asked for
 * again on this page (a missing file stays missing; every render asking again would ask for ever).
 */
import { adoptStyles, html, type CSSResult, type ReactiveControllerHost, type ReactiveElement, type TemplateResult } from 'lit';
import type { KonzeptElement } from './konzept-element.js';

/** What stands where a view's code did not load: said at once (`role="alert"`), with what the reader can do. */
export function renderNotLoaded(host: Pick<KonzeptElement, 't' | 'direction'>): TemplateResult {
  return html`<div class="state state--error" part="state error" role="alert" dir=${host.direction}><p>${host.t('state.partNotLoaded')}</p></div>`;
}

export class OnDemand<T> {
  private code?: T;
  private loading?: Promise<void>;
  /** The code did not load. */
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {}

  /** The code if it has loaded (it does not start loading). */
  get loaded(): T | undefined {
    return this.code;
  }

  /** The code if it is there; else `undefined`, and it starts loading. */
  get value(): T | undefined {
    if (!this.code) this.preload();
    return this.code;
  }

  /** Starts loading, without waiting for it (pointer over or focus on the switch that shows the view). */
  readonly preload = (): void => {
    if (this.failed) return;
    this.loading ??= this.load().then(
      (code) => {
        this.code = code;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        console.error('konzept-kit: the code of a view did not load', error);
        this.host.requestUpdate();
      },
    );
  };

  /** For the host's `getUpdateComplete`: the update, and once more when code asked for meanwhile has arrived. */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.loading && !this.code) {
      await this.loading;
      if (!this.code) break;
      done = await update();
    }
    return done;
  }
}

/**
 * Adds styles that came with code loaded on demand to the element's own, once each (`added` holds
 * those added so far): a view's styles load with the view.
 */
export function addStyles(host: ReactiveElement, added: Set<CSSResult>, styles: readonly CSSResult[]): void {
  if (!(host.renderRoot instanceof ShadowRoot) || styles.every((s) => added.has(s))) return;
  for (const s of styles) added.add(s);
  adoptStyles(host.renderRoot, [...(host.constructor as typeof ReactiveElement).elementStyles, ...added]);
}
