<?php
/**
 * The block "Integrationskonzept": settings in the sidebar, preview in the editor, markup made on the
 * server (includes/render.php) so that what an Author saves is only the block comment with its
 * settings, which kses leaves alone.
 *
 * @package KonzeptKit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script (plain JavaScript on WordPress' globals: no build step) and the block. */
function konzept_kit_register_block() {
	wp_register_script(
		'konzept-kit-block-editor',
		KONZEPT_KIT_URL . 'block/index.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		KONZEPT_KIT_VERSION,
		true
	);
	wp_set_script_translations( 'konzept-kit-block-editor', 'konzept-kit', KONZEPT_KIT_DIR . 'languages' );
	register_block_type( KONZEPT_KIT_DIR . 'block', array( 'render_callback' => 'konzept_kit_render_block' ) );
}

/**
 * The block on the page.
 *
 * @param array $attributes The block's settings.
 * @return string
 */
function konzept_kit_render_block( $attributes ) {
	$options = konzept_kit_options( $attributes );
	$extra   = array( 'class' => 'konzept-kit' );
	return konzept_kit_markup( $options, get_block_wrapper_attributes( $extra ) );
}

/** The elements in the editor too, for the preview. */
add_action( 'enqueue_block_editor_assets', 'konzept_kit_enqueue' );
