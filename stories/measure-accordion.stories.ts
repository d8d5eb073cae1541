/**
 * `<measure-accordion>` in every view and state: all measures of Konstanz closed and open, council
 * papers and participation, the filters (status, field, kind, search, nothing found), Lörrach's own
 * terms, Landshut's guidelines without measures, heading levels, pages of headers, about 2,000
 * measures, an empty concept, no source, loading, a missing file, an invalid export, English, and
 * the three themes.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { conceptStory, controls, type ElementArgs, emptyConcept, largeConcept, LOADING, MOCK, MOCKED, sampleUrl, settled, storyElement } from './support.js';

interface Args extends ElementArgs {
  status?: string;
  field?: string;
  kind?: '' | 'action' | 'crossCutting';
  query?: string;
  'heading-level'?: number;
  listen?: boolean;
  'update-url'?: boolean;
  'page-size'?: number;
  'anchor-prefix'?: string;
  /** Not an attribute: measures open at first (the `openIds` property). */
  open?: string[];
  onKonzeptFilterChange?: (event: Event) => void;
  onKonzeptToggle?: (event: Event) => void;
}

const meta = {
  title: 'Elemente/measure-accordion',
  component: 'measure-accordion',
  args: { src: sampleUrl('konstanz-1.0'), status: '', field: '', kind: '', query: '', 'heading-level': 2, 'page-size': 200, listen: false },
  argTypes: {
    kind: { control: 'inline-radio', options: ['', 'action', 'crossCutting'] },
    'heading-level': controls.number(1, 4),
    'page-size': controls.number(10, 1000, 10),
    listen: { control: 'boolean' },
    'update-url': { control: false },
    lang: controls.lang,
    ...controls.text('src', 'status', 'field', 'query', 'anchor-prefix', 'label'),
    open: { control: 'object', table: { category: 'story' } },
  },
  render: ({ open, 'update-url': _updateUrl, ...args }, { loaded }) =>
    storyElement('measure-accordion', args, { concept: loaded?.concept, openIds: new Set(open ?? []) }),
  play: settled,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The 193 measures of Konstanz in 11 fields, grouped by kind with each field's goal; every box closed. */
export const AllMeasures: Story = {};

/** Two boxes open: status with its history, lead, partners, target groups, time frame and indicators. */
export const OpenMeasures: Story = { args: { field: 'sprache', open: ['spr-1-1', 'spr-1-2'] } };

/** Konstanz 2.0: a measure with its council paper and the participation behind it. */
export const CouncilPapersAndParticipation: Story = { args: { src: sampleUrl('konstanz-2.0'), field: 'sprache', open: ['spr-7-3', 'spr-1-1'] } };

/** Only the measures rated red (`status="red"`). */
export const FilteredByStatus: Story = { args: { status: 'red' } };

/** One field (`field="sprache"`). */
export const FilteredByField: Story = { args: { field: 'sprache' } };

/** Only cross-cutting themes (`kind="crossCutting"`). */
export const FilteredByKind: Story = { args: { kind: 'crossCutting' } };

/** A search that ignores case and umlaut spelling: "aerzte" finds "Ärzte". */
export const Search: Story = { args: { query: 'aerzte' } };

/** Nothing matches: the element says so and offers to reset the filter. */
export const NothingFound: Story = { args: { query: 'Raumfahrt' } };

/** In English. */
export const English: Story = { args: { lang: 'en', field: 'sprache', open: ['spr-1-1'] } };

/** Lörrach's own terms ("Projekte", "Themenfelder", "Teilziele") and five-step scale. */
export const OwnTermsLoerrach: Story = { args: { src: sampleUrl('loerrach') } };

/** Landshut's draft: guidelines and goals, no measures yet. */
export const WithoutMeasuresLandshut: Story = { args: { src: sampleUrl('landshut') } };

/** Under an `<h2>` of the page: fields as `<h3>` (`heading-level="3"`). */
export const HeadingLevel3: Story = { args: { 'heading-level': 3, kind: 'action' } };

/** Headers in pages of 20 with a "show more" button (`page-size="20"`). */
export const Paged: Story = { args: { 'page-size': 20 } };

/** About 2,000 measures (the Konstanz sample eleven times); headers come in pages of 200. */
export const LargeConcept: Story = conceptStory<Args>(() => largeConcept());

/** A concept without any fields. */
export const Empty: Story = conceptStory<Args>(emptyConcept);

/** No `src`, no `concept`, no provider around it. */
export const NoSource: Story = { args: { src: '' } };

/** While the export is on its way (this story's address never answers). */
export const Loading: Story = { args: { src: MOCK.slow }, tags: ['state-loading'], ...LOADING };

/** The export's address is wrong (HTTP 404). */
export const NotFound: Story = { args: { src: MOCK.missing }, tags: ['expect-console-error'], ...MOCKED };

/** The file is JSON, but not a concept export. */
export const InvalidExport: Story = { args: { src: MOCK.invalid }, tags: ['expect-console-error'], ...MOCKED };

/** Konstanz colours (packages/components/themes/konstanz.css). */
export const ThemeKonstanz: Story = { args: { field: 'sprache', open: ['spr-1-1'] }, globals: { theme: 'konstanz' } };

/** Lörrach colours with the district's own scale. */
export const ThemeLoerrach: Story = { args: { src: sampleUrl('loerrach'), kind: 'action' }, globals: { theme: 'loerrach' } };

/** Landshut colours, Landshut's guidelines. */
export const ThemeLandshut: Story = { args: { src: sampleUrl('landshut') }, globals: { theme: 'landshut' } };
