<?php
/**
 * Router for PHP's built-in web server in the WordPress test: it plays the part Debian's Apache
 * configuration plays (wp-content lives outside the WordPress folder), and hands everything else to
 * WordPress. Test use only.
 */
$content = getenv( 'KONZEPT_WP_CONTENT' );
$path    = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 === strpos( $path, '/wp-content/' ) && false === strpos( $path, '..' ) ) {
	$file = $content . substr( $path, strlen( '/wp-content' ) );
	if ( is_file( $file ) && ! preg_match( '/\.php$/', $file ) ) {
		$types = array( 'js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'woff2' => 'font/woff2', 'mo' => 'application/octet-stream' );
		$ext   = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
		header( 'Content-Type: ' . ( $types[ $ext ] ?? 'application/octet-stream' ) );
		readfile( $file );
		return true;
	}
	if ( is_file( $file ) ) {
		chdir( dirname( $file ) );
		require $file;
		return true;
	}
	http_response_code( 404 );
	return true;
}
if ( '/' !== $path && is_file( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
if ( is_dir( $_SERVER['DOCUMENT_ROOT'] . $path ) && is_file( $_SERVER['DOCUMENT_ROOT'] . rtrim( $path, '/' ) . '/index.php' ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
