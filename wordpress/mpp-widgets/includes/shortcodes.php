<?php
/**
 * `[mpp_finder]`, `[mpp_service_checklist]`, `[mpp_queue_badge]`, and the same with the
 * element's own name (`[mpp-finder]`, …), which is what people type after reading about the
 * elements. Attribute names as on the element: `[mpp_finder province="32" near-me]`.
 *
 * WordPress's caveat about hyphens: a shortcode name that is the start of another one before a
 * hyphen (`[mpp]` and `[mpp-finder]`) used to swallow the longer one. Since WordPress 4.4 the
 * shortcode pattern refuses a name followed by a hyphen, so `[mpp-finder]` stays ours even when
 * another plugin registers `[mpp]` (checked in scripts/wordpress-test.mjs); none of our names is
 * the start of another.
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcode => element tag: each element under its name with underscores and with hyphens.
 *
 * @return array<string, string>
 */
function mpp_widgets_shortcodes() {
	$shortcodes = array();
	foreach ( array_keys( mpp_widgets_element_attributes() ) as $tag ) {
		$shortcodes[ str_replace( '-', '_', $tag ) ] = $tag;
		$shortcodes[ $tag ]                          = $tag;
	}
	return $shortcodes;
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
