<?php
/**
 * The "MPP Widgets" block: settings in the editor, markup from the same PHP as the shortcodes
 * (a dynamic block stores only its attributes, so kses never sees an `<mpp-…>` element).
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The block's `widget` attribute => element tag.
 *
 * @return array<string, string>
 */
function mpp_widgets_block_widgets() {
	return array(
		'finder'    => 'mpp-finder',
		'checklist' => 'mpp-service-checklist',
		'badge'     => 'mpp-queue-badge',
	);
}

/**
 * Registers the editor scripts and the block (on `init`). The editor scripts are plain
 * JavaScript on the editor's globals (wp.blocks, wp.element, …), so they need no build step;
 * they are registered here rather than with `file:` in block.json so that their translations
 * can come from the plugin's own languages/ folder.
 */
function mpp_widgets_register_block() {
	wp_register_script(
		'mpp-widgets-block-editor',
		plugins_url( 'block/editor.js', MPP_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n', 'wp-hooks', 'wp-compose', 'wp-data', 'wp-api-fetch', 'wp-url' ),
		MPP_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'mpp-widgets-block-editor', 'mpp-widgets', MPP_WIDGETS_DIR . 'languages' );

	wp_register_script(
		'mpp-widgets-custom-html-notice',
		plugins_url( 'block/custom-html-notice.js', MPP_WIDGETS_FILE ),
		array( 'wp-hooks', 'wp-compose', 'wp-element', 'wp-components', 'wp-blocks', 'wp-data', 'wp-i18n', 'mpp-widgets-block-editor' ),
		MPP_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'mpp-widgets-custom-html-notice', 'mpp-widgets', MPP_WIDGETS_DIR . 'languages' );

	register_block_type(
		MPP_WIDGETS_DIR . 'block',
		array( 'render_callback' => 'mpp_widgets_render_block' )
	);
}

add_action( 'enqueue_block_editor_assets', 'mpp_widgets_enqueue_editor_assets' );

/**
 * What the editor scripts need from the server: the bundled provinces and services for the
 * block's dropdowns, the library for its preview, and the author's limits. A user who cannot
 * post unfiltered HTML also gets the warning on Custom HTML blocks whose widget markup
 * WordPress would remove.
 */
function mpp_widgets_enqueue_editor_assets() {
	$options = mpp_widgets_get_options();
	$data    = array(
		'loaderUrl'     => add_query_arg( 'ver', rawurlencode( mpp_widgets_build_info()['library_version'] ), mpp_widgets_self_hosted_url() ),
		'provinces'     => array(),
		'services'      => array(),
		'trustedAuthor' => current_user_can( 'unfiltered_html' ),
		'allowedHosts'  => $options['allowed_hosts'],
	);
	$bundled = mpp_widgets_bundled_data();
	$lang    = 0 === strpos( determine_locale(), 'en' ) ? 'en' : 'id';
	foreach ( $bundled['provinces'] as $code => $name ) {
		$data['provinces'][] = array(
			'value' => (string) $code,
			'label' => $name,
		);
	}
	foreach ( $bundled['services'] as $id => $names ) {
		$data['services'][] = array(
			'value' => $id,
			'label' => $names[ $lang ],
		);
	}
	wp_add_inline_script( 'mpp-widgets-block-editor', 'window.mppWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );

	if ( ! current_user_can( 'unfiltered_html' ) ) {
		wp_enqueue_script( 'mpp-widgets-custom-html-notice' );
	}
}

/**
 * The provinces and the bundled catalogue's services, written by scripts/build-wordpress.mjs
 * from the library's data (data/regions/provinces.csv, src/data/catalog.json), so the block
 * offers exactly what the elements know.
 *
 * @return array{provinces: array<string, string>, services: array<string, array{id: string, en: string}>}
 */
function mpp_widgets_bundled_data() {
	$file = MPP_WIDGETS_DIR . 'bundled-data.php';
	$read = is_readable( $file ) ? require $file : array();
	return wp_parse_args(
		is_array( $read ) ? $read : array(),
		array(
			'provinces' => array(),
			'services'  => array(),
		)
	);
}

/**
 * Renders the block through mpp_widgets_render_element(). Block attribute names are camelCase
 * (`nearMe`, `tileUrl`); the element's are kebab-case (`near-me`, `tile-url`).
 *
 * @param array $attributes Block attributes, validated against block.json by WordPress.
 * @return string
 */
function mpp_widgets_render_block( $attributes ) {
	$widgets = mpp_widgets_block_widgets();
	$widget  = isset( $attributes['widget'] ) && isset( $widgets[ $attributes['widget'] ] ) ? $attributes['widget'] : 'finder';

	$given = array();
	foreach ( $attributes as $name => $value ) {
		if ( 'widget' !== $name ) {
			$given[ strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', $name ) ) ] = $value;
		}
	}
	return mpp_widgets_render_element( $widgets[ $widget ], $given );
}
