/** The library's version, compared when a second copy tries to register the same tags. */
export const VERSION = '0.1.0';
