/**
 * The one postcode rule and the one INSEE commune code rule, shared by the validator, the
 * importers, the gazetteers, the commune matcher, the holiday calendar and "Où ?".
 *
 * A French postcode is five digits, always: Corsica's are 20xxx. "2A" and "2B" belong to
 * INSEE commune codes (2A004 is Ajaccio), never to postcodes, so a rule that lets them into
 * postcodes would call a commune code a postcode.
 */

/** A French postcode: five digits (`46150`, `97400`, `20000`). */
export const isPostcode = (code: string): boolean => /^\d{5}$/.test(code);

/** An INSEE commune code: five characters, two digits or 2A / 2B (Corsica) then three digits. */
export const isInseeCode = (code: string): boolean => /^(\d{2}|2[AB])\d{3}$/.test(code);
