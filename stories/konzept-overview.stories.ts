/**
 * `<konzept-overview>`: Konstanz's details and participation per field, Landshut's integration
 * report, Lörrach, English, and one part only.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { sampleUrl } from './support.js';

interface Args {
  src?: string;
  parts?: string;
  'heading-level'?: number;
  lang?: string;
}

const meta = {
  title: 'Elemente/konzept-overview',
  component: 'konzept-overview',
  args: { src: sampleUrl('konstanz-1.0') },
  render: (args) =>
    html`<konzept-overview src=${ifDefined(args.src)} parts=${ifDefined(args.parts)} heading-level=${ifDefined(args['heading-level'])} lang=${ifDefined(args.lang)}></konzept-overview>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Konstanz 1.0: summary, adoption, the council papers, the sample-data note and participation per field. */
export const Konstanz: Story = {};
/** Landshut: guidelines and goals, and the integration report that evaluates three measures in words. */
export const LandshutIntegrationReport: Story = { args: { src: sampleUrl('landshut') } };
/** Landshut in English. */
export const English: Story = { args: { src: sampleUrl('landshut'), lang: 'en' } };
/** Lörrach: its moderated process as participation. */
export const Loerrach: Story = { args: { src: sampleUrl('loerrach') } };
/** Only the report, headings starting at h3. */
export const ReportOnly: Story = { args: { src: sampleUrl('landshut'), parts: 'reports', 'heading-level': 3 } };
