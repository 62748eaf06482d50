/**
 * Status and visit phrases in French (first) and English: "Ouvert jusqu'à 17 h 15",
 * "Fermé · ouvre mardi à 9 h", "Prochain passage à Lherm : jeudi 3 décembre, 14 h – 17 h 15".
 * Times come from the Paris wall clock; weekday and month names from Intl, in Europe/Paris.
 */
import { wallClock } from './calendar.js';
import type { StopFrequency } from '../catalogue/types.js';
import type { HoursStatus, Visit } from './types.js';
import type { Lang } from '../lang.js';


const formats = new Map<string, Intl.DateTimeFormat>();
/** A date in words, Paris calendar; French says "1er décembre". */
function dateWords(d: Date, lang: Lang, opts: Intl.DateTimeFormatOptions, key: string): string {
  let f = formats.get(lang + key);
  if (!f) formats.set(lang + key, (f = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris', ...opts })));
  const text = f.format(d).replace(',', '');
  return lang === 'fr' ? text.replace(/(^|\s)1 (?=\p{L})/u, '$11er ') : text;
}

/** "9 h", "17 h 15", "minuit" / "9 am", "5:15 pm", "midnight" (Paris wall clock). */
export function formatTime(at: Date, lang: Lang): string {
  return timeOfDay(Math.floor(wallClock(at.getTime())[1] / 60_000), lang);
}

/** Minutes since midnight as `formatTime` says them (1440 is midnight). */
function timeOfDay(minutes: number, lang: Lang): string {
  minutes %= 1440;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const mm = String(m).padStart(2, '0');
  if (lang === 'fr') return h === 0 && m === 0 ? 'minuit' : `${h} h${m ? ' ' + mm : ''}`;
  if (h === 0 && m === 0) return 'midnight';
  if (h === 12 && m === 0) return 'noon';
  return `${h % 12 || 12}${m ? ':' + mm : ''} ${h < 12 ? 'am' : 'pm'}`;
}

/** Day of `target` said relative to `at`: '' (same day), tomorrow, a weekday within a week, else a date. */
function dayWord(target: Date, at: Date, lang: Lang): [kind: 0 | 1 | 2 | 3, text: string] {
  const [wallDay, msOfDay] = wallClock(target.getTime());
  let day = wallDay;
  // "until midnight" belongs to the evening before.
  if (msOfDay < 60_000) day -= 1;
  const diff = day - wallClock(at.getTime())[0];
  const probe = new Date(target.getTime() - (msOfDay < 60_000 ? 3_600_000 : 0));
  if (diff <= 0) return [0, ''];
  if (diff === 1) return [1, lang === 'fr' ? 'demain' : 'tomorrow'];
  if (diff < 7) return [2, dateWords(probe, lang, { weekday: 'long' }, 'w')];
  return [3, dateWords(probe, lang, { day: 'numeric', month: 'long' }, 'd')];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One line for a status, e.g. "Ouvert jusqu'à 17 h 15" or "Closed · opens Tuesday at 9 am". */
export function describeStatus(status: HoursStatus, at: Date, lang: Lang): string {
  const fr = lang === 'fr';
  const extra = status.comment ? ' · ' + status.comment : '';
  if (status.state === 'unknown') {
    if (status.holiday) return fr ? 'Jour férié : ouverture non confirmée' : 'Public holiday: opening not confirmed';
    return status.comment ? cap(status.comment) : fr ? 'Horaires non communiqués' : 'Hours not known';
  }
  if (status.state === 'open') {
    if (!status.until) return (fr ? 'Ouvert' : 'Open') + extra;
    const [kind, day] = dayWord(status.until, at, lang);
    const time = formatTime(status.until, lang);
    const when = kind === 0 ? time : kind === 3 ? `${day}, ${time}` : `${day} ${time}`;
    return (fr ? (kind === 3 ? `Ouvert jusqu'au ${when}` : `Ouvert jusqu'à ${when}`) : `Open until ${when}`) + extra;
  }
  if (!status.nextOpen) return (fr ? 'Fermé' : 'Closed') + extra;
  const [kind, day] = dayWord(status.nextOpen, at, lang);
  const time = formatTime(status.nextOpen, lang);
  const on = kind === 3 ? (fr ? 'le ' : 'on ') + day + ' ' : kind ? day + ' ' : '';
  return (fr ? `Fermé · ouvre ${on}à ${time}` : `Closed · opens ${on}at ${time}`) + extra;
}

/**
 * "Prochain passage à Lherm : jeudi 3 décembre, 14 h – 17 h 15" / "Next visit to Lherm: Thursday
 * 3 December, 2 pm – 5:15 pm"; a tentative visit reads "Passage possible à … (à confirmer)".
 */
export function describeVisit(visit: Visit, lang: Lang): string {
  const span = visitSpan(visit, lang);
  const fr = lang === 'fr';
  if (visit.aroundTheClock) return fr ? `À ${visit.stopName} : ${span}` : `At ${visit.stopName}: ${span}`;
  if (visit.tentative) {
    const note = visit.holiday
      ? fr
        ? ' (jour férié : à confirmer)'
        : ' (public holiday: to be confirmed)'
      : visit.comment ? (fr ? ` (à confirmer : ${visit.comment})` : ` (to be confirmed: ${visit.comment})`) : fr ? ' (à confirmer)' : ' (to be confirmed)';
    return (fr ? `Passage possible à ${visit.stopName} : ` : `Possible visit to ${visit.stopName}: `) + span + note;
  }
  return fr ? `Prochain passage à ${visit.stopName} : ${span}` : `Next visit to ${visit.stopName}: ${span}`;
}

/**
 * "jeudi 3 décembre, 14 h – 17 h 15" / "Thursday 3 December, 2 pm – 5:15 pm" (Paris time); whole
 * days "jeudi 3 décembre, 24 h sur 24" or "du lundi 30 novembre au vendredi 4 décembre, 24 h sur 24"
 * (never "minuit – minuit"); a stop open around the clock "ouvert 24 h sur 24".
 */
export function visitSpan(visit: Visit, lang: Lang): string {
  const fr = lang === 'fr';
  if (visit.aroundTheClock) return fr ? 'ouvert 24 h sur 24' : 'open 24 hours';
  const opts: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
  const date = dateWords(visit.start, lang, opts, 'v');
  const [startDay, startMs] = wallClock(visit.start.getTime());
  const [endDay, endMs] = wallClock(visit.end.getTime());
  if (startMs === 0 && endMs === 0 && endDay > startDay) {
    if (endDay === startDay + 1) return `${date}, ${fr ? '24 h sur 24' : '24 hours'}`;
    // The last whole day is the one before the closing midnight (an hour back is still that day).
    const last = dateWords(new Date(visit.end.getTime() - 3_600_000), lang, opts, 'v');
    return fr ? `du ${date} au ${last}, 24 h sur 24` : `${date} to ${last}, 24 hours a day`;
  }
  return `${date}, ${formatTime(visit.start, lang)} – ${formatTime(visit.end, lang)}`;
}

const WEEKDAY_WORDS: Record<StopFrequency['weekday'], [fr: string, en: string]> = {
  Mo: ['lundi', 'Monday'],
  Tu: ['mardi', 'Tuesday'],
  We: ['mercredi', 'Wednesday'],
  Th: ['jeudi', 'Thursday'],
  Fr: ['vendredi', 'Friday'],
  Sa: ['samedi', 'Saturday'],
  Su: ['dimanche', 'Sunday'],
};
const COUNT_WORDS = { fr: ['un', 'deux', 'trois', 'quatre'], en: ['one', 'two', 'three', 'four'] };

/**
 * A stop's visits when their dates are not known, in words: "Deux jeudis par mois, de 14 h à
 * 17 h 15 · dates au 07 62 60 96 94" / "Two Thursdays a month, 2 pm to 5:15 pm · dates au …".
 * With `stopName`: "Passages à Lherm : deux jeudis par mois, …" / "Visits to Lherm: two …".
 * Never a date: there is none to give.
 */
export function describeFrequency(f: StopFrequency, lang: Lang, stopName?: string): string {
  const fr = lang === 'fr';
  const n = Math.min(Math.max(Math.round(f.timesPerMonth), 1), 4);
  const [dayFr, dayEn] = WEEKDAY_WORDS[f.weekday] ?? ['?', '?'];
  const count = COUNT_WORDS[lang][n - 1]!;
  let text = fr ? `${count} ${dayFr}${n > 1 ? 's' : ''} par mois` : `${count} ${dayEn}${n > 1 ? 's' : ''} a month`;
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  if (f.from && f.to) {
    const [a, b] = [timeOfDay(toMinutes(f.from), lang), timeOfDay(toMinutes(f.to), lang)];
    text += fr ? `, de ${a} à ${b}` : `, ${a} to ${b}`;
  }
  if (f.datesNote) text += ` · ${f.datesNote}`;
  if (stopName !== undefined) return fr ? `Passages à ${stopName} : ${text}` : `Visits to ${stopName}: ${text}`;
  return cap(text);
}
