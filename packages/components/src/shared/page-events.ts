/**
 * What the page tells an element that shows many items in pages (the accordion,
 * the version diff): the fragment of the address to follow (a deep link, on load and on
 * `hashchange`) and printing (`beforeprint` to `afterprint`), during which the element renders
 * everything a printout needs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PageEvents implements ReactiveController {
  /** True between `beforeprint` and `afterprint`. */
  printing = false;
  /** The fragment still to follow; the element clears it once it has. */
  fragment: string | undefined;

  /** `renderNow` renders at once (the host's `performUpdate`). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  private readonly onHashChange = (): void => {
    this.fragment = location.hash;
    this.host.requestUpdate();
  };

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.host.requestUpdate();
    // Print layout starts right after this event: render now, not in a microtask.
    this.renderNow();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (location.hash) this.fragment = location.hash;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }
}
