<?php
/**
 * The markup of a concept on the page, shared by the block and the shortcode.
 *
 * It is made on the server when the page is shown, not stored in the post: WordPress removes custom
 * tags from what an Author saves (kses), but never from what a plugin renders. The elements get their
 * data from the export's address; a link to the file stays inside as the fallback for readers whose
 * browser runs no script.
 *
 * @package KonzeptKit
 */

defined( 'ABSPATH' ) || exit;

/** What can be shown, in the order it is shown. */
const KONZEPT_KIT_PARTS = array( 'chart', 'measures', 'diff' );

/**
 * The address of an export: an attachment id (media library) or a URL. Only http(s) and
 * site-relative addresses are accepted.
 *
 * @param mixed $id  Attachment id or 0.
 * @param mixed $url Address or ''.
 * @return string Empty when neither gives a usable address.
 */
function konzept_kit_export_url( $id, $url ) {
	$id = absint( $id );
	if ( $id ) {
		$attachment = wp_get_attachment_url( $id );
		if ( $attachment ) {
			return $attachment;
		}
	}
	// javascript: and data: addresses become '' here; site-relative ones (/wp-content/…) stay.
	return esc_url_raw( trim( (string) $url ), array( 'http', 'https' ) );
}

/**
 * Normalises block attributes and shortcode attributes to one set of options.
 *
 * @param array $raw Attributes as given.
 * @return array{src:string,from:string,parts:string[],view:string,lang:string,headingLevel:int,label:string,align:string}
 */
function konzept_kit_options( array $raw ) {
	$parts = $raw['show'] ?? array( 'chart', 'measures' );
	if ( is_string( $parts ) ) {
		$parts = preg_split( '/[\s,]+/', strtolower( $parts ), -1, PREG_SPLIT_NO_EMPTY );
	}
	$aliases = array( 'grafik' => 'chart', 'ampel' => 'chart', 'massnahmen' => 'measures', 'maßnahmen' => 'measures', 'vergleich' => 'diff', 'all' => 'chart,measures,diff', 'alles' => 'chart,measures,diff' );
	$wanted  = array();
	foreach ( (array) $parts as $part ) {
		$part = $aliases[ $part ] ?? $part;
		foreach ( explode( ',', (string) $part ) as $one ) {
			$wanted[] = $one;
		}
	}
	$parts = array_values( array_intersect( KONZEPT_KIT_PARTS, $wanted ) );
	$level = (int) ( $raw['headingLevel'] ?? $raw['heading-level'] ?? 2 );
	$lang  = strtolower( (string) ( $raw['lang'] ?? '' ) );
	return array(
		'src'          => konzept_kit_export_url( $raw['id'] ?? 0, $raw['src'] ?? '' ),
		'from'         => konzept_kit_export_url( $raw['fromId'] ?? $raw['from_id'] ?? 0, $raw['from'] ?? '' ),
		'parts'        => $parts ? $parts : array( 'chart', 'measures' ),
		'view'         => in_array( $raw['view'] ?? '', array( 'overview', 'fields' ), true ) ? $raw['view'] : '',
		'lang'         => preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/', $lang ) ? $lang : '',
		'headingLevel' => min( 6, max( 2, $level ) ),
		'label'        => sanitize_text_field( (string) ( $raw['label'] ?? '' ) ),
		'align'        => in_array( $raw['align'] ?? '', array( 'wide', 'full' ), true ) ? $raw['align'] : '',
	);
}

/**
 * The elements' language: the one chosen, else the site's (de_DE → de), which the elements also
 * read from the page, said here so that it holds in every theme.
 *
 * @param string $chosen Language chosen in the block or shortcode.
 * @return string
 */
function konzept_kit_language( $chosen ) {
	if ( '' !== $chosen ) {
		return $chosen;
	}
	return strtolower( strtok( determine_locale(), '_' ) );
}

/**
 * HTML for one concept.
 *
 * @param array  $options From konzept_kit_options().
 * @param string $wrapper_attributes Attributes of the wrapping element (the block's own, with its classes).
 * @return string
 */
function konzept_kit_markup( array $options, $wrapper_attributes = '' ) {
	if ( '' === $options['src'] ) {
		// Visitors see nothing; whoever can edit the post sees why.
		if ( ! current_user_can( 'edit_posts' ) ) {
			return '';
		}
		return '<p class="konzept-kit-notice">' . esc_html__( 'Integration concept: no export chosen. Edit the block (or the shortcode\'s src) and choose the JSON file.', 'konzept-kit' ) . '</p>';
	}
	konzept_kit_enqueue();

	$src   = esc_url( $options['src'] );
	$lang  = esc_attr( konzept_kit_language( $options['lang'] ) );
	$level = (int) $options['headingLevel'];
	$label = '' !== $options['label'] ? ' label="' . esc_attr( $options['label'] ) . '"' : '';
	$link  = esc_html__( 'Integration concept (JSON file)', 'konzept-kit' );

	$inner = '';
	foreach ( $options['parts'] as $part ) {
		if ( 'chart' === $part ) {
			$view   = '' !== $options['view'] ? ' view="' . esc_attr( $options['view'] ) . '"' : '';
			$inner .= "<ampel-chart lang=\"{$lang}\"{$view}{$label}><a href=\"{$src}\">{$link}</a></ampel-chart>";
		} elseif ( 'measures' === $part ) {
			$inner .= "<measure-accordion lang=\"{$lang}\" heading-level=\"{$level}\"></measure-accordion>";
		} elseif ( 'diff' === $part && '' !== $options['from'] ) {
			$from   = esc_url( $options['from'] );
			$inner .= "<version-diff lang=\"{$lang}\" from=\"{$from}\" heading-level=\"{$level}\"></version-diff>";
		} elseif ( 'diff' === $part ) {
			// Without an older version: the change between the export's last two evaluations.
			$inner .= "<version-diff lang=\"{$lang}\" mode=\"status\" heading-level=\"{$level}\"></version-diff>";
		}
	}
	$noscript = sprintf(
		/* translators: %s: link to the JSON file */
		esc_html__( 'The interactive view needs JavaScript. The data is available as a %s.', 'konzept-kit' ),
		'<a href="' . $src . '">' . esc_html__( 'JSON file', 'konzept-kit' ) . '</a>'
	);
	if ( '' === $wrapper_attributes ) {
		$classes            = 'konzept-kit' . ( $options['align'] ? ' align' . $options['align'] : '' );
		$wrapper_attributes = 'class="' . esc_attr( $classes ) . '"';
	}
	return "<div {$wrapper_attributes}><konzept-provider src=\"{$src}\">{$inner}</konzept-provider><noscript><p>{$noscript}</p></noscript></div>";
}

/**
 * [konzept src="…/integrationskonzept.json" show="chart,measures,diff" from="…/konzept-2018.json" view="fields" lang="en"]
 * or [konzept id="123"] with the export's id in the media library.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function konzept_kit_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'id'            => 0,
			'src'           => '',
			'from'          => '',
			'from_id'       => 0,
			'show'          => 'chart,measures',
			'view'          => '',
			'lang'          => '',
			'heading-level' => 2,
			'label'         => '',
			'align'         => '',
		),
		is_array( $atts ) ? $atts : array(),
		'konzept'
	);
	return konzept_kit_markup( konzept_kit_options( $atts ) );
}
