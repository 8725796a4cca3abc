/** What a seed may be: short, printable and easy to read aloud or type into a command line. */
export const SEED_RULE = '1-200 letters, digits, spaces or . _ : # @ -';
const SEED = /^[A-Za-z0-9._:#@ -]{1,200}$/;

export const isValidSeed = (seed: string): boolean => SEED.test(seed);
