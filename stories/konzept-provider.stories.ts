/**
 * `<konzept-provider>` loads one export for several elements: a choice in the chart filters the
 * accordion beside it, the version comparison takes the provider's export as the newer version.
 * Also: loading and a missing file, shown by every element inside.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controls, type EventArgs, LOADING, MOCK, MOCKED, sampleUrl, settled, storyElement } from './support.js';

interface Args extends EventArgs {
  src?: string;
  lang?: string;
  onKonzeptFilterChange?: (event: Event) => void;
}

const meta = {
  title: 'Elemente/konzept-provider',
  component: 'konzept-provider',
  args: { src: sampleUrl('konstanz-1.0') },
  argTypes: {
    src: { control: 'text' },
    lang: controls.lang,
  },
  render: (args) =>
    storyElement(
      'konzept-provider',
      args,
      {},
      html`<ampel-chart view="fields"></ampel-chart>
        <measure-accordion heading-level="3" page-size="40"></measure-accordion>`,
    ),
  play: settled,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Chart and accordion share one export and one filter: choose a field or a colour in the chart, the accordion follows. */
export const ChartAndAccordion: Story = {};

/** The whole page of an integration concept: chart, measures and what changed since version 1.0. */
export const WholePage: Story = {
  args: { src: sampleUrl('konstanz-2.0') },
  render: (args) => html`<konzept-provider src=${ifDefined(args.src || undefined)} lang=${ifDefined(args.lang || undefined)}>
    <ampel-chart></ampel-chart>
    <measure-accordion heading-level="3" page-size="40"></measure-accordion>
    <version-diff from=${sampleUrl('konstanz-1.0')} heading-level="3" kinds="removed"></version-diff>
  </konzept-provider>`,
};

/** Lörrach in English: the district's own terms and scale in every element. */
export const EnglishLoerrach: Story = { args: { src: sampleUrl('loerrach'), lang: 'en' } };

/** While the export is on its way, every element inside says so (this story's address never answers). */
export const Loading: Story = { args: { src: MOCK.slow }, tags: ['state-loading'], ...LOADING };

/** The export's address is wrong: every element inside shows the message. */
export const NotFound: Story = { args: { src: MOCK.missing }, tags: ['expect-console-error'], ...MOCKED };
