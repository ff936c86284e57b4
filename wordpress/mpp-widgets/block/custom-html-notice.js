/* global wp */
// A warning on Custom HTML blocks that hold the widgets' markup, for users who cannot post
// unfiltered HTML (includes/block.php loads this script only for them): WordPress removes
// `<script>` and every `<mpp-…>` element from their posts when they are saved, without a word,
// and the widget is simply missing on the page. The warning says so before saving and offers to
// turn the markup into the "MPP Widgets" block, which every role can use.
(function (hooks, compose, element, components, blocks, data, i18n) {
  const h = element.createElement;
  const { __ } = i18n;

  const WIDGET_MARKUP = /<mpp-[a-z-]+|<script\b[^>]*mpp-widgets/i;
  const WIDGET_OF_TAG = {
    'mpp-finder': 'finder',
    'mpp-service-checklist': 'checklist',
    'mpp-queue-badge': 'badge',
  };
  const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

  /** One "MPP Widgets" block per element in the pasted markup, with the attributes it knows. */
  function widgetBlocksOf(html) {
    const known = blocks.getBlockType('mpp-widgets/widget').attributes;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const elements = doc.querySelectorAll(Object.keys(WIDGET_OF_TAG).join(','));
    return [...elements].map((widgetElement) => {
      const attributes = { widget: WIDGET_OF_TAG[widgetElement.localName] };
      for (const { name, value } of widgetElement.attributes) {
        const attribute = known[camel(name)];
        if (!attribute || name === 'widget') continue;
        attributes[camel(name)] = attribute.type === 'boolean' ? true : value;
      }
      return blocks.createBlock('mpp-widgets/widget', attributes);
    });
  }

  function Warning({ clientId, content }) {
    const replacements = widgetBlocksOf(content);
    return h(
      components.Notice,
      {
        status: 'warning',
        isDismissible: false,
        className: 'mpp-widgets-stripped-html',
        actions: replacements.length
          ? [
              {
                label: __('Use the MPP Widgets block instead', 'mpp-widgets'),
                onClick: () =>
                  data.dispatch('core/block-editor').replaceBlocks(clientId, replacements),
                variant: 'primary',
              },
            ]
          : [],
      },
      __(
        'WordPress will remove the widget code (<mpp-…> and <script>) from this block when the post is saved: your role may not publish unfiltered HTML, so the widget would be missing on the page. Use the "MPP Widgets" block or a shortcode such as [mpp-finder province="32"] instead.',
        'mpp-widgets',
      ),
    );
  }

  const withWarning = compose.createHigherOrderComponent(
    (BlockEdit) => (props) => {
      const content = props.attributes.content || '';
      if (props.name !== 'core/html' || !WIDGET_MARKUP.test(content)) return h(BlockEdit, props);
      // Below the code, where the block toolbar (above a selected block) cannot cover it.
      return h(
        element.Fragment,
        null,
        h(BlockEdit, props),
        h(Warning, { clientId: props.clientId, content }),
      );
    },
    'withMppWidgetsStrippedHtmlWarning',
  );

  hooks.addFilter('editor.BlockEdit', 'mpp-widgets/stripped-html-warning', withWarning);
})(wp.hooks, wp.compose, wp.element, wp.components, wp.blocks, wp.data, wp.i18n);
