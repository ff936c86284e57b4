<?php
/**
 * Which attributes a widget may keep, by who wrote it. A URL attribute decides where visitors'
 * browsers go and what the widget shows, long after the post was reviewed; `storage-key` names
 * a key in the visitor's localStorage, shared with everything else on the site. So these are
 * kept only when the post's author may publish unfiltered HTML (the same trust as a pasted
 * `<script>`), or, for URLs, when the URL points to this site or a host an administrator put on
 * the allow-list (Settings → MPP Widgets). The check runs when the widget is rendered, with the
 * capabilities of the post's author, never of the visitor or of whoever publishes it.
 *
 * @package MPP_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Authors of the posts whose content is being rendered, innermost last (a Query Loop block
 * renders other posts' content inside a page's content).
 *
 * @var int[]
 */
$GLOBALS['mpp_widgets_content_authors'] = array();

add_filter( 'the_content', 'mpp_widgets_enter_content', 0 );
add_filter( 'the_content', 'mpp_widgets_leave_content', PHP_INT_MAX );

/**
 * Before blocks and shortcodes of a post's content run: remember whose content it is.
 *
 * @param string $content Post content.
 * @return string Unchanged.
 */
function mpp_widgets_enter_content( $content ) {
	$post                                    = get_post();
	$GLOBALS['mpp_widgets_content_authors'][] = $post ? (int) $post->post_author : 0;
	return $content;
}

/**
 * After the content's filters: back to the enclosing content, if any.
 *
 * @param string $content Rendered content.
 * @return string Unchanged.
 */
function mpp_widgets_leave_content( $content ) {
	array_pop( $GLOBALS['mpp_widgets_content_authors'] );
	return $content;
}

/**
 * Whose widget is being rendered: the author of the post whose content is being filtered, or,
 * for the block editor's preview (the REST block renderer, which sets up the edited post but
 * runs no content filter), the author of that post. 0 elsewhere (widget areas, templates):
 * there the strict rules apply.
 *
 * @return int User id, or 0.
 */
function mpp_widgets_responsible_author() {
	$authors = $GLOBALS['mpp_widgets_content_authors'];
	if ( $authors ) {
		return (int) end( $authors );
	}
	if ( defined( 'REST_REQUEST' ) && REST_REQUEST ) {
		$post = get_post();
		return $post ? (int) $post->post_author : 0;
	}
	return 0;
}

/**
 * Removes what the widget's author may not set.
 *
 * @param array $attributes Element attributes from mpp_widgets_element_attributes_from().
 * @return array{attributes: array, refused: array<int, array{name: string, value: string, reason: string}>}
 *         `reason` is 'host' (a URL to another site), 'url' (not an http(s) URL) or 'trusted'
 *         (an attribute only for authors who may post unfiltered HTML).
 */
function mpp_widgets_apply_author_policy( array $attributes ) {
	$author = mpp_widgets_responsible_author();
	if ( $author && user_can( $author, 'unfiltered_html' ) ) {
		return array(
			'attributes' => $attributes,
			'refused'    => array(),
		);
	}

	$types   = mpp_widgets_attribute_types();
	$refused = array();
	foreach ( $attributes as $name => $value ) {
		$type   = isset( $types[ $name ] ) ? $types[ $name ] : 'text';
		$reason = '';
		if ( 'url' === $type ) {
			$reason = mpp_widgets_url_refusal( (string) $value );
		} elseif ( 'trusted' === $type ) {
			$reason = 'trusted';
		} elseif ( 'tile-attribution' === $name && ! isset( $attributes['tile-url'] ) ) {
			// The credit of an allowed tile server (`tile-url` comes first and was checked
			// above); without one, it would only replace OpenStreetMap's credit.
			$reason = 'trusted';
		}
		if ( '' !== $reason ) {
			$refused[] = array(
				'name'   => $name,
				'value'  => (string) $value,
				'reason' => $reason,
			);
			unset( $attributes[ $name ] );
		}
	}
	return array(
		'attributes' => $attributes,
		'refused'    => $refused,
	);
}

/**
 * Why a URL may not be used by an author without `unfiltered_html`.
 *
 * @param string $url As written in the shortcode or block.
 * @return string '' when allowed, 'url' when it is not a web address, 'host' when it points to
 *                another site that is not on the allow-list.
 */
function mpp_widgets_url_refusal( $url ) {
	// What the browser will do with it: tabs and line breaks are dropped, `\` counts as `/`
	// (so `/\evil.example` is another host, as `//evil.example` is).
	$url = str_replace( '\\', '/', preg_replace( '/[\t\r\n]/', '', $url ) );
	if ( preg_match( '#^[a-z][a-z0-9+.-]*:#i', $url ) ) {
		$scheme = strtolower( (string) wp_parse_url( $url, PHP_URL_SCHEME ) );
		$host   = wp_parse_url( $url, PHP_URL_HOST );
		if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || ! is_string( $host ) || '' === $host || ! preg_match( '#^https?://#i', $url ) ) {
			return 'url';
		}
	} elseif ( 0 === strpos( $url, '//' ) ) {
		$host = wp_parse_url( 'https:' . $url, PHP_URL_HOST );
		if ( ! is_string( $host ) || '' === $host ) {
			return 'url';
		}
	} else {
		return ''; // A path on this site.
	}
	return mpp_widgets_host_allowed( $host ) ? '' : 'host';
}

/**
 * Whether a host is this site's or on the allow-list.
 *
 * @param string $host Host name.
 * @return bool
 */
function mpp_widgets_host_allowed( $host ) {
	$host = rtrim( strtolower( $host ), '.' );
	foreach ( array( home_url(), site_url() ) as $own ) {
		if ( strtolower( (string) wp_parse_url( $own, PHP_URL_HOST ) ) === $host ) {
			return true;
		}
	}
	$options = mpp_widgets_get_options();
	foreach ( $options['allowed_hosts'] as $pattern ) {
		if ( $pattern === $host ) {
			return true;
		}
		if ( 0 === strpos( $pattern, '*.' ) && substr( $host, -strlen( $pattern ) + 1 ) === substr( $pattern, 1 ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether the page is seen by someone who can edit this widget: the block editor's preview or
 * the post's preview. Only they get the plugin's notices and the elements' hints.
 *
 * @return bool
 */
function mpp_widgets_is_owner_view() {
	$post = get_post();
	if ( ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
		return false;
	}
	return ( defined( 'REST_REQUEST' ) && REST_REQUEST ) || is_preview();
}

/**
 * What the author sees in the preview for each attribute that was left out.
 *
 * @param array $refused From mpp_widgets_apply_author_policy().
 * @return string HTML, '' when nothing was refused or the viewer is not an editor of the post.
 */
function mpp_widgets_refusal_notice( array $refused ) {
	if ( ! $refused || ! mpp_widgets_is_owner_view() ) {
		return '';
	}
	$items = '';
	foreach ( $refused as $refusal ) {
		if ( 'host' === $refusal['reason'] ) {
			/* translators: 1: attribute name such as src, 2: the URL */
			$text = __( '%1$s="%2$s" was left out: authors may only use addresses on this site or on hosts an administrator allowed (Settings → MPP Widgets).', 'mpp-widgets' );
		} elseif ( 'url' === $refusal['reason'] ) {
			/* translators: 1: attribute name such as src, 2: the value */
			$text = __( '%1$s="%2$s" was left out: it is not a web address (http or https).', 'mpp-widgets' );
		} else {
			/* translators: 1: attribute name such as storage-key, 2: the value */
			$text = __( '%1$s="%2$s" was left out: only users who may publish unfiltered HTML (administrators and editors) may set it.', 'mpp-widgets' );
		}
		$items .= '<li>' . esc_html( sprintf( $text, $refusal['name'], $refusal['value'] ) ) . '</li>';
	}
	// Styled inline: the preview page loads no stylesheet of the plugin, and only editors see it.
	$style = 'border-inline-start: 4px solid #dba617; background: #fcf9e8; padding: 0.25em 1em; margin-block: 1em;';
	return '<div class="mpp-widgets-refused" role="note" style="' . esc_attr( $style ) . '"><p>' . esc_html__( 'MPP Widgets — shown only to editors of this post:', 'mpp-widgets' ) . '</p><ul>' . $items . '</ul></div>';
}
