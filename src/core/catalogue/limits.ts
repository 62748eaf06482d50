/**
 * Size limits of catalogue format v1. They exist so that a broken export (a whole web page
 * pasted into a name, a million partners) is caught instead of freezing a resident's browser.
 * The schema (`data/catalogue.schema.json`) states the same numbers; a test keeps them equal.
 */
export const LIMITS = {
  /** Place and stop ids. */
  id: 200,
  /** Place, stop and catalogue names. */
  name: 300,
  description: 5000,
  hours: 1000,
  hoursNote: 1000,
  street: 300,
  city: 200,
  phone: 40,
  email: 254,
  website: 2000,
  partner: 200,
  accessibilityNote: 1000,
  source: 1000,
  /** Catalogue metadata: territory, licence, attribution. */
  meta: 2000,
  /** How many entries `partners` may hold. */
  partners: 50,
  /** How many stops one itinerant service may have. */
  stops: 500,
} as const;
