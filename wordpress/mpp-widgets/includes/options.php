<?php
/**
 * The plugin's settings, stored as one option: where the library is loaded from, the default
 * theme colour and the hosts that authors without `unfiltered_html` may use in URL attributes.
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Defaults: the library from this site (one origin less to trust, works in closed networks),
 * the library's own colour, and no other host than this site.
 *
 * @return array{source: string, color: string, allowed_hosts: string[]}
 */
function mpp_widgets_default_options() {
	return array(
		'source'        => 'self',
		'color'         => '',
		'allowed_hosts' => array(),
	);
}

/**
 * The saved settings, completed with the defaults and checked again on every read: the option
 * can be changed without the settings page (a database edit, another plugin, an import), and
 * what is read here ends up in the page's markup.
 *
 * @return array{source: string, color: string, allowed_hosts: string[]}
 */
function mpp_widgets_get_options() {
	$saved   = get_option( 'mpp_widgets_options', array() );
	$options = wp_parse_args( is_array( $saved ) ? $saved : array(), mpp_widgets_default_options() );

	$color = is_string( $options['color'] ) ? sanitize_hex_color( trim( $options['color'] ) ) : '';
	$hosts = is_array( $options['allowed_hosts'] ) ? $options['allowed_hosts'] : array();

	return array(
		'source'        => 'cdn' === $options['source'] ? 'cdn' : 'self',
		'color'         => $color ? strtolower( $color ) : '',
		'allowed_hosts' => array_values( array_filter( array_map( 'mpp_widgets_host_pattern', $hosts ) ) ),
	);
}

/**
 * One allow-list entry as a host pattern: `antrean.mpp-contoh.go.id`, or `*.jabarprov.go.id`
 * for every subdomain of jabarprov.go.id. A URL is reduced to its host, so pasting
 * `https://antrean.mpp-contoh.go.id/api` works too.
 *
 * @param mixed $entry As typed or stored.
 * @return string The pattern in lower case, or '' when it is not a host name.
 */
function mpp_widgets_host_pattern( $entry ) {
	if ( ! is_string( $entry ) ) {
		return '';
	}
	$entry = strtolower( trim( $entry ) );
	if ( preg_match( '#^[a-z][a-z0-9+.-]*://#', $entry ) ) {
		$host  = wp_parse_url( $entry, PHP_URL_HOST );
		$entry = is_string( $host ) ? $host : '';
	}
	$entry = rtrim( $entry, '.' );
	$label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
	// At least two labels: a single word is more likely a typo than an intranet host.
	return preg_match( "/^(\\*\\.)?(?:$label\\.)+$label$/", $entry ) ? $entry : '';
}
