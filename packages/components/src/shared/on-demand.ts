/**
 * The code of a view an element does not show first (the diff's synopsis and status mode, the
 * chart's fields and history): a page that never shows it never loads it. It loads when the element
 * needs it (an attribute asks for it, the reader switches), or before that when the reader is about
 * to switch (pointer over or focus on the switch: `preload`); the host renders again when it is there.
 *
 * `await element.updateComplete` waits for code that was asked for (`settle`): tests and pages that
 * set `view` and await the update see the new view, as before.
 */
import type { ReactiveControllerHost } from 'lit';

export class OnDemand<T> {
  private code?: T;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {}

  /** The code if it is there; else `undefined`, and it starts loading. */
  get value(): T | undefined {
    if (!this.code) this.preload();
    return this.code;
  }

  /** Starts loading, without waiting for it (pointer over or focus on the switch that shows the view). */
  readonly preload = (): void => {
    this.loading ??= this.load().then(
      (code) => {
        this.code = code;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // A missing file (an incomplete upload): the next render that needs it tries again.
        this.loading = undefined;
        console.error('konzept-kit: the code of a view did not load', error);
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
