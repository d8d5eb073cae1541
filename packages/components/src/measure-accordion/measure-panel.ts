/**
 * The inside of one open info box: everything the export says about a measure, as a description
 * list. Every value comes from the SDK (progress, history, participation); this file only words
 * and lays it out. Export text is rendered as text; links pass `isSafeUrl` again here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../shared/css-props.js';
import {
  indicatorProgress,
  isSafeUrl,
  participationFor,
  statusHistory,
  type Concept,
  type CouncilPaper,
  type Indicator,
  type Measure,
  type Text,
} from '@konzept-kit/sdk';
import type { KonzeptElement } from '../shared/konzept-element.js';
import type { StatusLook } from '../shared/status.js';
import { renderStatus } from '../shared/status-label.js';
import { partList } from '../shared/in-parts.js';

/** What the render functions need from the element: words, formats and the municipality's terms. */
export type RenderHost = Pick<
  KonzeptElement,
  | 't'
  | 'tHtml'
  | 'text'
  | 'isolated'
  | 'formatDate'
  | 'formatNumber'
  | 'formatPercent'
  | 'renderText'
  | 'fallbackLang'
  | 'term'
  | 'renderTerm'
  | 'termInline'
  | 'termCount'
  | 'language'
  | 'uiLanguage'
  | 'requestUpdate'
>;

/** A link from the export, or plain text when its address is not one a reader may safely follow. */
function safeLink(url: string | undefined, content: unknown): TemplateResult | unknown {
  return url && isSafeUrl(url) ? html`<a href=${url} rel="noopener noreferrer">${content}</a>` : content;
}

function item(label: unknown, content: unknown): TemplateResult {
  return html`<div class="detail"><dt>${label}</dt><dd>${content}</dd></div>`;
}

function textList(host: RenderHost, concept: Concept, values: readonly Text[]): TemplateResult {
  return partList(host, values, (v) => html`<li>${host.renderText(concept, v)}</li>`);
}

function formatValue(host: RenderHost, concept: Concept, value: number, unit: Text | undefined): TemplateResult {
  return html`${host.formatNumber(value)}${unit ? html` ${host.renderText(concept, unit)}` : nothing}`;
}

export function renderIndicators(host: RenderHost, concept: Concept, indicators: readonly Indicator[]): TemplateResult {
  return partList(
    host,
    indicators,
    (indicator) => {
      const progress = indicatorProgress(indicator);
      const values = [
        indicator.baseline !== undefined ? ['baseline', indicator.baseline] : undefined,
        indicator.target !== undefined ? ['target', indicator.target] : undefined,
        indicator.current !== undefined ? ['current', indicator.current] : undefined,
      ].filter((v): v is ['baseline' | 'target' | 'current', number] => v !== undefined);
      return html`<li class="indicator" part="indicator">
        <span class="indicator__title">${host.renderText(concept, indicator.title)}</span>
        ${
          progress
            ? html`<span class="bar" aria-hidden="true"
              ><span class="bar__fill ${progress.reached ? 'bar__fill--reached' : ''}" style=${cssProps({ '--_share': String(progress.share) })}></span
            ></span>`
            : nothing
        }
        <span class="indicator__values">
          ${values.map(([key, value], i) => html`${i ? ' · ' : ''}${host.t(`accordion.${key}`)}: ${formatValue(host, concept, value, indicator.unit)}`)}
          ${
            progress
              ? html` · <strong>${host.t(progress.reached ? 'accordion.reached' : 'accordion.progress', { percent: host.formatPercent(progress.percent) })}</strong>`
              : nothing
          }
          ${indicator.date ? html` (${host.t('accordion.statusAsOf', { date: host.formatDate(indicator.date) })})` : nothing}
        </span>
        ${indicator.note ? html`<span class="indicator__note">${host.renderText(concept, indicator.note)}</span>` : nothing}
      </li>`;
    },
    'indicators',
  );
}

function renderPaper(host: RenderHost, concept: Concept, paper: CouncilPaper): TemplateResult {
  const facts = [
    paper.date ? host.formatDate(paper.date) : undefined,
    paper.body ? host.renderText(concept, paper.body) : undefined,
    paper.session ? host.t(paper.session === 'public' ? 'accordion.public' : 'accordion.nonPublic') : undefined,
  ].filter((f) => f !== undefined);
  const name = host.t('accordion.paper', { number: paper.number });
  return html`<li>
    ${safeLink(paper.url ?? paper.oparlPaper, name)}${paper.title ? html`: ${host.renderText(concept, paper.title)}` : nothing}
    ${facts.length ? html`<span class="muted">(${facts.map((f, i) => html`${i ? ', ' : ''}${f}`)})</span>` : nothing}
  </li>`;
}

function renderTimeframe(host: RenderHost, concept: Concept, measure: Measure): unknown {
  const tf = measure.timeframe;
  if (!tf) return undefined;
  const start = tf.start ? host.formatDate(tf.start) : undefined;
  const end = tf.end ? host.formatDate(tf.end) : undefined;
  const range =
    start && end ? host.t('accordion.fromTo', { start, end }) : start ? host.t('accordion.from', { start }) : end ? host.t('accordion.until', { end }) : '';
  if (!range && !tf.text) return undefined;
  return html`${range}${range && tf.text ? ' · ' : ''}${tf.text ? host.renderText(concept, tf.text) : nothing}`;
}

/** The description list of a measure's details (without the status, which the panel heads with). */
export function renderDetails(host: RenderHost, concept: Concept, measure: Measure, looks: ReadonlyMap<string, StatusLook>): TemplateResult {
  const history = statusHistory(concept, measure);
  const participation = participationFor(concept, measure);
  const timeframe = renderTimeframe(host, concept, measure);
  const lead = measure.lead;
  return html`<dl class="details">
    ${measure.description ? item(host.t('accordion.description'), html`<span class="prose">${host.renderText(concept, measure.description)}</span>`) : nothing}
    ${
      lead
        ? item(
            host.renderTerm(concept, 'lead'),
            html`${safeLink(lead.url, host.renderText(concept, lead.unit))}${
              lead.contact ? html`<br /><span class="muted">${host.t('accordion.contact')}: ${host.renderText(concept, lead.contact)}</span>` : nothing
            }`,
          )
        : nothing
    }
    ${measure.partners.length ? item(host.renderTerm(concept, 'partners', true), textList(host, concept, measure.partners)) : nothing}
    ${measure.targetGroups.length ? item(host.t('accordion.targetGroups'), textList(host, concept, measure.targetGroups)) : nothing}
    ${timeframe ? item(host.t('accordion.timeframe'), timeframe) : nothing}
    ${measure.indicators.length ? item(host.t('accordion.indicators'), renderIndicators(host, concept, measure.indicators)) : nothing}
    ${
      measure.councilPapers.length
        ? item(
            host.t('accordion.councilPapers'),
            partList(host, measure.councilPapers, (p) => renderPaper(host, concept, p)),
          )
        : nothing
    }
    ${
      measure.links.length
        ? item(
            host.t('accordion.links'),
            partList(
              host,
              measure.links,
              (l) => html`<li>${safeLink(l.url, l.title ? host.renderText(concept, l.title) : html`<span class="url">${l.url}</span>`)}</li>`,
            ),
          )
        : nothing
    }
    ${
      history.length > 1 || (history.length === 1 && history[0]!.evaluationId)
        ? item(
            host.t('accordion.history'),
            partList(
              host,
              history,
              (h) => html`<li>
                <span class="history__when"
                  >${h.date ? host.formatDate(h.date) : nothing}${h.evaluationTitle ? html` · ${host.renderText(concept, h.evaluationTitle)}` : nothing}</span
                >
                ${renderStatus(host, looks.get(h.status))}${h.current ? html` <span class="muted">(${host.t('accordion.currentStatus')})</span>` : nothing}
                ${h.note && !h.current ? html`<span class="history__note">${host.renderText(concept, h.note)}</span>` : nothing}
              </li>`,
              'history',
              'ol',
            ),
          )
        : nothing
    }
    ${
      participation.length
        ? item(
            host.t('accordion.participation'),
            partList(
              host,
              participation,
              (p) => html`<li class="participation">
                <span class="muted">${host.t(`accordion.participation.${p.kind}`)}:</span> ${host.renderText(concept, p.title)}
                ${
                  p.date
                    ? html`<span class="muted">(${p.dateTo ? host.t('accordion.fromTo', { start: host.formatDate(p.date), end: host.formatDate(p.dateTo) }) : host.formatDate(p.date)}${
                        p.participants !== undefined ? html`, ${host.t('accordion.participants', { count: host.formatNumber(p.participants) })}` : nothing
                      })</span>`
                    : nothing
                }
                ${p.statements.length ? partList(host, p.statements, (s) => html`<li>${host.renderText(concept, s)}</li>`, 'statements') : nothing}
              </li>`,
            ),
          )
        : nothing
    }
  </dl>`;
}
