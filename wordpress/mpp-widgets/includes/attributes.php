<?php
/**
 * Which attributes each element accepts (README "Attributes" tables, contract §3–§5) and how
 * shortcode and block values become element attributes.
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The allow-list: element tag => attribute name => kind, in the README's order (which is also
 * the order of the rendered markup). Anything not listed is dropped, so a shortcode can never add
 * an event handler, a style or an attribute the element does not know. Kinds: 'text',
 * 'boolean', 'url' (another site only for trusted authors or allowed hosts) and 'trusted' (only
 * for trusted authors), see includes/author-policy.php.
 *
 * @return array<string, array<string, string>>
 */
function mpp_widgets_element_attributes() {
	return array(
		'mpp-finder'            => array(
			'src'              => 'url',
			'patch'            => 'url',
			'holidays'         => 'url',
			'province'         => 'text',
			'service'          => 'text',
			'query'            => 'text',
			'selected'         => 'text',
			'view'             => 'text',
			'no-map'           => 'boolean',
			'near-me'          => 'boolean',
			'center'           => 'text',
			'zoom'             => 'text',
			'tile-url'         => 'url',
			'tile-attribution' => 'text',
			'height'           => 'text',
			'max-results'      => 'text',
			'map-min-width'    => 'text',
			// A link for the visitor to follow, never fetched by the page: like any link in a post.
			'all-url'          => 'text',
			'theme'            => 'text',
			'timeout'          => 'text',
			'lang'             => 'text',
		),
		'mpp-service-checklist' => array(
			'service'       => 'text',
			'src'           => 'url',
			'storage-key'   => 'trusted',
			'no-persist'    => 'boolean',
			'heading-level' => 'text',
			'theme'         => 'text',
			'timeout'       => 'text',
			'lang'          => 'text',
		),
		'mpp-queue-badge'       => array(
			'src'       => 'url',
			'format'    => 'text',
			'service'   => 'text',
			'transport' => 'text',
			'interval'  => 'text',
			'variant'   => 'text',
			'announce'  => 'text',
			'theme'     => 'text',
			'timeout'   => 'text',
			'lang'      => 'text',
		),
	);
}

/**
 * Attribute name => kind, over all elements (an attribute has the same kind on each).
 *
 * @return array<string, string>
 */
function mpp_widgets_attribute_types() {
	return array_merge( ...array_values( mpp_widgets_element_attributes() ) );
}

/**
 * Shortcode attribute names are written as on the element (`near-me`); `near_me` is accepted
 * too, because some editors and habits from other shortcodes use underscores.
 *
 * @param string $name Name as written.
 * @return string Element attribute name.
 */
function mpp_widgets_attribute_name( $name ) {
	return strtolower( str_replace( '_', '-', trim( (string) $name ) ) );
}

/**
 * Whether a boolean attribute is on. `[mpp_finder near-me]` arrives as a bare word (see
 * mpp_widgets_element_attributes_from()); written out, "1", "true", "yes", "ya", "on" and
 * the empty string (HTML's `near-me=""`) mean on, anything else ("0", "false", "tidak") off.
 *
 * @param mixed $value Shortcode string or block boolean.
 * @return bool
 */
function mpp_widgets_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( ! is_scalar( $value ) ) {
		return false;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'ya', 'on' ), true );
}

/**
 * Turns shortcode attributes (or block attributes with element names) into the element's
 * attributes: only allow-listed names, empty values left out, booleans as `true`.
 *
 * @param string $tag   Element tag, a key of mpp_widgets_element_attributes().
 * @param array  $given Attributes as WordPress parsed them. WordPress gives a bare word
 *                      (`[mpp_finder near-me]`) a numeric key with the word as its value.
 * @return array<string, string|true> Attribute name => value, in the allow-list's order.
 */
function mpp_widgets_element_attributes_from( $tag, array $given ) {
	$all     = mpp_widgets_element_attributes();
	$allowed = isset( $all[ $tag ] ) ? $all[ $tag ] : array();
	$values  = array();

	foreach ( $given as $key => $value ) {
		if ( is_int( $key ) ) {
			if ( ! is_string( $value ) ) {
				continue;
			}
			$key   = $value;
			$value = true;
		}
		$name = mpp_widgets_attribute_name( $key );
		if ( ! isset( $allowed[ $name ] ) ) {
			continue;
		}
		if ( 'boolean' === $allowed[ $name ] ) {
			$values[ $name ] = mpp_widgets_is_on( $value );
			continue;
		}
		// A bare word for a text attribute (`[mpp_finder province]`) says nothing: drop it.
		if ( ! is_scalar( $value ) || is_bool( $value ) ) {
			continue;
		}
		$values[ $name ] = trim( (string) $value );
	}

	$ordered = array();
	foreach ( array_keys( $allowed ) as $name ) {
		if ( isset( $values[ $name ] ) && false !== $values[ $name ] && '' !== $values[ $name ] ) {
			$ordered[ $name ] = $values[ $name ];
		}
	}
	return $ordered;
}

/**
 * The `color` attribute: a hex colour (`#7a1010`, or short `#a11`) or nothing. Validated, so
 * that only a colour can ever reach the element's `style` attribute.
 *
 * @param array $given Attributes as WordPress parsed them.
 * @return string The colour, or '' when absent or invalid.
 */
function mpp_widgets_color_from( array $given ) {
	if ( ! isset( $given['color'] ) || ! is_string( $given['color'] ) ) {
		return '';
	}
	$color = sanitize_hex_color( trim( $given['color'] ) );
	return $color ? strtolower( $color ) : '';
}
