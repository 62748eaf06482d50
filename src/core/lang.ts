/**
 * The languages everything speaks: the element, the CLI, the exports and reports. French first
 * (the residents' language, and the default everywhere); English for the staff of partner
 * networks and for visitors. One type, so adding a language is one compile error per place
 * that must learn it.
 */
export type Lang = 'fr' | 'en';
