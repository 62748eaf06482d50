/**
 * The hours engine's public API: syntax check, status at an instant, next change, the week table,
 * phrases in French and English, the open state of a place (for search), and itinerant visits with
 * their iCalendar export. Everything evaluates in Europe/Paris whatever the host's time zone, takes
 * the instant as an argument, and never throws: missing or invalid hours are "unknown", never "closed".
 *
 * Public holidays depend on where a place is: functions taking hours also take the département
 * (`placeDepartment`), national days only when it is not given. On a holiday, hours without a `PH`
 * rule read "unknown" with `holiday: true` (see ./engine.ts and ./calendar.ts for the days).
 *
 * The element's first list imports the modules below directly (./status.ts, ./visits.ts,
 * ./phrases.ts), not this one: the week table (./week.ts) and the iCalendar export (./ics.ts) are
 * for the detail and print only, and a chunk holds every module its importers reach (issue 15,
 * item 3: code before the first list paint).
 */
import { useFastParser } from './parse.js';

// Whoever imports the whole API (the CLI, the detail, print, tests) compiles with the fast path.
useFastParser();

export type * from './types.js';
export { checkHoursSyntax, compilePlaceHours, getState, getStatus, nextChange, parseHours, placeOpenState, type ParsedHours } from './status.js';
export { weekTable } from './week.js';
export { describeFrequency, describeStatus, describeVisit, formatTime, visitSpan } from './phrases.js';
export { nextVisits } from './visits.js';
export { visitsToICS } from './ics.js';
export { departmentOf as placeDepartment, publicHolidays } from './calendar.js';
