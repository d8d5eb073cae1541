<?php
/**
 * JSON exports in the media library: WordPress refuses .json uploads by default. This plugin allows
 * them for everyone who may upload files, and checks each one before it is stored (the media
 * library, drag and drop in the block, the REST API), so a broken export never reaches a page.
 *
 * @package KonzeptKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds .json to the allowed types.
 *
 * @param array $mimes Extension → MIME type.
 * @return array
 */
function konzept_kit_upload_mimes( $mimes ) {
	$mimes['json'] = 'application/json';
	return $mimes;
}
add_filter( 'upload_mimes', 'konzept_kit_upload_mimes' );

/**
 * PHP's fileinfo calls a JSON file "text/plain" or "application/json"; WordPress then refuses it as
 * a mismatch of extension and content. Accept both for .json.
 *
 * @param array  $data     ext, type, proper_filename as WordPress found them.
 * @param string $file     Path of the uploaded file.
 * @param string $filename Its name.
 * @return array
 */
function konzept_kit_check_filetype( $data, $file, $filename ) {
	if ( ! empty( $data['ext'] ) || 'json' !== strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) ) ) {
		return $data;
	}
	$real = function_exists( 'finfo_open' ) ? finfo_file( finfo_open( FILEINFO_MIME_TYPE ), $file ) : 'application/json';
	if ( in_array( $real, array( 'application/json', 'text/plain', 'text/html' ), true ) ) {
		$data['ext']  = 'json';
		$data['type'] = 'application/json';
	}
	return $data;
}
add_filter( 'wp_check_filetype_and_ext', 'konzept_kit_check_filetype', 10, 3 );

/**
 * Checks a .json upload; a problem stops the upload with a message naming what to fix.
 *
 * @param array $file The upload (name, tmp_name, …).
 * @return array
 */
function konzept_kit_check_upload( $file ) {
	if ( ! empty( $file['error'] ) || 'json' !== strtolower( pathinfo( (string) ( $file['name'] ?? '' ), PATHINFO_EXTENSION ) ) ) {
		return $file;
	}
	$bytes = is_readable( $file['tmp_name'] ) ? file_get_contents( $file['tmp_name'] ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions
	if ( false === $bytes ) {
		return $file;
	}
	$problems = konzept_kit_validate_export( $bytes );
	if ( $problems ) {
		$count = count( $problems );
		$shown = array_slice( $problems, 0, KONZEPT_KIT_MAX_PROBLEMS );
		if ( $count > KONZEPT_KIT_MAX_PROBLEMS ) {
			/* translators: %d: number of further problems */
			$shown[] = sprintf( _n( '… and %d more problem.', '… and %d more problems.', $count - KONZEPT_KIT_MAX_PROBLEMS, 'konzept-kit' ), $count - KONZEPT_KIT_MAX_PROBLEMS );
		}
		/* translators: %s: file name */
		$file['error'] = sprintf( __( '"%s" cannot be published as an integration concept:', 'konzept-kit' ), sanitize_file_name( $file['name'] ) ) . ' ' . implode( ' ', $shown );
	}
	return $file;
}
add_filter( 'wp_handle_upload_prefilter', 'konzept_kit_check_upload' );
add_filter( 'wp_handle_sideload_prefilter', 'konzept_kit_check_upload' );
