/* global wp */
// The "MPP Widgets" block in the editor: plain JavaScript on the editor's globals (wp.blocks,
// wp.element, wp.components, wp.apiFetch, …), so the plugin needs no build step. The
// sidebar edits the block's attributes; the block shows the real widget, rendered on the server
// by the same PHP as the published page (includes/block.php), with the library loaded into the
// editor's document and the elements' hints for the site owner switched on (`data-mpp-debug`),
// so a wrong setting shows up while editing. Shortcode blocks with our shortcodes get the same
// preview.
(function (blocks, element, components, blockEditor, i18n, hooks, compose, data, apiFetch, wpUrl) {
  const h = element.createElement;
  const { __, sprintf } = i18n;
  const { PanelBody, SelectControl, TextControl, ToggleControl, ColorPalette, Disabled, Notice } =
    components;
  const { InspectorControls, useBlockProps } = blockEditor;
  // From includes/block.php: the bundled provinces and services (written at build time from
  // the library's data), the library's URL, and what the current user may set.
  const SERVER = window.mppWidgetsEditor || {
    loaderUrl: '',
    provinces: [],
    services: [],
    trustedAuthor: false,
    allowedHosts: [],
  };

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

  const text = (name, label, help, placeholder) => ({
    name,
    kind: 'text',
    label,
    help,
    placeholder,
  });
  const toggle = (name, label, help) => ({ name, kind: 'toggle', label, help });
  const choice = (name, label, options, help) => ({ name, kind: 'select', label, options, help });
  const byDefault = (label) => ({ value: '', label });

  // Addresses an author without `unfiltered_html` may use (includes/author-policy.php); the
  // preview shows what was left out.
  const urlHelp = (help) => {
    if (SERVER.trustedAuthor) return help;
    const hosts = SERVER.allowedHosts.length
      ? sprintf(
          /* translators: %s: host names such as antrean.mpp-contoh.go.id, separated by commas */
          __('Addresses on this site or on: %s.', 'mpp-widgets'),
          SERVER.allowedHosts.join(', '),
        )
      : __('Addresses on this site only; an administrator can allow other hosts.', 'mpp-widgets');
    return help ? `${help} ${hosts}` : hosts;
  };
  const url = (name, label, help, placeholder) => text(name, label, urlHelp(help), placeholder);

  /** A dropdown of bundled values; a value saved earlier that is not in the list stays choosable. */
  const bundled = (name, label, allLabel, values, current) => {
    const options = [byDefault(allLabel), ...values];
    if (current && !values.some((option) => option.value === current)) {
      /* translators: %s: a value typed earlier, such as Jabar */
      options.push({ value: current, label: sprintf(__('%s (as saved)', 'mpp-widgets'), current) });
    }
    return choice(name, label, options);
  };
  const bundledServices = (attributes, allLabel) =>
    bundled('service', __('Service', 'mpp-widgets'), allLabel, SERVER.services, attributes.service);

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
        : bundledServices(attributes, __('Choose a service', 'mpp-widgets'));
      return {
        main: [
          service,
          url(
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
        // Only for authors who may post unfiltered HTML: the key is shared with the whole site.
        advanced: SERVER.trustedAuthor
          ? [text('storageKey', __('Storage key', 'mpp-widgets')), timeout]
          : [timeout],
      };
    }
    if (widget === 'badge') {
      return {
        main: [
          url(
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
        bundled(
          'province',
          __('Province', 'mpp-widgets'),
          __('All provinces', 'mpp-widgets'),
          SERVER.provinces,
          attributes.province,
        ),
        bundledServices(attributes, __('All services', 'mpp-widgets')),
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
        url(
          'src',
          __('Own locations (URL)', 'mpp-widgets'),
          __('GeoJSON. Empty: the bundled list of MPPs.', 'mpp-widgets'),
        ),
        url(
          'patch',
          __('Corrections to your MPP (patch URL)', 'mpp-widgets'),
          __('Made with the MPP profile editor; the other MPPs stay as they are.', 'mpp-widgets'),
        ),
      ],
      advanced: [
        url(
          'holidays',
          __('Own holiday calendar (URL)', 'mpp-widgets'),
          __('Adds regional holidays or moved dates to the national calendar.', 'mpp-widgets'),
        ),
        text('query', __('Search text', 'mpp-widgets')),
        text('selected', __('Selected location (id)', 'mpp-widgets'), '', 'mpp-3203'),
        text('center', __('Map centre', 'mpp-widgets'), '', '-6.9,107.6'),
        text('zoom', __('Zoom (5–18)', 'mpp-widgets')),
        text('height', __('Height', 'mpp-widgets'), '', '480px'),
        url(
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

  /**
   * Loads the library into the document the block is shown in (the editor's page, or its
   * iframe in newer editors) and switches the owner hints on there. The editor uses the copy
   * in the plugin whatever the script source, so previews work offline too.
   */
  function useLibraryIn(ref) {
    element.useEffect(() => {
      const doc = ref.current && ref.current.ownerDocument;
      if (!doc || !SERVER.loaderUrl) return;
      doc.documentElement.setAttribute('data-mpp-debug', '');
      if (!doc.getElementById('mpp-widgets-editor-library')) {
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = SERVER.loaderUrl;
        script.id = 'mpp-widgets-editor-library';
        doc.head.appendChild(script);
      }
    }, []);
  }

  /**
   * The real widget as the server renders it (`GET path` answers `{ rendered }`), inert: a link
   * or button in it must not take the author away from the editor. Asked again after a pause in
   * typing; an answer to an older request is dropped.
   */
  function LivePreview({ className, path }) {
    const ref = element.useRef(null);
    useLibraryIn(ref);
    const [html, setHtml] = element.useState('');
    element.useEffect(() => {
      let current = true;
      const timer = setTimeout(() => {
        apiFetch({ path })
          .then((response) => current && setHtml(response.rendered))
          .catch(() => current && setHtml(''));
      }, 400);
      return () => {
        current = false;
        clearTimeout(timer);
      };
    }, [path]);
    return h('div', { ref, className }, h(Disabled, null, h(element.RawHTML, null, html)));
  }

  const useCurrentPostId = () =>
    data.useSelect((select) => select('core/editor')?.getCurrentPostId() || 0, []);

  function Edit({ attributes, setAttributes }) {
    const postId = useCurrentPostId();
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
        problem
          ? h(
              Notice,
              { status: 'warning', isDismissible: false, className: 'mpp-widgets-problem' },
              problem,
            )
          : null,
        // WordPress's block renderer: the same PHP as the page, with the post's author limits.
        h(LivePreview, {
          className: 'mpp-widgets-preview',
          path: wpUrl.addQueryArgs('/wp/v2/block-renderer/mpp-widgets/widget', {
            context: 'edit',
            post_id: postId,
            attributes,
          }),
        }),
        h(
          'p',
          { className: 'mpp-widgets-shortcode-line' },
          __('The same widget as a shortcode:', 'mpp-widgets'),
          ' ',
          h('code', { className: 'mpp-widgets-shortcode' }, shortcodeOf(attributes)),
        ),
      ),
    );
  }

  // Shortcode blocks with our shortcodes get the same live preview under their text, rendered
  // by the server as on the page (includes/shortcodes.php), so `[mpp-finder province="Jabr"]`
  // shows the element's hint while editing, not only after publishing.
  const OUR_SHORTCODE = /\[mpp[-_](finder|service[-_]checklist|queue[-_]badge)\b/;

  function ShortcodePreview({ text }) {
    const postId = useCurrentPostId();
    return h(LivePreview, {
      className: 'mpp-widgets-shortcode-preview',
      path: wpUrl.addQueryArgs('/mpp-widgets/v1/shortcode-preview', { text, post_id: postId }),
    });
  }

  hooks.addFilter(
    'editor.BlockEdit',
    'mpp-widgets/shortcode-preview',
    compose.createHigherOrderComponent(
      (BlockEdit) => (props) =>
        props.name === 'core/shortcode' && OUR_SHORTCODE.test(props.attributes.text || '')
          ? h(
              element.Fragment,
              null,
              h(BlockEdit, props),
              h(ShortcodePreview, { text: props.attributes.text }),
            )
          : h(BlockEdit, props),
      'withMppWidgetsShortcodePreview',
    ),
  );

  blocks.registerBlockType('mpp-widgets/widget', {
    edit: Edit,
    // A dynamic block: only the attributes are stored; PHP renders the page.
    save: () => null,
  });
})(
  wp.blocks,
  wp.element,
  wp.components,
  wp.blockEditor,
  wp.i18n,
  wp.hooks,
  wp.compose,
  wp.data,
  wp.apiFetch,
  wp.url,
);
