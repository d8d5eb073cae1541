/** The status mode's groups and changes: added to the element's styles when the mode's code loads (version-diff.ts). */
import { css } from 'lit';

export const statusStyles = css`
  .group {
    --_kind: var(--_unchanged);
  }
  .group__heading {
    align-items: center;
  }
  .group__heading .status-icon {
    color: var(--_status-color, currentColor);
    width: 1.1em;
    height: 1.1em;
  }
  .change__title--status {
    font-weight: 600;
  }
  .status-change {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
`;
