/**
 * Where the accordion's filter comes from and where a reader's change goes: the element's own
 * filter (attributes, the `filter` property, a chart's `konzept-select` with `listen`) or, inside
 * a provider element, the provider's, which it follows and sets. A filter sent to the provider
 * counts at once, before it comes back through the context, so nothing flickers.
 */
import { isFilterEmpty, sameFilter, type MeasureFilter } from '@konzept-kit/sdk';
import type { KonzeptContextValue } from '../shared/context.js';

export class FilterSource {
  /** The own filter last taken into account (to tell a new one from the provider's). */
  private appliedOwn?: MeasureFilter;
  /** A filter sent to the provider that has not come back through the context yet. */
  private awaiting?: MeasureFilter;
  private seenContextFilter?: MeasureFilter;
  private inProvider = false;

  constructor(
    private readonly host: { filter: MeasureFilter },
    private readonly context: () => KonzeptContextValue | undefined,
  ) {}

  /** The filter in effect: the provider's inside one, else the element's own. */
  get active(): MeasureFilter {
    const context = this.context();
    return context ? (this.awaiting ?? context.filter) : this.host.filter;
  }

  /**
   * Called before each render. A new own filter is passed to the provider; so is the first own
   * filter (from attributes) when the provider's is still empty.
   */
  sync(): void {
    const own = this.host.filter;
    const ownChanged = this.appliedOwn !== undefined && own !== this.appliedOwn;
    this.appliedOwn = own;
    const context = this.context();
    if (!context) {
      this.inProvider = false;
      this.awaiting = undefined;
      return;
    }
    if (context.filter !== this.seenContextFilter) {
      this.seenContextFilter = context.filter;
      this.awaiting = undefined;
    }
    const firstContact = !this.inProvider;
    this.inProvider = true;
    const push = ownChanged || (firstContact && !isFilterEmpty(own) && isFilterEmpty(context.filter));
    if (push && !sameFilter(own, context.filter)) this.send(context, own);
  }

  /** A filter chosen in the element: its own, and the provider's when there is one. */
  set(filter: MeasureFilter): void {
    this.host.filter = filter;
    this.appliedOwn = filter;
    const context = this.context();
    if (context) this.send(context, filter);
  }

  private send(context: KonzeptContextValue, filter: MeasureFilter): void {
    this.awaiting = filter;
    context.setFilter(filter);
  }
}
