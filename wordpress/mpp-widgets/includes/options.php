<?php
/**
 * The plugin's settings, stored as one option: where the library is loaded from and the
 * default theme colour.
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Defaults: the library from this site (one origin less to trust, works in closed networks)
 * and the library's own colour.
 *
 * @return array{source: string, color: string}
 */
function mpp_widgets_default_options() {
	return array(
		'source' => 'self',
		'color'  => '',
	);
}

/**
 * The saved settings, completed with the defaults.
 *
 * @return array{source: string, color: string}
 */
function mpp_widgets_get_options() {
	$saved = get_option( 'mpp_widgets_options', array() );
	return wp_parse_args( is_array( $saved ) ? $saved : array(), mpp_widgets_default_options() );
}
