/** What structure-view.ts renders: added to the element's styles when its code loads (version-diff.ts). */
import { css } from 'lit';

export const structureStyles = css`
  .summary__note {
    color: var(--_muted);
  }
  .notice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin-block: 0.75em 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_removed);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .notice__icon {
    flex: none;
    margin-block-start: 0.2em;
    color: var(--_removed);
  }
  .change__level {
    display: block;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }
  .badge--match {
    --_kind: var(--_border);
    border-style: dashed;
    color: var(--_muted);
  }
`;
