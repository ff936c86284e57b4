<?php
/**
 * `[mpp_finder]`, `[mpp_service_checklist]`, `[mpp_queue_badge]`: the element names with
 * underscores (WordPress shortcode names should not contain hyphens), attribute names as on
 * the element: `[mpp_finder province="32" near-me color="#7a1010"]`.
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcode => element tag.
 *
 * @return array<string, string>
 */
function mpp_widgets_shortcodes() {
	return array(
		'mpp_finder'            => 'mpp-finder',
		'mpp_service_checklist' => 'mpp-service-checklist',
		'mpp_queue_badge'       => 'mpp-queue-badge',
	);
}

/**
 * Registers the shortcodes (on `init`).
 */
function mpp_widgets_register_shortcodes() {
	foreach ( array_keys( mpp_widgets_shortcodes() ) as $shortcode ) {
		add_shortcode( $shortcode, 'mpp_widgets_render_shortcode' );
	}
	// Quotes in enclosed fallback content stay as written (no curly quotes in a URL).
	add_filter( 'no_texturize_shortcodes', 'mpp_widgets_no_texturize' );
}

/**
 * Renders one shortcode.
 *
 * @param array|string $atts      Parsed attributes ('' when there are none).
 * @param string|null  $content   Enclosed content: `[mpp_queue_badge src="…"]<a href="…">Lihat
 *                                antrean</a>[/mpp_queue_badge]` shows the link until the
 *                                widget has loaded.
 * @param string       $shortcode Which shortcode.
 * @return string
 */
function mpp_widgets_render_shortcode( $atts, $content, $shortcode ) {
	$tags = mpp_widgets_shortcodes();
	if ( ! isset( $tags[ $shortcode ] ) ) {
		return '';
	}
	return mpp_widgets_render_element( $tags[ $shortcode ], is_array( $atts ) ? $atts : array(), (string) $content );
}

/**
 * Adds our shortcodes to those whose content wptexturize() leaves alone.
 *
 * @param string[] $shortcodes Shortcode names.
 * @return string[]
 */
function mpp_widgets_no_texturize( $shortcodes ) {
	return array_merge( (array) $shortcodes, array_keys( mpp_widgets_shortcodes() ) );
}
