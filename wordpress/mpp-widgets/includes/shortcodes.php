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

add_action( 'rest_api_init', 'mpp_widgets_register_shortcode_preview' );

/**
 * `GET /mpp-widgets/v1/shortcode-preview?text=…&post_id=…`: our shortcodes in a Shortcode
 * block, rendered for the block editor's preview as they will be on the page (with the post
 * author's limits), so the elements' hints show while editing. Only for users who can edit the
 * post; other shortcodes in the text are not run.
 */
function mpp_widgets_register_shortcode_preview() {
	register_rest_route(
		'mpp-widgets/v1',
		'/shortcode-preview',
		array(
			'methods'             => 'GET',
			'callback'            => 'mpp_widgets_shortcode_preview',
			'permission_callback' => 'mpp_widgets_can_preview_shortcodes',
			'args'                => array(
				'text'    => array(
					'type'     => 'string',
					'required' => true,
				),
				'post_id' => array(
					'type'    => 'integer',
					'default' => 0,
				),
			),
		)
	);
}

/**
 * Who may ask for a preview: editors of the post, or of posts at all when it is not saved yet.
 *
 * @param WP_REST_Request $request The request.
 * @return bool
 */
function mpp_widgets_can_preview_shortcodes( $request ) {
	$post_id = (int) $request['post_id'];
	return $post_id > 0 ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
}

/**
 * Renders only our shortcodes of the text, each in turn, with the post set up as on its page.
 *
 * @param WP_REST_Request $request The request.
 * @return array{rendered: string}
 */
function mpp_widgets_shortcode_preview( $request ) {
	global $post;
	$post_id = (int) $request['post_id'];
	if ( $post_id > 0 ) {
		$post = get_post( $post_id ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- as the block renderer does.
		setup_postdata( $post );
	}
	$pattern = '/' . get_shortcode_regex( array_keys( mpp_widgets_shortcodes() ) ) . '/';
	$html    = '';
	if ( preg_match_all( $pattern, (string) $request['text'], $matches, PREG_SET_ORDER ) ) {
		foreach ( $matches as $match ) {
			$html .= do_shortcode_tag( $match );
		}
	}
	return array( 'rendered' => $html );
}
