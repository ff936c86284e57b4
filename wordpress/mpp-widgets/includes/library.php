<?php
/**
 * Loading the library: once per page, only on pages that show a widget, as a module script,
 * from this site (default) or from a pinned CDN URL with Subresource Integrity for the loader
 * and, through an import map, for every part it loads.
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/** The `id` of the script tag on the page, the same on every WordPress version. */
const MPP_WIDGETS_SCRIPT_ID = 'mpp-widgets-js-module';

/**
 * What the build put beside the plugin (scripts/build-wordpress.mjs writes build-info.php from
 * package.json and dist/cdn/integrity.json): the library version in assets/, the sha384 of its
 * loader and of every other file in assets/ by path (`chunks/finder-….js`), which are also the
 * hashes of that version's files on the CDN.
 *
 * @return array{library_version: string, loader_integrity: string, file_integrity: array<string, string>}
 */
function mpp_widgets_build_info() {
	static $info = null;
	if ( null === $info ) {
		$file = MPP_WIDGETS_DIR . 'build-info.php';
		$read = is_readable( $file ) ? require $file : array();
		$info = wp_parse_args(
			is_array( $read ) ? $read : array(),
			array(
				'library_version'  => MPP_WIDGETS_VERSION,
				'loader_integrity' => '',
				'file_integrity'   => array(),
			)
		);
	}
	return $info;
}

/**
 * The loader's URL on jsDelivr, pinned to the exact version the plugin carries, so that the
 * integrity hash from the build matches it.
 *
 * @return string
 */
function mpp_widgets_cdn_url() {
	return mpp_widgets_cdn_folder() . 'mpp-widgets.js';
}

/**
 * The library's folder on jsDelivr (dist/cdn/ of the pinned version), with a final slash.
 *
 * @return string
 */
function mpp_widgets_cdn_folder() {
	$info = mpp_widgets_build_info();
	return 'https://cdn.jsdelivr.net/npm/mpp-widgets@' . rawurlencode( $info['library_version'] ) . '/dist/cdn/';
}

/**
 * The loader's URL in this plugin (assets/ is a copy of the package's dist/cdn/; the loader
 * fetches its chunks relative to its own URL).
 *
 * @return string
 */
function mpp_widgets_self_hosted_url() {
	return plugins_url( 'assets/mpp-widgets.js', MPP_WIDGETS_FILE );
}

/**
 * Where the loader comes from on this site, by the settings.
 *
 * @return array{src: string, version: ?string, integrity: string}
 *         `version` is the cache-busting query for the self-hosted file; the pinned CDN URL
 *         needs none.
 */
function mpp_widgets_library_script() {
	$options = mpp_widgets_get_options();
	$info    = mpp_widgets_build_info();
	if ( 'cdn' === $options['source'] && '' !== $info['loader_integrity'] ) {
		return array(
			'src'       => mpp_widgets_cdn_url(),
			'version'   => null,
			'integrity' => $info['loader_integrity'],
		);
	}
	return array(
		'src'       => mpp_widgets_self_hosted_url(),
		'version'   => $info['library_version'],
		'integrity' => '',
	);
}

/**
 * Called by every widget as it renders, so the library is requested only by pages that use
 * it. Calling it again is harmless: the script tag is printed once.
 */
function mpp_widgets_enqueue_library() {
	$script = mpp_widgets_library_script();
	if ( '' !== $script['integrity'] ) {
		add_filter( 'wp_script_attributes', 'mpp_widgets_add_integrity' );
	}

	// WordPress 6.5+: the Script Modules API prints `<script type="module">` once, in the head
	// (block themes, whose content is rendered before the head) or in the footer (classic
	// themes), at priority 10; the import map goes just before it.
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'mpp-widgets', $script['src'], array(), $script['version'] );
		if ( '' !== $script['integrity'] && ! has_action( 'wp_footer', 'mpp_widgets_print_import_map' ) ) {
			add_action( 'wp_head', 'mpp_widgets_print_import_map', 9 );
			add_action( 'wp_footer', 'mpp_widgets_print_import_map', 9 );
		}
		return;
	}

	// Before 6.5 the script API cannot print `type="module"`; print the tag in the footer
	// instead. Widgets render in the content, before wp_footer, in classic and block themes.
	if ( ! has_action( 'wp_footer', 'mpp_widgets_print_library_tag' ) ) {
		add_action( 'wp_footer', 'mpp_widgets_print_library_tag' );
	}
}

/**
 * Prints the module script tag (WordPress before 6.5). wp_print_script_tag() escapes the
 * attributes and applies the `wp_script_attributes` filter, as the Script Modules API does.
 */
function mpp_widgets_print_library_tag() {
	mpp_widgets_print_import_map();
	$script = mpp_widgets_library_script();
	$src    = null === $script['version'] ? $script['src'] : add_query_arg( 'ver', $script['version'], $script['src'] );
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => $src,
			'id'   => MPP_WIDGETS_SCRIPT_ID,
		)
	);
}

/**
 * Adds Subresource Integrity to our script tag when it comes from the CDN. `crossorigin` is
 * required for the browser to check the hash of a cross-origin script.
 *
 * @param array $attributes Script tag attributes.
 * @return array
 */
function mpp_widgets_add_integrity( $attributes ) {
	if ( isset( $attributes['id'] ) && MPP_WIDGETS_SCRIPT_ID === $attributes['id'] ) {
		$script = mpp_widgets_library_script();
		if ( '' !== $script['integrity'] ) {
			$attributes['integrity']   = $script['integrity'];
			$attributes['crossorigin'] = 'anonymous';
		}
	}
	return $attributes;
}

/**
 * In CDN mode, an import map whose `integrity` section holds the hash of every file the loader
 * may import: the loader's own `integrity` attribute covers only the loader, and a changed
 * chunk on the CDN would otherwise run unchecked. Printed once, before the loader (an import
 * map after the first module script is ignored).
 */
function mpp_widgets_print_import_map() {
	static $printed = false;
	$script = mpp_widgets_library_script();
	if ( $printed || '' === $script['integrity'] ) {
		return;
	}
	$printed   = true;
	$info      = mpp_widgets_build_info();
	$folder    = mpp_widgets_cdn_folder();
	$integrity = array();
	foreach ( $info['file_integrity'] as $path => $hash ) {
		$integrity[ $folder . $path ] = $hash;
	}
	wp_print_inline_script_tag(
		wp_json_encode( array( 'integrity' => $integrity ), JSON_UNESCAPED_SLASHES ),
		array(
			'type' => 'importmap',
			'id'   => 'mpp-widgets-import-map',
		)
	);
}
