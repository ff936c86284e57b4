<?php
/**
 * WordPress from the command line, for scripts/wordpress-test.mjs (not part of the plugin).
 *
 *   php site.php install  — wp_install(): tables, the admin, site language Indonesian
 *   php site.php populate — installs the plugin from its zip and activates it as WordPress's
 *                           upload form does, creates an Author and a Contributor, and saves
 *                           the test posts as those users, with WordPress's HTML filter (kses)
 *                           active for them; prints what was saved as JSON.
 *   php site.php render   — do_shortcode() of each shortcode in MPP_WP_SHORTCODES (JSON list),
 *                           with the plugin active: the plugin's own output, before the_content's
 *                           other filters (wptexturize) touch the post.
 *   php site.php options  — stores MPP_WP_OPTIONS (JSON) as the plugin's option as it is, past
 *                           the settings page's checks, as a database edit or another plugin
 *                           could.
 *
 * Environment: MPP_WP_CONFIG (the Debian config name), MPP_WP_URL, MPP_WP_PASSWORD,
 * MPP_WP_ZIP (populate), MPP_WP_POSTS (populate: JSON [{slug, as, content}]).
 *
 * @package MPP_Widgets
 */

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

/**
 * Stops with a message on stderr and exit code 1.
 *
 * @param string $message What went wrong.
 */
function mpp_test_fail( $message ) {
	fwrite( STDERR, "site.php: $message\n" );
	exit( 1 );
}

$mpp_test_command = isset( $argv[1] ) ? $argv[1] : '';
$mpp_test_url     = mpp_test_host( (string) getenv( 'MPP_WP_URL' ) );

/**
 * Host and port of the site URL, for $_SERVER (WordPress reads HTTP_HOST, and Debian's
 * wp-config.php picks its config file from WORDPRESS_CONFIG or the host).
 *
 * @param string $url Site URL.
 * @return string host:port
 */
function mpp_test_host( $url ) {
	$parts = parse_url( $url );
	if ( empty( $parts['host'] ) ) {
		mpp_test_fail( 'MPP_WP_URL is not set' );
	}
	return $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
}

$_SERVER['WORDPRESS_CONFIG'] = (string) getenv( 'MPP_WP_CONFIG' );
$_SERVER['HTTP_HOST']        = $mpp_test_url;
$_SERVER['SERVER_NAME']      = $mpp_test_url;
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';

if ( 'install' === $mpp_test_command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

// Never touch another site's database: Debian's wp-config.php falls back to other files.
$mpp_test_expected_config = '/etc/wordpress/config-' . $_SERVER['WORDPRESS_CONFIG'] . '.php';
if ( ! defined( 'DEBIAN_FILE' ) || DEBIAN_FILE !== $mpp_test_expected_config ) {
	mpp_test_fail( 'WordPress did not load ' . $mpp_test_expected_config );
}

if ( 'install' === $mpp_test_command ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install( 'Pemerintah Kabupaten Contoh', 'admin', 'admin@example.invalid', false, '', getenv( 'MPP_WP_PASSWORD' ), 'id_ID' );
	update_option( 'permalink_structure', '' );
	echo wp_json_encode( array( 'admin' => $result['user_id'] ) ), "\n";
	exit( 0 );
}

if ( 'render' === $mpp_test_command ) {
	$mpp_test_rendered = array();
	foreach ( json_decode( (string) getenv( 'MPP_WP_SHORTCODES' ), true ) as $mpp_test_shortcode ) {
		$mpp_test_rendered[] = do_shortcode( $mpp_test_shortcode );
	}
	echo wp_json_encode( $mpp_test_rendered ), "\n";
	exit( 0 );
}

if ( 'options' === $mpp_test_command ) {
	update_option( 'mpp_widgets_options', json_decode( (string) getenv( 'MPP_WP_OPTIONS' ), true ) );
	echo wp_json_encode( get_option( 'mpp_widgets_options' ) ), "\n";
	exit( 0 );
}

if ( 'populate' !== $mpp_test_command ) {
	mpp_test_fail( "unknown command '$mpp_test_command'" );
}

require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$mpp_test_admin = get_user_by( 'login', 'admin' );
wp_set_current_user( $mpp_test_admin->ID );

// The plugin, from the zip, through the code behind Plugins → Add New → Upload Plugin.
$mpp_test_skin     = new Automatic_Upgrader_Skin();
$mpp_test_upgrader = new Plugin_Upgrader( $mpp_test_skin );
$mpp_test_result   = $mpp_test_upgrader->install( getenv( 'MPP_WP_ZIP' ) );
if ( true !== $mpp_test_result ) {
	mpp_test_fail( 'plugin install failed: ' . implode( ' | ', $mpp_test_skin->get_upgrade_messages() ) . ( is_wp_error( $mpp_test_result ) ? ' ' . $mpp_test_result->get_error_message() : '' ) );
}
$mpp_test_activation = activate_plugin( 'mpp-widgets/mpp-widgets.php' );
if ( is_wp_error( $mpp_test_activation ) ) {
	mpp_test_fail( 'activation failed: ' . $mpp_test_activation->get_error_message() );
}

$mpp_test_users = array( 'admin' => $mpp_test_admin->ID );

// The Contributor works in English (user language), the others in the site's Indonesian.
foreach ( array( 'author', 'contributor' ) as $mpp_test_role ) {
	$mpp_test_id = wp_insert_user(
		array(
			'user_login' => $mpp_test_role,
			'user_pass'  => getenv( 'MPP_WP_PASSWORD' ),
			'user_email' => $mpp_test_role . '@example.invalid',
			'role'       => $mpp_test_role,
			'locale'     => 'contributor' === $mpp_test_role ? 'en_US' : '',
		)
	);
	if ( is_wp_error( $mpp_test_id ) ) {
		mpp_test_fail( $mpp_test_id->get_error_message() );
	}
	$mpp_test_users[ $mpp_test_role ] = $mpp_test_id;
}

// The block editor's welcome guide would fetch an image from s.w.org; the test stays offline.
foreach ( $mpp_test_users as $mpp_test_id ) {
	update_user_meta(
		$mpp_test_id,
		$wpdb->get_blog_prefix() . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'_modified'      => gmdate( 'Y-m-d\TH:i:s.000\Z' ),
		)
	);
}

/**
 * Saves a post as a user, as the editor would: wp_set_current_user() fires
 * `set_current_user`, on which WordPress turns kses on or off by the user's
 * `unfiltered_html` capability. Contributors can only submit for review; the admin publishes.
 * A post with a `status` (a draft) keeps it.
 *
 * @param array $post  {slug, as, content, status?}.
 * @param array $users Role => user id.
 * @return array What was saved and where it is shown.
 */
function mpp_test_save_post( array $post, array $users ) {
	wp_set_current_user( $users[ $post['as'] ] );
	$filtered = ! current_user_can( 'unfiltered_html' );
	$id       = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $post['slug'],
				'post_name'    => $post['slug'],
				'post_content' => $post['content'],
				'post_status'  => isset( $post['status'] ) ? $post['status'] : ( 'contributor' === $post['as'] ? 'pending' : 'publish' ),
				'post_author'  => $users[ $post['as'] ],
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		mpp_test_fail( $id->get_error_message() );
	}
	if ( 'contributor' === $post['as'] && ! isset( $post['status'] ) ) {
		wp_set_current_user( $users['admin'] );
		wp_publish_post( $id );
	}
	return array(
		'id'       => $id,
		'as'       => $post['as'],
		'filtered' => $filtered,
		'saved'    => get_post_field( 'post_content', $id, 'raw' ),
		'status'   => get_post_status( $id ),
		'url'      => get_permalink( $id ),
	);
}

$mpp_test_saved = array();
foreach ( json_decode( (string) getenv( 'MPP_WP_POSTS' ), true ) as $mpp_test_post ) {
	$mpp_test_saved[ $mpp_test_post['slug'] ] = mpp_test_save_post( $mpp_test_post, $mpp_test_users );
}

echo wp_json_encode(
	array(
		'users'   => $mpp_test_users,
		'posts'   => $mpp_test_saved,
		'plugins' => get_option( 'active_plugins' ),
	)
), "\n";
