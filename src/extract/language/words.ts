/**
 * A text's words, for the rules that read word classes over a unit or a heading: lower-case letters and digits, joined
 * through an apostrophe, a dot or a hyphen ("business's", "e-commerce", "pre-order", "b2b").
 */
export const WORD = /[a-z0-9]+(?:['.-][a-z0-9]+)*/g;
