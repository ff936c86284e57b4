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
 * Registers the editor script and the block (on `init`). The editor script is plain
 * JavaScript on the editor's globals (wp.blocks, wp.element, …), so it needs no build step; it
 * is registered here rather than with `file:` in block.json so that its translations can come
 * from the plugin's own languages/ folder.
 */
function mpp_widgets_register_block() {
	wp_register_script(
		'mpp-widgets-block-editor',
		plugins_url( 'block/editor.js', MPP_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
		MPP_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'mpp-widgets-block-editor', 'mpp-widgets', MPP_WIDGETS_DIR . 'languages' );

	register_block_type(
		MPP_WIDGETS_DIR . 'block',
		array( 'render_callback' => 'mpp_widgets_render_block' )
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
