/// <reference types="vite/client" />
/**
 * `<konzept-workbench>`, the editors' workbench (werkstatt.html in the release), in each state an
 * editor meets: nothing chosen yet, a good spreadsheet with its warning, a good export with the
 * preview, download and snippets, a previous version for the comparison, a broken spreadsheet, a
 * JSON export with a syntax error, and English. Each story chooses its file in `play`, as the file
 * input does; nothing is sent anywhere.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defineKonzeptWorkbench } from '../packages/components/src/konzept-workbench/define.js';
import { KonzeptWorkbench } from '../packages/components/src/konzept-workbench/konzept-workbench.js';
import konstanzTheme from '../packages/components/themes/konstanz.css?raw';
import loerrachTheme from '../packages/components/themes/loerrach.css?raw';
import landshutTheme from '../packages/components/themes/landshut.css?raw';
import { sampleJson } from './support.js';

KonzeptWorkbench.themes = [
  { id: 'konstanz', label: 'Konstanz', css: konstanzTheme },
  { id: 'landshut', label: 'Landshut', css: landshutTheme },
  { id: 'loerrach', label: 'Lörrach', css: loerrachTheme },
];
defineKonzeptWorkbench();

interface Args {
  lang?: string;
  folder?: string;
}

const GOOD_CSV = 'Handlungsfeld;Unterziel;Maßnahme;Status\r\nSprache;Sprachkurse;Sprachcafé;grün\r\n;;Elternkurs;gelb\r\nArbeit;Ausbildung;Jobmesse;rot\r\n';
const BROKEN_CSV = 'Handlungsfeld;Unterziel;Maßnahme;Status\r\nSprache;Sprachkurse;Sprachcafé;grün\r\n;;Elternkurs;blau\r\n;;;rot\r\n';

type Chooser = (el: KonzeptWorkbench) => Promise<void>;

/** Chooses a file as the editor would, then waits until the workbench shows its verdict. */
const choosing = (choose: Chooser) => ({
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('konzept-workbench')!;
    await el.updateComplete;
    await choose(el);
    await el.updateComplete;
  },
});

const exportFile = async (name: 'konstanz-1.0' | 'konstanz-2.0') =>
  new File([JSON.stringify(await sampleJson(name))], `${name}.json`, { type: 'application/json' });

const meta = {
  title: 'Werkstatt/konzept-workbench',
  component: 'konzept-workbench',
  args: { folder: '/fileadmin/integration/' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'de', 'en'] }, folder: { control: 'text' } },
  render: (args) => html`<konzept-workbench lang=${args.lang || 'de'} folder=${args.folder ?? '/fileadmin/integration/'}></konzept-workbench>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Nothing chosen yet: what to choose, and that nothing is sent. */
export const Empty: Story = {};

/** A good export: the verdict, the preview of the three elements, the download and both snippets. */
export const GoodExport: Story = choosing(async (el) => el.open(await exportFile('konstanz-1.0')));

/** A good spreadsheet without ids: in order, with a warning that the ids come from the order. */
export const GoodSheet: Story = choosing(async (el) => {
  const name = el.shadowRoot!.querySelector<HTMLInputElement>('#municipality')!;
  name.value = 'Landkreis Musterstadt';
  name.dispatchEvent(new Event('input'));
  await el.open(new File([GOOD_CSV], 'ampeldokument.csv', { type: 'text/csv' }));
});

/** Version 2.0 with 1.0 as the previous version: the preview adds the version comparison. */
export const WithPreviousVersion: Story = choosing(async (el) => {
  await el.open(await exportFile('konstanz-2.0'));
  await el.openPrevious(await exportFile('konstanz-1.0'));
});

/** A broken spreadsheet: every problem at once, grouped, with row, column and what to do. */
export const BrokenSheet: Story = choosing((el) => el.open(new File([BROKEN_CSV], 'ampeldokument.csv', { type: 'text/csv' })));

/** A JSON export with a syntax error: line and column in plain words. */
export const BrokenJson: Story = choosing((el) => el.open(new File(['{\n  "formatVersion": 1,\n  "title": "x",,\n}'], 'export.json')));

/** In English. */
export const English: Story = { args: { lang: 'en' }, ...choosing((el) => el.open(new File([BROKEN_CSV], 'ampeldokument.csv'))) };
