/** What rare-parts.ts renders: added to the element's styles when its code loads (measure-accordion.ts). */
import { css } from 'lit';

export const rareStyles = css`
  .copy__manual {
    display: grid;
    gap: 0.25em;
    flex-basis: 100%;
  }
  .guidelines {
    display: grid;
    gap: 0.75em;
  }
  .guideline-heading {
    margin: 0;
    font-size: 1.05em;
  }
  .objectives {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.5em;
  }
  .objective-title {
    font-weight: 600;
  }
`;
