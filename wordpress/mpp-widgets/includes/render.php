<?php
/**
 * The one place where element markup is written: shortcodes and the block both end here.
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders `<mpp-…>` at display time. Because the markup is made here and not stored in the
 * post, WordPress's HTML filter (kses), which removes unknown elements from posts by Authors
 * and Contributors, never sees it; what those authors may set is checked here instead
 * (includes/author-policy.php).
 *
 * @param string $tag      Element tag, a key of mpp_widgets_element_attributes().
 * @param array  $given    Shortcode-style attributes (names as on the element, `color`).
 * @param string $fallback HTML shown until the element has loaded (e.g. a link to the MPP's
 *                         queue page), see mpp_widgets_fallback_html().
 * @return string
 */
function mpp_widgets_render_element( $tag, array $given, $fallback = '' ) {
	$checked    = mpp_widgets_apply_author_policy( mpp_widgets_element_attributes_from( $tag, $given ) );
	$attributes = $checked['attributes'];
	$color      = mpp_widgets_color_from( $given );
	if ( '' === $color ) {
		// Validated again on reading (mpp_widgets_get_options()): only a hex colour gets here.
		$options = mpp_widgets_get_options();
		$color   = $options['color'];
	}

	mpp_widgets_enqueue_library();

	$html = mpp_widgets_refusal_notice( $checked['refused'] ) . '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	if ( '' !== $color ) {
		$html .= ' style="' . esc_attr( '--mpp-color-primary: ' . $color ) . '"';
	}
	return $html . '>' . mpp_widgets_fallback_html( (string) $fallback ) . '</' . $tag . '>';
}

/**
 * The content of an enclosing shortcode, as inline HTML. wpautop() runs before shortcodes and
 * wraps the lines of `[mpp_queue_badge]…[/mpp_queue_badge]` in paragraphs that open and close
 * across the shortcode's edges; a `<p>` inside the element would also make the browser close
 * the paragraph around it, and the element with it. So paragraphs become line breaks and only
 * inline elements are kept (links, emphasis, images).
 *
 * @param string $content Enclosed content, after wpautop().
 * @return string
 */
function mpp_widgets_fallback_html( $content ) {
	$html   = preg_replace( '#(\s*</?p(\s[^>]*)?>\s*)+#i', '<br />', $content );
	$inline = array_intersect_key(
		wp_kses_allowed_html( 'post' ),
		array_flip( array( 'a', 'abbr', 'b', 'br', 'code', 'em', 'i', 'img', 'small', 'span', 'strong' ) )
	);
	$html   = wp_kses( $html, $inline );
	return preg_replace( '#^(\s|<br\s*/?>)+|(\s|<br\s*/?>)+$#i', '', $html );
}

add_filter( 'language_attributes', 'mpp_widgets_debug_switch_for_editors' );

/**
 * `<html data-mpp-debug>` on the preview of a post, for those who can edit it: the elements
 * then show their hints for the site owner (an unknown province, a feed that does not answer)
 * inside the page, as the block editor's preview does. Visitors never get the switch.
 *
 * @param string $output The `<html>` tag's attributes.
 * @return string
 */
function mpp_widgets_debug_switch_for_editors( $output ) {
	return is_preview() && mpp_widgets_is_owner_view() ? $output . ' data-mpp-debug' : $output;
}
