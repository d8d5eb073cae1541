<?php
/**
 * The element script and its stylesheet: registered once, enqueued only on pages that show a concept.
 *
 * The script is an ES module. WordPress 6.5 brought wp_enqueue_script_module(), but 6.1 (Debian 12)
 * has no module API at all, and 6.5 does not print script modules in the admin before 6.7. So one
 * path serves every version: a classic registration whose tag is rewritten to type="module".
 *
 * @package KonzeptKit
 */

defined( 'ABSPATH' ) || exit;

const KONZEPT_KIT_SCRIPT = 'konzept-kit';

/** Registers the script (footer, module) and the stylesheet that reserves the elements' space. */
function konzept_kit_register_assets() {
	wp_register_script( KONZEPT_KIT_SCRIPT, KONZEPT_KIT_URL . 'assets/konzept-kit.js', array(), KONZEPT_KIT_VERSION, true );
	wp_register_style( KONZEPT_KIT_SCRIPT, KONZEPT_KIT_URL . 'assets/konzept-kit.css', array(), KONZEPT_KIT_VERSION );
	wp_register_style( 'konzept-kit-wordpress', KONZEPT_KIT_URL . 'css/wordpress.css', array( KONZEPT_KIT_SCRIPT ), KONZEPT_KIT_VERSION );
}

/** Puts script and styles on the page; safe to call many times, also while the content renders. */
function konzept_kit_enqueue() {
	wp_enqueue_script( KONZEPT_KIT_SCRIPT );
	wp_enqueue_style( 'konzept-kit-wordpress' );
}

/**
 * `<script type="module">` for our handle, whatever type attribute the theme's HTML flavour gave it.
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle Its handle.
 * @return string
 */
function konzept_kit_module_tag( $tag, $handle ) {
	if ( KONZEPT_KIT_SCRIPT !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'konzept_kit_module_tag', 10, 2 );

/**
 * The stylesheet in the page head where we know early that the post shows a concept, so the reserved
 * space is there before the first paint (enqueued during rendering it would only come in the footer).
 */
function konzept_kit_enqueue_early() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_post();
	if ( $post && ( has_block( 'konzept-kit/konzept', $post ) || has_shortcode( $post->post_content, 'konzept' ) ) ) {
		konzept_kit_enqueue();
	}
}
add_action( 'wp_enqueue_scripts', 'konzept_kit_enqueue_early' );
