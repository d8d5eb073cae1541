/**
 * `<ampel-chart>` in every view and state: the three views on the Konstanz sample, Lörrach's own
 * five-step scale, Landshut without measures, an empty concept, no source, loading, a missing file,
 * an invalid export, a concept with about 2,000 measures, English, and the three themes.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { conceptStory, controls, type ElementArgs, emptyConcept, largeConcept, LOADING, MOCK, MOCKED, sampleUrl, settled, storyElement } from './support.js';

interface Args extends ElementArgs {
  view?: 'overview' | 'fields' | 'progress';
  sort?: 'document' | 'done';
  onKonzeptSelect?: (event: Event) => void;
}

const meta = {
  title: 'Elemente/ampel-chart',
  component: 'ampel-chart',
  args: { src: sampleUrl('konstanz-1.0'), view: 'overview', sort: 'document', label: '' },
  argTypes: {
    view: { control: 'inline-radio', options: ['overview', 'fields', 'progress'] },
    sort: { control: 'inline-radio', options: ['document', 'done'] },
    lang: controls.lang,
    ...controls.text('src', 'label'),
  },
  render: (args, { loaded }) => storyElement('ampel-chart', args, { concept: loaded?.concept }),
  play: settled,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The overall distribution of the Konstanz sample (193 measures): 73 % done. Click a segment to choose it. */
export const Overview: Story = {};

/** One stacked bar per field, grouped into fields of action and cross-cutting themes. */
export const Fields: Story = { args: { view: 'fields' } };

/** Fields sorted by share done, largest first. */
export const FieldsSortedByDone: Story = { args: { view: 'fields', sort: 'done' } };

/** How the picture changed across the four reports, and what changed since the last one. */
export const Progress: Story = { args: { view: 'progress' } };

/** The same in English (`lang="en"` on the element or any ancestor). */
export const English: Story = { args: { view: 'fields', lang: 'en' } };

/** Lörrach's own five-step scale (abgeschlossen, läuft, geplant …) and its own terms ("Projekte", "Themenfelder"). */
export const OwnScaleLoerrach: Story = { args: { src: sampleUrl('loerrach'), view: 'fields' } };

/** Konstanz 2.0: new measures not rated yet are shown, but are no choice. */
export const UnratedMeasures: Story = { args: { src: sampleUrl('konstanz-2.0') } };

/** Landshut's draft has guidelines and goals but no measures yet: the chart says so in Landshut's own words. */
export const WithoutMeasuresLandshut: Story = { args: { src: sampleUrl('landshut'), view: 'fields' } };

/** A concept without any fields. */
export const Empty: Story = conceptStory<Args>(emptyConcept);

/** No `src`, no `concept`, no provider around it. */
export const NoSource: Story = { args: { src: '' } };

/** While the export is on its way (this story's address never answers). */
export const Loading: Story = { args: { src: MOCK.slow }, tags: ['state-loading'], ...LOADING };

/** The export's address is wrong (HTTP 404): a short message for the reader; details in the console and the `konzept-error` event. */
export const NotFound: Story = { args: { src: MOCK.missing }, tags: ['expect-console-error'], ...MOCKED };

/** The file is JSON, but not a concept export. */
export const InvalidExport: Story = { args: { src: MOCK.invalid }, tags: ['expect-console-error'], ...MOCKED };

/** About 2,000 measures (the Konstanz sample eleven times), fields view. */
export const LargeConcept: Story = conceptStory<Args>(() => largeConcept(), { view: 'fields' });

/** Konstanz colours (packages/components/themes/konstanz.css). */
export const ThemeKonstanz: Story = { args: { view: 'fields' }, globals: { theme: 'konstanz' } };

/** Lörrach colours, with the district's own scale. */
export const ThemeLoerrach: Story = { args: { src: sampleUrl('loerrach') }, globals: { theme: 'loerrach' } };

/** Landshut colours, progress view of Konstanz for the bars. */
export const ThemeLandshut: Story = { args: { view: 'progress' }, globals: { theme: 'landshut' } };
