<?php
/**
 * Plugin Name:       MPP Widgets
 * Description:       MPP finder, service checklist and queue badge for Mal Pelayanan Publik (MPP) pages, as shortcodes and a block that every author role can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            mpp-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       mpp-widgets
 * Domain Path:       /languages
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'MPP_WIDGETS_VERSION', '0.1.0' );
define( 'MPP_WIDGETS_FILE', __FILE__ );
define( 'MPP_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once MPP_WIDGETS_DIR . 'includes/options.php';
require_once MPP_WIDGETS_DIR . 'includes/attributes.php';
require_once MPP_WIDGETS_DIR . 'includes/author-policy.php';
require_once MPP_WIDGETS_DIR . 'includes/library.php';
require_once MPP_WIDGETS_DIR . 'includes/render.php';
require_once MPP_WIDGETS_DIR . 'includes/shortcodes.php';
require_once MPP_WIDGETS_DIR . 'includes/block.php';

if ( is_admin() ) {
	require_once MPP_WIDGETS_DIR . 'includes/settings.php';
}

add_action( 'init', 'mpp_widgets_init' );

/**
 * Loads the translations first, so that the block's title and description registered right
 * after are already translated.
 */
function mpp_widgets_init() {
	load_plugin_textdomain( 'mpp-widgets', false, dirname( plugin_basename( MPP_WIDGETS_FILE ) ) . '/languages' );
	mpp_widgets_register_shortcodes();
	mpp_widgets_register_block();
}
