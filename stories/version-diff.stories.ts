/**
 * `<version-diff>` in every view and state: Konstanz 1.0 → 2.0 with its filters, pairs found by
 * text, identical versions, the status mode between two reports, a missing side, loading, a missing
 * file, an invalid export, two versions with about 2,000 measures each (one field, and all of them
 * in pages of 200), English, and the three themes.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controls, type ElementArgs, largeConcept, LOADING, MOCK, MOCKED, sampleUrl, settled, storyElement } from './support.js';

interface Args extends ElementArgs {
  from?: string;
  to?: string;
  mode?: 'versions' | 'status';
  'from-evaluation'?: string;
  'to-evaluation'?: string;
  match?: 'auto' | 'id' | 'text';
  'match-threshold'?: number;
  kinds?: string;
  'show-unchanged'?: boolean;
  field?: string;
  'heading-level'?: number;
  'page-size'?: number;
  'anchor-prefix'?: string;
}

const meta = {
  title: 'Elemente/version-diff',
  component: 'version-diff',
  args: {
    from: sampleUrl('konstanz-1.0'),
    to: sampleUrl('konstanz-2.0'),
    mode: 'versions',
    match: 'auto',
    kinds: '',
    'show-unchanged': false,
    field: '',
    'heading-level': 2,
    'page-size': 200,
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['versions', 'status'] },
    match: { control: 'inline-radio', options: ['auto', 'id', 'text'] },
    'match-threshold': controls.number(0, 1, 0.05),
    'heading-level': controls.number(1, 4),
    'page-size': controls.number(10, 1000, 10),
    'show-unchanged': { control: 'boolean' },
    lang: controls.lang,
    ...controls.text('from', 'to', 'src', 'kinds', 'field', 'from-evaluation', 'to-evaluation', 'anchor-prefix', 'label'),
  },
  render: (args, { loaded }) => storyElement('version-diff', args, { fromConcept: loaded?.from, toConcept: loaded?.to }),
  play: settled,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Konstanz 1.0 → 2.0: 24 measures adapted, 21 deleted, 22 new, grouped by field, each with a deep link. */
export const Versions: Story = {};

/** The same in English. */
export const English: Story = { args: { lang: 'en' } };

/** Only what was deleted (`kinds="removed"`) in one field (`field="arbeit"`); readers can change both. */
export const OnlyRemoved: Story = { args: { kinds: 'removed', field: 'arbeit' } };

/** With the unchanged measures (`show-unchanged`). */
export const WithUnchanged: Story = { args: { 'show-unchanged': true, field: 'sprache' } };

/** One field only (`field="sprache"`). */
export const OneField: Story = { args: { field: 'sprache' } };

/** Pairs found by text alone (`match="text"`), as for exports without shared ids: each pair says so. */
export const MatchedByText: Story = { args: { match: 'text', kinds: 'changed' } };

/** Two identical versions: "keine Änderungen". */
export const IdenticalVersions: Story = { args: { to: sampleUrl('konstanz-1.0') } };

/** `mode="status"`: which measures changed their status since the last report, grouped by the new status. */
export const StatusMode: Story = { args: { mode: 'status', from: '', to: '', src: sampleUrl('konstanz-2.0') } };

/** Status mode between two chosen reports (2019 → 2025). */
export const StatusModeChosenReports: Story = {
  args: { mode: 'status', from: '', to: '', src: sampleUrl('konstanz-2.0'), 'from-evaluation': 'eval-2019-10', 'to-evaluation': 'eval-2025-03' },
};

/** Status mode in English. */
export const StatusModeEnglish: Story = { args: { mode: 'status', from: '', to: '', src: sampleUrl('konstanz-1.0'), lang: 'en' } };

/** Lörrach has one report only: nothing to compare yet. */
export const StatusModeOneReport: Story = { args: { mode: 'status', from: '', to: '', src: sampleUrl('loerrach') } };

/** The newer version is given, the older one is missing: the element asks for it. */
export const MissingOlderVersion: Story = { args: { from: '' } };

/** No source at all. */
export const NoSource: Story = { args: { from: '', to: '' } };

/** While the older version is on its way (this story's address never answers). */
export const Loading: Story = { args: { from: MOCK.slow }, tags: ['state-loading'], ...LOADING };

/** The older version's address is wrong (HTTP 404): the message says which side failed. */
export const NotFound: Story = { args: { from: MOCK.missing }, tags: ['expect-console-error'], ...MOCKED };

/** The newer file is JSON, but not a concept export. */
export const InvalidExport: Story = { args: { to: MOCK.invalid }, tags: ['expect-console-error'], ...MOCKED };

/** Two versions with about 2,000 measures each (the Konstanz samples eleven times), one field shown. */
export const LargeConcepts: Story = {
  args: { from: '', to: '', field: 'sprache' },
  loaders: [async () => ({ from: await largeConcept('konstanz-1.0'), to: await largeConcept('konstanz-2.0') })],
};

/** The same versions in every field: about 770 changes, the first 200 rendered, then "Weitere anzeigen" (`page-size`). */
export const ManyChanges: Story = {
  args: { from: '', to: '' },
  loaders: [async () => ({ from: await largeConcept('konstanz-1.0'), to: await largeConcept('konstanz-2.0') })],
};

/** Konstanz colours (packages/components/themes/konstanz.css). */
export const ThemeKonstanz: Story = { globals: { theme: 'konstanz' } };

/** Lörrach colours, status mode. */
export const ThemeLoerrach: Story = {
  args: { mode: 'status', from: '', to: '', src: sampleUrl('konstanz-2.0') },
  globals: { theme: 'loerrach' },
};

/** Landshut colours. */
export const ThemeLandshut: Story = { args: { kinds: 'changed' }, globals: { theme: 'landshut' } };
