/* global wp */
// The "MPP Widgets" block in the editor: plain JavaScript on the editor's globals (wp.blocks,
// wp.element, wp.components, wp.blockEditor, wp.i18n), so the plugin needs no build step. The
// sidebar edits the block's attributes; the published page shows the widget, rendered on the
// server by the same PHP as the shortcodes (includes/block.php). The editor shows the equivalent
// shortcode instead of a live widget: the library is loaded only by pages that show one.
(function (blocks, element, components, blockEditor, i18n) {
  const h = element.createElement;
  const { __ } = i18n;
  const { PanelBody, SelectControl, TextControl, ToggleControl, ColorPalette, Placeholder } =
    components;
  const { InspectorControls, useBlockProps } = blockEditor;

  const SHORTCODES = {
    finder: 'mpp_finder',
    checklist: 'mpp_service_checklist',
    badge: 'mpp_queue_badge',
  };
  const WIDGETS = [
    { value: 'finder', label: __('MPP finder', 'mpp-widgets') },
    { value: 'checklist', label: __('Service checklist', 'mpp-widgets') },
    { value: 'badge', label: __('Queue badge', 'mpp-widgets') },
  ];
  // The bundled catalogue (README, "Bundled services"); a site with its own catalogue (`src`)
  // types its own ids instead.
  const BUNDLED_SERVICES = [
    ['paspor-baru', __('New passport (adult)', 'mpp-widgets')],
    ['ktp-el-baru', __('New KTP-el', 'mpp-widgets')],
    ['ktp-el-hilang', __('Lost KTP-el', 'mpp-widgets')],
    ['ktp-el-rusak', __('Damaged KTP-el', 'mpp-widgets')],
    ['kartu-keluarga-baru', __('New family card (KK)', 'mpp-widgets')],
    ['akta-kelahiran', __('Birth certificate', 'mpp-widgets')],
    ['sim-perpanjangan', __('Driving licence (SIM) renewal', 'mpp-widgets')],
    ['skck-baru', __('Police clearance (SKCK)', 'mpp-widgets')],
    ['npwp-aktivasi', __('NPWP registration', 'mpp-widgets')],
    ['nib-oss', __('Business number (NIB) via OSS', 'mpp-widgets')],
    ['bpjs-kesehatan-mandiri', __('BPJS Kesehatan, self-paid', 'mpp-widgets')],
    ['pbg', __('Building approval (PBG)', 'mpp-widgets')],
  ];

  const text = (name, label, help, placeholder) => ({
    name,
    kind: 'text',
    label,
    help,
    placeholder,
  });
  const toggle = (name, label, help) => ({ name, kind: 'toggle', label, help });
  const choice = (name, label, options) => ({ name, kind: 'select', label, options });
  const byDefault = (label) => ({ value: '', label });

  /** The controls of each widget: the main ones, then those in "Advanced". */
  function fieldsOf(widget, attributes) {
    const timeout = text(
      'timeout',
      __('Timeout (ms)', 'mpp-widgets'),
      __('How long a request may take. Empty: 10000.', 'mpp-widgets'),
    );
    if (widget === 'checklist') {
      const service = attributes.src
        ? text(
            'service',
            __('Service id', 'mpp-widgets'),
            __('Id in your catalogue.', 'mpp-widgets'),
          )
        : choice('service', __('Service', 'mpp-widgets'), [
            byDefault(__('Choose a service', 'mpp-widgets')),
            ...BUNDLED_SERVICES.map(([value, label]) => ({ value, label })),
          ]);
      return {
        main: [
          service,
          text(
            'src',
            __('Own catalogue (URL)', 'mpp-widgets'),
            __('Empty: the bundled catalogue.', 'mpp-widgets'),
          ),
          toggle(
            'noPersist',
            __('Do not save ticks', 'mpp-widgets'),
            __('Ticks last for this page view only.', 'mpp-widgets'),
          ),
        ],
        advanced: [text('storageKey', __('Storage key', 'mpp-widgets')), timeout],
      };
    }
    if (widget === 'badge') {
      return {
        main: [
          text(
            'src',
            __('Queue feed (URL)', 'mpp-widgets'),
            __('Required. The JSON feed or SSE stream of the queue system.', 'mpp-widgets'),
          ),
          choice('format', __('Feed format', 'mpp-widgets'), [
            byDefault('mpp'),
            { value: 'siola', label: 'SIOLA-Q' },
          ]),
          text(
            'service',
            __('Service', 'mpp-widgets'),
            __('Id, prefix (A) or name of the service. Empty: all services.', 'mpp-widgets'),
          ),
          choice('variant', __('Variant', 'mpp-widgets'), [
            byDefault(__('Compact (one line)', 'mpp-widgets')),
            { value: 'full', label: __('Full (card)', 'mpp-widgets') },
          ]),
        ],
        advanced: [
          choice('transport', __('Transport', 'mpp-widgets'), [
            byDefault(__('Polling', 'mpp-widgets')),
            { value: 'sse', label: 'Server-Sent Events' },
          ]),
          text(
            'interval',
            __('Interval (seconds)', 'mpp-widgets'),
            __('At least 5. Empty: 15.', 'mpp-widgets'),
          ),
          timeout,
        ],
      };
    }
    return {
      main: [
        text(
          'province',
          __('Province', 'mpp-widgets'),
          __('Code (32) or name (Jawa Barat). Empty: all provinces.', 'mpp-widgets'),
        ),
        text(
          'service',
          __('Service', 'mpp-widgets'),
          __('Only MPPs offering this service (catalogue id).', 'mpp-widgets'),
        ),
        toggle('nearMe', __('"Near me" button', 'mpp-widgets')),
        toggle(
          'noMap',
          __('List only, no map', 'mpp-widgets'),
          __('The map code is never downloaded.', 'mpp-widgets'),
        ),
        choice('view', __('View', 'mpp-widgets'), [
          byDefault(__('List and map', 'mpp-widgets')),
          { value: 'map', label: __('Map only', 'mpp-widgets') },
          { value: 'list', label: __('List only', 'mpp-widgets') },
        ]),
        text(
          'src',
          __('Own locations (URL)', 'mpp-widgets'),
          __('GeoJSON. Empty: the bundled list of MPPs.', 'mpp-widgets'),
        ),
        text(
          'patch',
          __('Corrections to your MPP (patch URL)', 'mpp-widgets'),
          __('Made with the MPP profile editor; the other MPPs stay as they are.', 'mpp-widgets'),
        ),
      ],
      advanced: [
        text(
          'holidays',
          __('Own holiday calendar (URL)', 'mpp-widgets'),
          __('Adds regional holidays or moved dates to the national calendar.', 'mpp-widgets'),
        ),
        text('query', __('Search text', 'mpp-widgets')),
        text('selected', __('Selected location (id)', 'mpp-widgets'), '', 'mpp-3203'),
        text('center', __('Map centre', 'mpp-widgets'), '', '-6.9,107.6'),
        text('zoom', __('Zoom (5–18)', 'mpp-widgets')),
        text('height', __('Height', 'mpp-widgets'), '', '480px'),
        text(
          'tileUrl',
          __('Tile URL', 'mpp-widgets'),
          '',
          'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        ),
        text('tileAttribution', __('Tile attribution', 'mpp-widgets')),
        timeout,
      ],
    };
  }

  const LANGUAGE = choice('lang', __('Language', 'mpp-widgets'), [
    byDefault(__('Same as the page', 'mpp-widgets')),
    { value: 'id', label: 'Bahasa Indonesia' },
    { value: 'en', label: 'English' },
  ]);

  const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

  /** The shortcode that renders the same widget: `[mpp_finder province="32" near-me]`. */
  function shortcodeOf(attributes) {
    const widget = SHORTCODES[attributes.widget] ? attributes.widget : 'finder';
    const { main, advanced } = fieldsOf(widget, attributes);
    const parts = [SHORTCODES[widget]];
    for (const { name } of [...main, ...advanced, LANGUAGE]) {
      const value = attributes[name];
      if (value === true) parts.push(kebab(name));
      else if (typeof value === 'string' && value !== '') {
        parts.push(`${kebab(name)}="${value.replace(/["\][]/g, '')}"`);
      }
    }
    // Like the server (sanitize_hex_color), only a hex colour counts.
    if (/^#([0-9a-f]{3}){1,2}$/i.test(attributes.color || '')) {
      parts.push(`color="${attributes.color}"`);
    }
    return `[${parts.join(' ')}]`;
  }

  /** What is missing for the widget to show anything. */
  function problemOf(attributes) {
    if (attributes.widget === 'badge' && !attributes.src) {
      return __('Enter the address of the queue feed.', 'mpp-widgets');
    }
    if (attributes.widget === 'checklist' && !attributes.service) {
      return __('Choose a service.', 'mpp-widgets');
    }
    return '';
  }

  function control(field, attributes, setAttributes) {
    const common = {
      key: field.name,
      label: field.label,
      help: field.help || undefined,
      onChange: (value) => setAttributes({ [field.name]: value }),
    };
    if (field.kind === 'toggle') {
      return h(ToggleControl, { ...common, checked: Boolean(attributes[field.name]) });
    }
    const value = attributes[field.name] || '';
    if (field.kind === 'select') {
      return h(SelectControl, { ...common, value, options: field.options });
    }
    return h(TextControl, { ...common, value, placeholder: field.placeholder });
  }

  function Edit({ attributes, setAttributes }) {
    const blockProps = useBlockProps();
    const widget = SHORTCODES[attributes.widget] ? attributes.widget : 'finder';
    const { main, advanced } = fieldsOf(widget, attributes);
    const problem = problemOf(attributes);
    const controls = (fields) => fields.map((field) => control(field, attributes, setAttributes));

    return h(
      element.Fragment,
      null,
      h(
        InspectorControls,
        null,
        h(
          PanelBody,
          { title: __('Widget', 'mpp-widgets') },
          h(SelectControl, {
            label: __('Widget', 'mpp-widgets'),
            value: widget,
            options: WIDGETS,
            onChange: (value) => setAttributes({ widget: value }),
          }),
          ...controls(main),
        ),
        h(
          PanelBody,
          { title: __('Appearance', 'mpp-widgets'), initialOpen: false },
          control(LANGUAGE, attributes, setAttributes),
          h(
            'p',
            null,
            __('Theme colour (text on it is white: keep contrast ≥ 4.5:1)', 'mpp-widgets'),
          ),
          h(ColorPalette, {
            colors: [{ name: __('Library default', 'mpp-widgets'), color: '#0b57a4' }],
            value: attributes.color || undefined,
            onChange: (color) => setAttributes({ color: color || '' }),
          }),
        ),
        h(
          PanelBody,
          { title: __('Advanced', 'mpp-widgets'), initialOpen: false },
          ...controls(advanced),
        ),
      ),
      h(
        'div',
        blockProps,
        h(
          Placeholder,
          {
            icon: 'building',
            label: WIDGETS.find((option) => option.value === widget).label,
            instructions: __(
              'Shown on the published page. The same widget as a shortcode:',
              'mpp-widgets',
            ),
          },
          h('code', { className: 'mpp-widgets-shortcode' }, shortcodeOf(attributes)),
          problem ? h('p', { className: 'mpp-widgets-problem' }, problem) : null,
        ),
      ),
    );
  }

  blocks.registerBlockType('mpp-widgets/widget', {
    edit: Edit,
    // A dynamic block: only the attributes are stored; PHP renders the page.
    save: () => null,
  });
})(wp.blocks, wp.element, wp.components, wp.blockEditor, wp.i18n);
