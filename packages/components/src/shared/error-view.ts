/**
 * The one error view of every element. For readers: a title (what failed), why in one sentence, and
 * the data as a file (the element's own fallback content, such as the link inside it, else a link to
 * the address). For the editor, behind a disclosure readers can ignore: the loader's full sentence (a
 * JSON syntax error with its line and column) and the first problems, each with the title of the
 * measure it is in, and where to check the file. Its code and German words load when a load fails
 * (concept-source.ts): a reader of a valid export never downloads them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadError } from '@konzept-kit/sdk';
import { GIVEN } from './concept-task.js';
import type { KonzeptElement } from './konzept-element.js';
// Its words: German, and English, which stands behind every other language (the view loads only for an error, so both come along).
import './error-view.i18n.js';
import './error-view.i18n.en.js';

export function renderError(host: KonzeptElement, title: string, error: LoadError | undefined): TemplateResult {
  const kind = error?.kind ?? 'network';
  const url = error?.url && error.url !== GIVEN ? error.url : undefined;
  return html`<div class="state state--error" part="state error" role="alert" dir=${host.direction}>
      <div>
        <p><strong>${title}</strong></p>
        <p>${host.t(`state.${kind}`, { status: error?.status ?? '' })}</p>
        ${
          url
            ? html`<p class="state__fallback">
              <slot><a href=${url}>${host.t('state.download')}</a></slot>
            </p>`
            : nothing
        }
        ${error ? renderDetails(host, error, url) : nothing}
      </div>
    </div>`;
}

function renderDetails(host: KonzeptElement, error: LoadError, url: string | undefined): TemplateResult {
  const lang = host.uiLanguage.startsWith('de') ? 'de' : 'en';
  const shown = error.issues.slice(0, 5);
  const more = error.issues.length - shown.length;
  return html`<details class="state__details">
      <summary>${host.t('state.details')}</summary>
      <p>${error.text[lang]}</p>
      ${
        shown.length
          ? html`<ul>
            ${shown.map((issue, i) => {
              const title = error.titles[i];
              const where = title ? host.t('state.problemIn', { title }) : issue.at && issue.at !== '(root)' ? `${issue.at}: ` : '';
              return html`<li><bdi>${where}</bdi>${issue.message[lang]}</li>`;
            })}
          </ul>`
          : nothing
      }
      ${more > 0 ? html`<p>${host.t('state.moreProblems', { count: host.formatNumber(more) })}</p>` : nothing}
      ${url ? html`<p class="state__detail">${host.t('state.source', { src: url })}</p>` : nothing}
      <p>${host.t('state.checkInWorkbench')}</p>
    </details>`;
}
