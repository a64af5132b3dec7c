/**
 * Bump when the parser's output improves: a stored meeting parsed by an older version is
 * re-parsed from its kept original when the same file is imported again.
 */
export const MINUTES_PARSER_VERSION = 56;
