/**
 * How much of a page's text a listing carries beyond its title: the contract's bounds (ListingSchema checks
 * them), kept apart so that content scripts can cut to them without loading the schema.
 */
export const MAX_VARIANTS = 40;
export const MAX_VARIANT_CHARS = 100;
export const MAX_DESCRIPTION_CHARS = 600;
/** Addresses off the platform a listing links to (a post's link to a shop's own site). */
export const MAX_LINKS = 10;
