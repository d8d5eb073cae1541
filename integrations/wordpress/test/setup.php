<?php
/**
 * Installs WordPress for the plugin test and prints what the test needs as JSON: the site address,
 * an Author (who may not post custom HTML tags: kses applies) with an application password for the
 * REST API. Run with php-cli; argument 1 is the site's address.
 */
$url                    = $argv[1];
$parts                  = parse_url( $url );
$_SERVER['HTTP_HOST']   = $parts['host'] . ':' . $parts['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = $parts['host'];
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

wp_install( 'Landkreis Musterstadt', 'admin', 'admin@example.org', false, '', 'konzept-admin-Passwort-1', 'de_DE' );
update_option( 'siteurl', $url );
update_option( 'home', $url );
update_option( 'WPLANG', 'de_DE' );

$author = wp_insert_user(
	array(
		'user_login' => 'redaktion',
		'user_pass'  => 'konzept-autorin-Passwort-1',
		'user_email' => 'redaktion@example.org',
		'role'       => 'author',
		'locale'     => 'de_DE',
	)
);
list( $password ) = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'konzept-kit test' ) );

// The editor's welcome guide would cover the block in the screenshot.
foreach ( array( 1, $author ) as $user ) {
	update_user_meta( $user, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}

echo wp_json_encode(
	array(
		'author'      => 'redaktion',
		'appPassword' => $password,
		'canUnfiltered' => user_can( $author, 'unfiltered_html' ),
	)
);
