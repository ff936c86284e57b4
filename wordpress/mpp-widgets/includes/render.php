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
 * and Contributors, never sees it.
 *
 * @param string $tag      Element tag, a key of mpp_widgets_element_attributes().
 * @param array  $given    Shortcode-style attributes (names as on the element, `color`).
 * @param string $fallback HTML shown until the element has loaded (e.g. a link to the MPP's
 *                         queue page), see mpp_widgets_fallback_html().
 * @return string
 */
function mpp_widgets_render_element( $tag, array $given, $fallback = '' ) {
	$attributes = mpp_widgets_element_attributes_from( $tag, $given );
	$color      = mpp_widgets_color_from( $given );
	if ( '' === $color ) {
		$options = mpp_widgets_get_options();
		$color   = $options['color'];
	}

	mpp_widgets_enqueue_library();

	$html = '<' . $tag;
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
