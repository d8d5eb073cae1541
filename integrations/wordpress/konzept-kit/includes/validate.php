<?php
/**
 * The check an export gets when it is uploaded: is it a konzept-kit export the elements can show?
 *
 * It covers what makes a page fail or mislead: the encoding, the JSON syntax, the required parts of
 * the concept, measures without a title, statuses not on the scale, ids used twice. The elements
 * check everything else when they load the file and say so on the page; the block's preview shows
 * the same in the editor. Messages name the field and the measure by title, as the editor knows
 * them, not by JSON paths.
 *
 * @package KonzeptKit
 */

defined( 'ABSPATH' ) || exit;

/** How many problems a message lists before it says "and N more". */
const KONZEPT_KIT_MAX_PROBLEMS = 8;

/**
 * A text of the export (a string, or a table of languages such as {"de": "…", "en": "…"}), shortened
 * for a message.
 *
 * @param mixed $text The text.
 * @return string
 */
function konzept_kit_text( $text ) {
	if ( is_array( $text ) ) {
		$text = $text['de'] ?? reset( $text );
	}
	$text = is_string( $text ) ? trim( $text ) : '';
	return mb_strlen( $text ) > 60 ? mb_substr( $text, 0, 59 ) . '…' : $text;
}

/**
 * Problems of an export, in the site's language; empty when it can be published.
 *
 * @param string $bytes The file's content.
 * @return string[]
 */
function konzept_kit_validate_export( $bytes ) {
	if ( "\xFF\xFE" === substr( $bytes, 0, 2 ) || "\xFE\xFF" === substr( $bytes, 0, 2 ) ) {
		return array( __( 'The file is saved as UTF-16 (Unicode). Save it as UTF-8: in Notepad under "Save as" → Encoding "UTF-8"; in other editors under the encoding setting.', 'konzept-kit' ) );
	}
	if ( "\xEF\xBB\xBF" === substr( $bytes, 0, 3 ) ) {
		$bytes = substr( $bytes, 3 );
	}
	if ( ! mb_check_encoding( $bytes, 'UTF-8' ) ) {
		return array( __( 'The file is not saved as UTF-8 (probably Windows-1252 / ANSI): umlauts would appear garbled on the page. Save it as UTF-8 and upload it again.', 'konzept-kit' ) );
	}
	$data = json_decode( $bytes, true, 512 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return array( konzept_kit_json_error( $bytes ) );
	}
	if ( ! is_array( $data ) || konzept_kit_is_list( $data ) ) {
		return array( __( 'This is not a konzept-kit export: the file must hold one object with "formatVersion", "title", "municipality" and "fields". Make the export with the workbench (werkstatt.html) from your Ampeldokument.', 'konzept-kit' ) );
	}

	$problems = array();
	if ( ! isset( $data['formatVersion'] ) ) {
		$problems[] = __( 'This is not a konzept-kit export: "formatVersion" is missing. Make the export with the workbench (werkstatt.html) from your Ampeldokument.', 'konzept-kit' );
	} elseif ( 1 !== $data['formatVersion'] ) {
		/* translators: %s: the version found */
		$problems[] = sprintf( __( 'The export has format version %s; this plugin reads version 1. Update the plugin.', 'konzept-kit' ), esc_html( wp_json_encode( $data['formatVersion'] ) ) );
	}
	foreach ( array( 'id', 'title', 'version', 'municipality' ) as $key ) {
		if ( empty( $data[ $key ] ) ) {
			/* translators: %s: name of the missing entry */
			$problems[] = sprintf( __( 'The concept\'s "%s" is missing.', 'konzept-kit' ), $key );
		}
	}
	if ( ! isset( $data['fields'] ) || ! is_array( $data['fields'] ) || ! konzept_kit_is_list( $data['fields'] ) ) {
		$problems[] = __( 'The export has no list of fields of action ("fields").', 'konzept-kit' );
		return $problems;
	}

	$scale = array( 'green', 'yellow', 'red' );
	if ( isset( $data['statusScale']['statuses'] ) && is_array( $data['statusScale']['statuses'] ) ) {
		$scale = array();
		foreach ( $data['statusScale']['statuses'] as $status ) {
			if ( is_array( $status ) && isset( $status['id'] ) && is_string( $status['id'] ) ) {
				$scale[] = $status['id'];
			}
		}
	}
	$scale_set = array_flip( $scale );
	$seen      = array();

	foreach ( $data['fields'] as $f => $field ) {
		/* translators: %d: position of the field in the export */
		$field_name = is_array( $field ) && konzept_kit_text( $field['title'] ?? '' ) ? konzept_kit_text( $field['title'] ) : sprintf( __( 'field no. %d', 'konzept-kit' ), $f + 1 );
		if ( ! is_array( $field ) || empty( $field['title'] ) ) {
			/* translators: %s: the field's name */
			$problems[] = sprintf( __( '%s: the title is missing.', 'konzept-kit' ), $field_name );
			continue;
		}
		foreach ( (array) ( $field['objectives'] ?? array() ) as $objective ) {
			foreach ( (array) ( is_array( $objective ) ? ( $objective['measures'] ?? array() ) : array() ) as $m => $measure ) {
				/* translators: 1: field name, 2: position of the measure */
				$where = is_array( $measure ) && konzept_kit_text( $measure['title'] ?? '' )
					/* translators: 1: field name, 2: measure title */
					? sprintf( __( '%1$s, measure "%2$s"', 'konzept-kit' ), $field_name, konzept_kit_text( $measure['title'] ) )
					/* translators: 1: field name, 2: position of the measure */
					: sprintf( __( '%1$s, measure no. %2$d', 'konzept-kit' ), $field_name, $m + 1 );
				if ( ! is_array( $measure ) || empty( $measure['title'] ) ) {
					/* translators: %s: where */
					$problems[] = sprintf( __( '%s: the title is missing.', 'konzept-kit' ), $where );
					continue;
				}
				$id = $measure['id'] ?? null;
				if ( is_string( $id ) && '' !== $id ) {
					if ( isset( $seen[ $id ] ) ) {
						/* translators: 1: where, 2: the id, 3: where it was used first */
						$problems[] = sprintf( __( '%1$s: the id "%2$s" is already used by %3$s. Each measure needs its own id, or the version comparison mixes them up.', 'konzept-kit' ), $where, konzept_kit_text( $id ), $seen[ $id ] );
					} else {
						$seen[ $id ] = $where;
					}
				}
				$status = $measure['status'] ?? null;
				$value  = is_array( $status ) ? ( $status['value'] ?? null ) : $status;
				if ( null !== $value && ( ! is_string( $value ) || ! isset( $scale_set[ $value ] ) ) ) {
					/* translators: 1: where, 2: the status found, 3: the allowed statuses */
					$problems[] = sprintf( __( '%1$s: the status "%2$s" is not on the scale (%3$s).', 'konzept-kit' ), $where, konzept_kit_text( is_string( $value ) ? $value : wp_json_encode( $value ) ), implode( ', ', $scale ) );
				}
			}
		}
	}
	return $problems;
}

/**
 * A list (not an object)? array_is_list() exists only from PHP 8.1.
 *
 * @param array $value The decoded value.
 * @return bool
 */
function konzept_kit_is_list( array $value ) {
	return array() === $value || array_keys( $value ) === range( 0, count( $value ) - 1 );
}

/**
 * A syntax error's message, with its line where it can be found.
 *
 * @param string $bytes The file.
 * @return string
 */
function konzept_kit_json_error( $bytes ) {
	$line = konzept_kit_json_error_line( $bytes );
	if ( $line ) {
		/* translators: %d: line number */
		return sprintf( __( 'The file is not valid JSON (near line %d): often a missing comma, a quotation mark or a bracket too many. Make the export again with the workbench instead of editing it by hand.', 'konzept-kit' ), $line );
	}
	return __( 'The file is not valid JSON: often a missing comma, a quotation mark or a bracket too many. Make the export again with the workbench instead of editing it by hand.', 'konzept-kit' );
}

/**
 * The line of the first syntax error. PHP's json_decode() does not tell where it failed, so one pass
 * over the tokens checks what may follow what (a value after a value: a missing comma; a comma before
 * a closing bracket or another comma; brackets that do not pair; a string that does not end). Linear
 * in the file's size; it points at the place, it is not a parser.
 *
 * @param string $bytes The file.
 * @return int 0 when not found.
 */
function konzept_kit_json_error_line( $bytes ) {
	$line   = 1;
	$stack  = array();
	$last   = 'start'; // What came before: start, open, close, comma, colon, value.
	$length = strlen( $bytes );
	for ( $i = 0; $i < $length; $i++ ) {
		$c = $bytes[ $i ];
		if ( "\n" === $c ) {
			$line++;
			continue;
		}
		if ( ' ' === $c || "\t" === $c || "\r" === $c ) {
			continue;
		}
		if ( '{' === $c || '[' === $c || '"' === $c || preg_match( '/[-0-9a-z]/', $c ) ) {
			if ( 'value' === $last || 'close' === $last ) {
				return $line; // Two values without a comma between them.
			}
			if ( '{' === $c || '[' === $c ) {
				$stack[] = $c;
				$last    = 'open';
				continue;
			}
			if ( '"' === $c ) {
				for ( $i++; $i < $length && '"' !== $bytes[ $i ]; $i++ ) {
					if ( "\n" === $bytes[ $i ] ) {
						return $line; // A string that does not end on its line.
					}
					if ( '\\' === $bytes[ $i ] ) {
						$i++;
					}
				}
				if ( $i >= $length ) {
					return $line;
				}
			} else {
				while ( $i + 1 < $length && preg_match( '/[-+.0-9a-zA-Z]/', $bytes[ $i + 1 ] ) ) {
					$i++;
				}
			}
			$last = 'value';
		} elseif ( '}' === $c || ']' === $c ) {
			$open = array_pop( $stack );
			if ( 'comma' === $last || 'colon' === $last || ( '}' === $c && '{' !== $open ) || ( ']' === $c && '[' !== $open ) ) {
				return $line;
			}
			$last = 'close';
		} elseif ( ',' === $c || ':' === $c ) {
			if ( 'value' !== $last && 'close' !== $last ) {
				return $line;
			}
			$last = ',' === $c ? 'comma' : 'colon';
		} else {
			return $line; // A character that has no place in JSON outside a string.
		}
	}
	return $stack ? $line : 0;
}
