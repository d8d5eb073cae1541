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

  /** What the page tells, by event. */
  private readonly listeners: Record<string, () => void> = {
    hashchange: () => {
      this.fragment = location.hash;
      this.host.requestUpdate();
    },
    beforeprint: () => {
      this.printing = true;
      this.host.requestUpdate();
      this.renderNow();
    },
    afterprint: () => {
      this.printing = false;
      this.host.requestUpdate();
    },
  };

  hostConnected(): void {
    for (const [type, listener] of Object.entries(this.listeners)) addEventListener(type, listener);
    if (location.hash) this.fragment = location.hash;
  }

  hostDisconnected(): void {
    for (const [type, listener] of Object.entries(this.listeners)) removeEventListener(type, listener);
  }
}
