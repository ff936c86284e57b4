<?php
/**
 * Removes the plugin's only stored data when the plugin is deleted (not when deactivated).
 *
 * @package MPP_Widgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'mpp_widgets_options' );
