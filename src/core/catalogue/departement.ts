/**
 * Which département a place belongs to, from its address: the INSEE commune code first (it
 * names the commune itself), the postcode only when there is no usable INSEE code (a postcode
 * is a delivery round: Saint-Barthélemy and Saint-Martin deliver under 971, Monaco under 980).
 * Used by `service-locator split` to name one shard per département; pure, no data file.
 */
import type { Address } from './types.js';
import { isInseeCode, isPostcode } from './commune-codes.js';

/** Every département and overseas collectivity code a French commune code can start with. */
const CODES: ReadonlySet<string> = new Set([
  ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((c) => c !== '20'),
  '2A', '2B',
  // Overseas départements (971 Guadeloupe … 976 Mayotte) and collectivities: 975
  // Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy, 978 Saint-Martin, 984 TAAF, 986
  // Wallis-et-Futuna, 987 Polynésie française, 988 Nouvelle-Calédonie.
  '971', '972', '973', '974', '975', '976', '977', '978', '984', '986', '987', '988',
]);

/** Whether `code` names a département or overseas collectivity (as `departementOf` returns). */
export function isDepartementCode(code: string): boolean {
  return CODES.has(code);
}

/** The département of an INSEE commune code (`46042`, `2A004`, `97701`), or `undefined`. */
export function departementOfInsee(insee: string): string | undefined {
  const code = insee.trim().toUpperCase();
  if (!isInseeCode(code)) return undefined;
  // 97x and 98x codes carry a three-digit département; 99xxx are foreign countries.
  const dep = code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
  return CODES.has(dep) ? dep : undefined;
}

/** The département a postcode is delivered in, or `undefined` (Monaco 980xx, CEDEX oddities, 00xxx). */
export function departementOfPostcode(postcode: string): string | undefined {
  const code = postcode.trim();
  if (!isPostcode(code)) return undefined;
  // Saint-Barthélemy and Saint-Martin are collectivities of their own with Guadeloupe's postcodes.
  if (code === '97133') return '977';
  if (code === '97150') return '978';
  // Corsica: 200xx–201xx are Corse-du-Sud, 202xx–206xx Haute-Corse (La Poste's split of 1976).
  if (code.startsWith('20')) return Number(code.slice(2, 3)) <= 1 ? '2A' : '2B';
  const dep = code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
  return CODES.has(dep) ? dep : undefined;
}

/** The département of an address: INSEE code first, then postcode; `undefined` when neither says. */
export function departementOf(address: Pick<Address, 'insee' | 'postcode'>): string | undefined {
  return (address.insee ? departementOfInsee(address.insee) : undefined) ?? (address.postcode ? departementOfPostcode(address.postcode) : undefined);
}
