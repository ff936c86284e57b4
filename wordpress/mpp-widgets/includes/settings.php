<?php
/**
 * Settings → MPP Widgets: where the library is loaded from and the default theme colour.
 * Built on the Settings API, so options.php checks the nonce (settings_fields()) and the
 * `manage_options` capability before anything is saved.
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/** The settings page's slug and Settings API page name. */
const MPP_WIDGETS_SETTINGS_PAGE = 'mpp-widgets';

/** The Settings API option group (the nonce action is `mpp_widgets-options`). */
const MPP_WIDGETS_SETTINGS_GROUP = 'mpp_widgets';

add_action( 'admin_menu', 'mpp_widgets_add_settings_page' );
add_action( 'admin_init', 'mpp_widgets_register_settings' );
add_filter( 'plugin_action_links_' . plugin_basename( MPP_WIDGETS_FILE ), 'mpp_widgets_settings_link' );

/**
 * Adds the page under Settings, for administrators only.
 */
function mpp_widgets_add_settings_page() {
	// The menu prints its title as HTML; the page title is escaped where WordPress prints it.
	add_options_page(
		__( 'MPP Widgets', 'mpp-widgets' ),
		esc_html__( 'MPP Widgets', 'mpp-widgets' ),
		'manage_options',
		MPP_WIDGETS_SETTINGS_PAGE,
		'mpp_widgets_render_settings_page'
	);
}

/**
 * A "Settings" link beside "Deactivate" in the plugin list.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function mpp_widgets_settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=' . MPP_WIDGETS_SETTINGS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'mpp-widgets' ) . '</a>' );
	return $links;
}

/**
 * Registers the option, its sanitizer, and the page's sections and fields.
 */
function mpp_widgets_register_settings() {
	register_setting(
		MPP_WIDGETS_SETTINGS_GROUP,
		'mpp_widgets_options',
		array(
			'sanitize_callback' => 'mpp_widgets_sanitize_options',
			'default'           => mpp_widgets_default_options(),
		)
	);

	// WordPress prints section and field titles as they are: escape them here, so that a
	// translation can never add markup to the page.
	add_settings_section( 'mpp_widgets_loading', esc_html__( 'Loading', 'mpp-widgets' ), '__return_false', MPP_WIDGETS_SETTINGS_PAGE );
	add_settings_field( 'mpp_widgets_source', esc_html__( 'Script source', 'mpp-widgets' ), 'mpp_widgets_render_source_field', MPP_WIDGETS_SETTINGS_PAGE, 'mpp_widgets_loading' );

	add_settings_section( 'mpp_widgets_appearance', esc_html__( 'Appearance', 'mpp-widgets' ), '__return_false', MPP_WIDGETS_SETTINGS_PAGE );
	add_settings_field(
		'mpp_widgets_color',
		esc_html__( 'Default theme colour', 'mpp-widgets' ),
		'mpp_widgets_render_color_field',
		MPP_WIDGETS_SETTINGS_PAGE,
		'mpp_widgets_appearance',
		array( 'label_for' => 'mpp-widgets-color' )
	);

	add_settings_section( 'mpp_widgets_authors', esc_html__( 'Authors', 'mpp-widgets' ), 'mpp_widgets_render_authors_section', MPP_WIDGETS_SETTINGS_PAGE );
	add_settings_field(
		'mpp_widgets_allowed_hosts',
		esc_html__( 'Allowed hosts', 'mpp-widgets' ),
		'mpp_widgets_render_allowed_hosts_field',
		MPP_WIDGETS_SETTINGS_PAGE,
		'mpp_widgets_authors',
		array( 'label_for' => 'mpp-widgets-allowed-hosts' )
	);
}

/**
 * Keeps only valid values. An invalid colour keeps the previous one; a colour that white text
 * cannot be read on is saved, with a warning (the site may have reasons, e.g. a dark theme).
 *
 * @param mixed $input Submitted values.
 * @return array{source: string, color: string, allowed_hosts: string[]}
 */
function mpp_widgets_sanitize_options( $input ) {
	$previous = mpp_widgets_get_options();
	$input    = is_array( $input ) ? $input : array();
	$options  = mpp_widgets_default_options();

	$source = isset( $input['source'] ) ? (string) $input['source'] : 'self';
	$info   = mpp_widgets_build_info();
	if ( 'cdn' === $source && '' === $info['loader_integrity'] ) {
		mpp_widgets_settings_error( 'no-integrity', __( 'This copy of the plugin has no integrity hash for the CDN file, so the script stays on this site.', 'mpp-widgets' ) );
		$source = 'self';
	}
	$options['source'] = 'cdn' === $source ? 'cdn' : 'self';

	$color = isset( $input['color'] ) ? trim( (string) $input['color'] ) : '';
	if ( '' !== $color ) {
		$valid = sanitize_hex_color( $color );
		if ( ! $valid ) {
			mpp_widgets_settings_error( 'color', __( 'The colour must be a hex colour such as #7a1010. The previous colour was kept.', 'mpp-widgets' ) );
			$color = $previous['color'];
		} else {
			$color = strtolower( $valid );
			$ratio = mpp_widgets_contrast_with_white( $color );
			if ( $ratio < 4.5 ) {
				mpp_widgets_settings_error(
					'contrast',
					/* translators: 1: a colour such as #ffcc00, 2: a contrast ratio such as 1.6 */
					sprintf( __( 'White text on %1$s has a contrast of only %2$s:1; buttons and numbers need at least 4.5:1 to be readable.', 'mpp-widgets' ), $color, number_format_i18n( $ratio, 1 ) ),
					'warning'
				);
			}
		}
	}
	$options['color'] = $color;

	// The form sends lines; the second sanitizer run (see above) gets the list made here.
	$typed = isset( $input['allowed_hosts'] ) ? $input['allowed_hosts'] : array();
	$typed = is_string( $typed ) ? preg_split( '/[\s,]+/', $typed, -1, PREG_SPLIT_NO_EMPTY ) : (array) $typed;
	$hosts = array();
	$wrong = array();
	foreach ( $typed as $entry ) {
		$host = mpp_widgets_host_pattern( $entry );
		if ( '' === $host ) {
			$wrong[] = $entry;
		} elseif ( ! in_array( $host, $hosts, true ) ) {
			$hosts[] = $host;
		}
	}
	if ( $wrong ) {
		mpp_widgets_settings_error(
			'hosts',
			/* translators: %s: the entries that were left out, separated by commas */
			sprintf( __( 'Not host names, left out: %s. Write one host per line, such as antrean.mpp-contoh.go.id or *.jabarprov.go.id.', 'mpp-widgets' ), implode( ', ', $wrong ) )
		);
	}
	$options['allowed_hosts'] = $hosts;
	return $options;
}

/**
 * Adds a settings message once. WordPress runs the sanitizer twice when the option is first
 * created, which would otherwise show every message twice.
 *
 * @param string $code    Message id.
 * @param string $message Text.
 * @param string $type    'error' or 'warning'.
 */
function mpp_widgets_settings_error( $code, $message, $type = 'error' ) {
	foreach ( get_settings_errors( 'mpp_widgets_options' ) as $error ) {
		if ( $error['code'] === $code ) {
			return;
		}
	}
	// settings_errors() prints messages as HTML; ours are text, and may quote what was typed.
	add_settings_error( 'mpp_widgets_options', $code, esc_html( $message ), $type );
}

/**
 * WCAG 2 contrast ratio of a hex colour against white (the text colour on primary).
 *
 * @param string $hex `#rgb` or `#rrggbb`.
 * @return float From 1 to 21.
 */
function mpp_widgets_contrast_with_white( $hex ) {
	$hex = ltrim( $hex, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	$luminance = 0.0;
	foreach ( array( 0.2126, 0.7152, 0.0722 ) as $index => $weight ) {
		$channel    = hexdec( substr( $hex, $index * 2, 2 ) ) / 255;
		$linear     = $channel <= 0.04045 ? $channel / 12.92 : pow( ( $channel + 0.055 ) / 1.055, 2.4 );
		$luminance += $weight * $linear;
	}
	return 1.05 / ( $luminance + 0.05 );
}

/**
 * The page. add_options_page() already refuses users without `manage_options`; the check
 * here keeps the page safe if it is ever hooked elsewhere.
 */
function mpp_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'The widgets can be used by every author of this site, in the "MPP Widgets" block or with a shortcode. These settings apply to all of them.', 'mpp-widgets' ); ?></p>
		<?php mpp_widgets_render_assets_notice(); ?>
		<form action="options.php" method="post">
			<?php
			settings_fields( MPP_WIDGETS_SETTINGS_GROUP );
			do_settings_sections( MPP_WIDGETS_SETTINGS_PAGE );
			submit_button();
			?>
		</form>
		<?php mpp_widgets_render_usage(); ?>
	</div>
	<?php
}

/**
 * Warns when the library files are missing (a plugin copied from the repository instead of
 * installed from the release zip): the widgets could not load from this site.
 */
function mpp_widgets_render_assets_notice() {
	if ( is_readable( MPP_WIDGETS_DIR . 'assets/mpp-widgets.js' ) ) {
		return;
	}
	echo '<div class="notice notice-error inline"><p>';
	esc_html_e( 'The library files (assets/mpp-widgets.js) are missing. Install the plugin from its release zip.', 'mpp-widgets' );
	echo '</p></div>';
}

/**
 * Radio buttons: this site (default) or the pinned CDN file.
 */
function mpp_widgets_render_source_field() {
	$options = mpp_widgets_get_options();
	$info    = mpp_widgets_build_info();
	?>
	<fieldset>
		<legend class="screen-reader-text"><?php esc_html_e( 'Script source', 'mpp-widgets' ); ?></legend>
		<p>
			<label>
				<input type="radio" name="mpp_widgets_options[source]" value="self" <?php checked( $options['source'], 'self' ); ?> />
				<?php esc_html_e( 'This site (recommended)', 'mpp-widgets' ); ?>
			</label>
			<br /><code><?php echo esc_html( mpp_widgets_self_hosted_url() ); ?></code>
		</p>
		<p class="description"><?php esc_html_e( 'Visitors load the widgets from this site only: no third party, and every file is covered by your own security policy.', 'mpp-widgets' ); ?></p>
		<p>
			<label>
				<input type="radio" name="mpp_widgets_options[source]" value="cdn" <?php checked( $options['source'], 'cdn' ); ?> <?php disabled( '' === $info['loader_integrity'] ); ?> />
				<?php
				/* translators: %s: library version such as 0.1.0 */
				echo esc_html( sprintf( __( 'jsDelivr CDN, version %s, with Subresource Integrity', 'mpp-widgets' ), $info['library_version'] ) );
				?>
			</label>
			<br /><code><?php echo esc_html( mpp_widgets_cdn_url() ); ?></code>
			<?php if ( '' !== $info['loader_integrity'] ) : ?>
				<br /><code><?php echo esc_html( $info['loader_integrity'] ); ?></code>
			<?php endif; ?>
		</p>
		<p class="description"><?php esc_html_e( 'Every file is checked: the loader by its integrity attribute, the parts it loads by an import map that lists their hashes. Browsers without integrity in import maps (Chrome before 127) check the loader only.', 'mpp-widgets' ); ?></p>
	</fieldset>
	<?php
}

/**
 * The default colour (`--mpp-color-primary`), overridden per widget by `color`.
 */
function mpp_widgets_render_color_field() {
	$options = mpp_widgets_get_options();
	?>
	<input type="text" id="mpp-widgets-color" name="mpp_widgets_options[color]" value="<?php echo esc_attr( $options['color'] ); ?>" placeholder="#0b57a4" pattern="#([0-9a-fA-F]{3}){1,2}" class="regular-text code" />
	<p class="description"><?php esc_html_e( 'A hex colour such as #7a1010 for buttons, the number being served and the focus ring. Text on it is white. Empty: the library\'s blue. The color attribute of a shortcode overrides it.', 'mpp-widgets' ); ?></p>
	<?php
}

/**
 * Why the allow-list exists, above its field.
 */
function mpp_widgets_render_authors_section() {
	echo '<p>' . esc_html__( 'Authors and Contributors cannot publish unfiltered HTML. In their widgets, addresses (src, patch, holidays, tile-url) are used only when they are on this site or on a host listed here, and storage-key is not used at all; the preview tells them what was left out. Administrators and Editors are not limited.', 'mpp-widgets' ) . '</p>';
}

/**
 * The allow-list: one host per line.
 */
function mpp_widgets_render_allowed_hosts_field() {
	$options = mpp_widgets_get_options();
	?>
	<textarea id="mpp-widgets-allowed-hosts" name="mpp_widgets_options[allowed_hosts]" rows="4" class="large-text code" aria-describedby="mpp-widgets-allowed-hosts-help"><?php echo esc_textarea( implode( "\n", $options['allowed_hosts'] ) ); ?></textarea>
	<p class="description" id="mpp-widgets-allowed-hosts-help"><?php esc_html_e( 'One host per line, such as antrean.mpp-contoh.go.id (the queue system) or *.jabarprov.go.id (all its subdomains). Only hosts you trust: what they serve appears on your pages, and visitors\' browsers contact them.', 'mpp-widgets' ); ?></p>
	<?php
}

/**
 * Short usage notes under the form.
 */
function mpp_widgets_render_usage() {
	$examples = array(
		'[mpp-finder province="32" near-me]',
		'[mpp_service_checklist service="paspor-baru"]',
		'[mpp_queue_badge src="https://antrean.example.go.id/api/tv-display/queue-status" format="siola" service="A"]',
	);
	?>
	<h2><?php esc_html_e( 'Usage', 'mpp-widgets' ); ?></h2>
	<p><?php esc_html_e( 'Add the "MPP Widgets" block, or a Shortcode block with one of these shortcodes. Attribute names are those of the elements (see the README of mpp-widgets).', 'mpp-widgets' ); ?></p>
	<ul>
		<?php foreach ( $examples as $example ) : ?>
			<li><code><?php echo esc_html( $example ); ?></code></li>
		<?php endforeach; ?>
	</ul>
	<?php
}
