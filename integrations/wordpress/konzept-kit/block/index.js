/**
 * The block's editor side, written against WordPress' globals (wp.blocks, wp.element, …) so the
 * plugin needs no build step. The preview is the real elements, loaded by the same script as the
 * page, so an editor sees exactly what readers will see, including any problem of the export.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment, useState } = wp.element;
  const { InspectorControls, MediaPlaceholder, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
  const { Button, CheckboxControl, PanelBody, SelectControl, TextControl, Notice } = wp.components;
  const { __ } = wp.i18n;

  const JSON_TYPES = ['application/json'];
  const PARTS = [
    ['chart', __('Chart (traffic light)', 'konzept-kit')],
    ['measures', __('Measures', 'konzept-kit')],
    ['diff', __('Version comparison', 'konzept-kit')],
  ];
  const LANGUAGES = [
    ['', __('Language of the site', 'konzept-kit')],
    ['de', 'Deutsch'],
    ['en', 'English'],
    ['de-x-ls', 'Leichte Sprache'],
    ['tr', 'Türkçe'],
    ['ar', 'العربية'],
    ['uk', 'Українська'],
  ];

  /** A media-library choice or a typed address for one export. */
  function ExportChooser({ label, help, id, url, onChange }) {
    return h(
      Fragment,
      null,
      h(TextControl, {
        label,
        help,
        value: url,
        type: 'url',
        onChange: (value) => onChange({ id: 0, url: value }),
      }),
      h(
        MediaUploadCheck,
        null,
        h(MediaUpload, {
          allowedTypes: JSON_TYPES,
          value: id,
          onSelect: (media) => onChange({ id: media.id, url: media.url }),
          render: ({ open }) => h(Button, { variant: 'secondary', onClick: open }, __('Choose from media library', 'konzept-kit')),
        }),
      ),
    );
  }

  function Preview({ attributes }) {
    const { src, from, show, view, lang, headingLevel, label } = attributes;
    const common = lang ? { lang } : {};
    const children = [];
    if (show.includes('chart')) {
      children.push(
        h(
          'ampel-chart',
          { key: 'chart', ...common, ...(view ? { view } : {}), ...(label ? { label } : {}) },
          h('a', { href: src }, __('Integration concept (JSON file)', 'konzept-kit')),
        ),
      );
    }
    if (show.includes('measures')) children.push(h('measure-accordion', { key: 'measures', ...common, 'heading-level': String(headingLevel) }));
    if (show.includes('diff')) {
      children.push(h('version-diff', { key: 'diff', ...common, 'heading-level': String(headingLevel), ...(from ? { from } : { mode: 'status' }) }));
    }
    // A new provider when the address changes: the elements load the new file.
    return h('konzept-provider', { key: src, src }, children);
  }

  registerBlockType('konzept-kit/konzept', {
    edit({ attributes, setAttributes }) {
      const blockProps = useBlockProps({ className: 'konzept-kit' });
      const { id, src, fromId, from, show, view, lang, headingLevel, label } = attributes;
      // The upload's check (includes/upload.php) answers with what to fix: show it, do not swallow it.
      const [error, setError] = useState('');
      const choose = (media) => {
        setError('');
        setAttributes({ id: media.id || 0, src: media.url || '' });
      };

      const settings = h(
        InspectorControls,
        null,
        h(
          PanelBody,
          { title: __('Data', 'konzept-kit') },
          h(ExportChooser, {
            label: __('Export (JSON file)', 'konzept-kit'),
            help: __('The integration concept as exported by the workbench (werkstatt.html).', 'konzept-kit'),
            id,
            url: src,
            onChange: ({ id: next, url }) => setAttributes({ id: next, src: url }),
          }),
          show.includes('diff') &&
            h(ExportChooser, {
              label: __('Older version, for the comparison (optional)', 'konzept-kit'),
              help: __('Without an older version the comparison shows the change between the last two evaluations.', 'konzept-kit'),
              id: fromId,
              url: from,
              onChange: ({ id: next, url }) => setAttributes({ fromId: next, from: url }),
            }),
        ),
        h(
          PanelBody,
          { title: __('Display', 'konzept-kit') },
          PARTS.map(([part, text]) =>
            h(CheckboxControl, {
              key: part,
              label: text,
              checked: show.includes(part),
              onChange: (on) => setAttributes({ show: PARTS.map(([p]) => p).filter((p) => (p === part ? on : show.includes(p))) }),
            }),
          ),
          show.includes('chart') &&
            h(SelectControl, {
              label: __('Chart', 'konzept-kit'),
              value: view,
              options: [
                { value: '', label: __('Overview', 'konzept-kit') },
                { value: 'fields', label: __('By field of action', 'konzept-kit') },
              ],
              onChange: (value) => setAttributes({ view: value }),
            }),
          h(SelectControl, {
            label: __('Language', 'konzept-kit'),
            value: lang,
            options: LANGUAGES.map(([value, text]) => ({ value, label: text })),
            onChange: (value) => setAttributes({ lang: value }),
          }),
          h(SelectControl, {
            label: __('Heading level of the fields', 'konzept-kit'),
            value: String(headingLevel),
            options: [2, 3, 4].map((n) => ({ value: String(n), label: 'H' + n })),
            onChange: (value) => setAttributes({ headingLevel: Number(value) }),
          }),
          h(TextControl, {
            label: __('Title of the chart (optional)', 'konzept-kit'),
            value: label,
            onChange: (value) => setAttributes({ label: value }),
          }),
        ),
      );

      if (!src) {
        return h(
          'div',
          blockProps,
          settings,
          h(MediaPlaceholder, {
            icon: 'chart-pie',
            labels: {
              title: __('Integration concept', 'konzept-kit'),
              instructions: __(
                "Upload the JSON export of your integration concept, choose it from the media library or enter its address. The upload is checked; problems are named with the measure's title.",
                'konzept-kit',
              ),
            },
            accept: '.json,application/json',
            allowedTypes: JSON_TYPES,
            onSelect: choose,
            onSelectURL: (url) => setAttributes({ id: 0, src: url }),
            onError: (problem) => setError(typeof problem === 'string' ? problem : (problem && problem.message) || String(problem)),
          }),
          error && h(Notice, { status: 'error', isDismissible: true, onRemove: () => setError('') }, error),
        );
      }
      return h(
        'div',
        blockProps,
        settings,
        show.length === 0 && h(Notice, { status: 'warning', isDismissible: false }, __('Choose at least one part to show.', 'konzept-kit')),
        h(Preview, { attributes }),
      );
    },
    // Rendered on the server (includes/render.php): the post stores only the settings.
    save: () => null,
  });
})(window.wp);
