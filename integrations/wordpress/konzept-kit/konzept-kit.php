<?php
/**
 * Plugin Name:       konzept-kit – Integrationskonzept
 * Plugin URI:        https://github.com/konzept-kit/konzept-kit
 * Description:       Shows a municipal integration concept (fields of action, goals, measures and their traffic-light evaluation) from its JSON export: chart, list of measures and version comparison, as a block or the [konzept] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            konzept-kit
 * License:           MIT
 * Text Domain:       konzept-kit
 * Domain Path:       /languages
 *
 * @package KonzeptKit
 */

defined( 'ABSPATH' ) || exit;

define( 'KONZEPT_KIT_VERSION', '0.1.0' );
define( 'KONZEPT_KIT_FILE', __FILE__ );
define( 'KONZEPT_KIT_DIR', plugin_dir_path( __FILE__ ) );
define( 'KONZEPT_KIT_URL', plugin_dir_url( __FILE__ ) );

require_once KONZEPT_KIT_DIR . 'includes/assets.php';
require_once KONZEPT_KIT_DIR . 'includes/render.php';
require_once KONZEPT_KIT_DIR . 'includes/validate.php';
require_once KONZEPT_KIT_DIR . 'includes/upload.php';
require_once KONZEPT_KIT_DIR . 'includes/block.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'konzept-kit', false, dirname( plugin_basename( KONZEPT_KIT_FILE ) ) . '/languages' );
		konzept_kit_register_assets();
		konzept_kit_register_block();
		add_shortcode( 'konzept', 'konzept_kit_shortcode' );
	}
);
