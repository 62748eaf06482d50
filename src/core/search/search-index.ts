/**
 * The search index: turns what a resident types into needs, kinds, names and a commune, and
 * those into ranked places, fast enough for every keystroke on a national catalogue.
 *
 * How a keystroke stays independent of the catalogue's size:
 * 1. the query is cut into words (../text/normalise.ts) and each word is matched against
 *    small vocabularies (thesaurus terms, kind words, commune names, the distinct words of
 *    place names and partners) — exact, prefix while typing, or within one or two typos;
 * 2. consecutive words are grouped into the longest phrase they form ("carte grisse" →
 *    "carte grise", "pole emploi", "saint quentin"); each group is a *slot*;
 * 3. each slot's interpretations point at precomputed posting lists (need → places,
 *    kind → places, name word → places), so only candidate places are ever scored;
 * 4. a commune named in the text becomes the origin ("carte grise lherm") and results are
 *    sorted by great-circle distance from it;
 * 5. filters and ranking run on candidates only, keeping the best `limit` without a full sort.
 *
 * Owns: matching, scoring, filtering, ranking, "why it matched", need suggestions and commune
 * look-up. Does not own: hours evaluation (injected `openState`), the thesaurus data
 * (../needs/thesaurus.ts), text folding (../text), distances (../geo).
 */
import type { Place } from '../catalogue/types.js';
import { EQUIPMENT } from '../catalogue/types.js';
import { haversineKm } from '../geo/distance.js';
import { communeMatcher, createCommuneMatcher, createCommuneMatcherSteps, type CommuneMatch, type CommuneMatcher } from '../geo/commune-matcher.js';
import { buildGazetteerSteps, communeKey } from '../geo/gazetteer.js';
import { runSteps, sortStringsSteps, type Steps } from '../slices.js';
import { nameRankSteps, rankCandidates } from './ranking.js';
import { KIND_THESAURUS, NEED_THESAURUS } from '../needs/thesaurus.js';
import { NEED_IDS, PLACE_KINDS, type NeedId, type PlaceKind } from '../needs/vocabulary.js';
import { Vocabulary, wordQuality, type WordMatch } from '../text/fuzzy.js';
import { endsInWord, fold, tokenize, tokenizeWithSource, type SourcedToken } from '../text/normalise.js';
import type {
  GazetteerEntry,
  Match,
  MatchField,
  NeedSuggestion,
  OpenState,
  SearchIndex,
  SearchIndexOptions,
  SearchOutcome,
  SearchQuery,
  SearchResult,
} from './types.js';
import type { Lang } from '../lang.js';

/** A phrase of the fixed vocabularies: a thesaurus term, a kind word or a commune name. */
interface Phrase {
  tokens: string[];
  /** As written in the thesaurus or gazetteer. */
  term: string;
  source: 'need' | 'kind' | 'commune';
  needs: NeedId[];
  kind?: PlaceKind;
  communes: number[];
  /** Position in its list: head words first. */
  rank: number;
  lang: Lang;
}

/** One interpretation of a slot of the query. */
interface Alternative {
  field: Exclude<MatchField, 'filter'>;
  quality: number;
  term: string;
  need?: NeedId;
  kind?: PlaceKind;
  /** Name or partner word. */
  word?: string;
  commune?: number;
  /** Homonyms none of which (or several of which) the catalogue serves: the resident chooses. */
  choices?: number[];
  postcode?: string;
}

interface Slot {
  /** The folded words the resident typed for this slot. */
  query: string;
  alternatives: Alternative[];
  /** The slot names a commune or postcode: it sets the origin, it does not select places. */
  commune?: number;
  /**
   * The slot names a place that is several communes (a shared postcode, homonyms): no origin
   * is made up, it selects nothing, and the outcome lists them for the resident to choose.
   */
  choices?: number[];
}

/** Relative weight of each kind of evidence (a need is what residents mean most often). */
const FIELD_WEIGHT: Record<Exclude<MatchField, 'filter'>, number> = {
  need: 1,
  kind: 1,
  name: 0.9,
  partner: 0.8,
  commune: 0.8,
  postcode: 0.8,
};

/** Alternatives of a slot this far below its best are dropped (typo noise). */
const SLOT_SPREAD = 0.25;
/** English terms count a little less: French first, and they collide with French prefixes ("car" → "carer"). */
const ENGLISH_WEIGHT = 0.92;
/** Phrases longer than this are not matched as a whole. */
const MAX_PHRASE = 6;

const EQUIPMENT_BIT = new Map(EQUIPMENT.map((e, i) => [e, 1 << i] as const));
const NEED_BIT = new Map(NEED_IDS.map((n, i) => [n, 1 << i] as const));
const KIND_INDEX = new Map(PLACE_KINDS.map((k, i) => [k, i] as const));

const toInt32 = (ids: number[]): Int32Array => Int32Array.from(ids);

function pushTo<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/**
 * Builds the index for a catalogue's places. Cost: one pass over the places (tokenising names)
 * plus the gazetteer; nothing is computed per query that could be computed here.
 */
export function createSearchIndex(places: Place[], options: SearchIndexOptions = {}): SearchIndex {
  return runSteps(searchIndexSteps(places, options));
}

/**
 * {@link createSearchIndex} in steps (core/slices.ts): the element builds a large catalogue's
 * index in slices that give the page its thread back (no long task at 100,000 places).
 */
export function* searchIndexSteps(places: Place[], options: SearchIndexOptions = {}): Steps<SearchIndex> {
  const n = places.length;
  const openState = options.openState;

  // ---- Gazetteer -------------------------------------------------------------------------
  const gazetteer = yield* buildGazetteerSteps(places, options.gazetteer ?? []);
  // Name + postcode keys, built only if some address lacks a known INSEE code.
  let communeByKeyBuilt: Map<string, number> | undefined;
  const communeByKey = (): Map<string, number> => {
    if (communeByKeyBuilt) return communeByKeyBuilt;
    const m = new Map<string, number>();
    gazetteer.forEach((e, i) => {
      for (const pc of e.postcodes) if (!m.has(communeKey(e.name, undefined, pc))) m.set(communeKey(e.name, undefined, pc), i);
      if (!m.has(communeKey(e.name))) m.set(communeKey(e.name), i);
    });
    return (communeByKeyBuilt = m);
  };
  // Addresses repeat (many places per commune): resolve each distinct one once.
  const communeMemo = new Map<string, number>();
  const communeByInsee = new Map<string, number>();
  gazetteer.forEach((e, i) => {
    if (e.insee && !communeByInsee.has(e.insee)) communeByInsee.set(e.insee, i);
  });
  const communeOf = (city: string, insee?: string, postcode?: string): number | undefined => {
    // The INSEE code, when there is one, is the commune: no key to build.
    const byInsee = insee ? communeByInsee.get(insee) : undefined;
    if (byInsee !== undefined) return byInsee;
    const memoKey = city + '\u0001' + (insee ?? '') + '\u0001' + (postcode ?? '');
    const memo = communeMemo.get(memoKey);
    if (memo !== undefined) return memo < 0 ? undefined : memo;
    const keys = communeByKey();
    const c = keys.get(communeKey(city, undefined, postcode)) ?? keys.get(communeKey(city));
    communeMemo.set(memoKey, c ?? -1);
    return c;
  };

  // ---- Per-place columns -----------------------------------------------------------------
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const needMask = new Int32Array(n);
  const kindIdx = new Uint8Array(n);
  const equipMask = new Int32Array(n);
  /** 0 unknown, 1 walk-in, 2 appointment, 3 both. */
  const appointment = new Uint8Array(n);
  const wheelchair = new Uint8Array(n);
  const stopStart = new Int32Array(n + 1);
  const stopLat: number[] = [];
  const stopLon: number[] = [];
  const stopCommune: number[] = [];
  const placeCommune = new Int32Array(n).fill(-1);

  const needPosts: number[][] = NEED_IDS.map(() => []);
  const kindPosts: number[][] = PLACE_KINDS.map(() => []);
  const wordPosts = new Map<string, number[]>();
  const partnerPosts = new Map<string, number[]>();
  const partnerWords = new Map<string, string[]>();
  const communePosts = new Map<number, number[]>();
  const postcodePosts = new Map<string, number[]>();

  for (let id = 0; id < n; id++) {
    if (id % 512 === 0) yield { done: id, total: n };
    const p = places[id]!;
    lat[id] = p.location.lat;
    lon[id] = p.location.lon;
    let mask = 0;
    for (const need of p.needs) {
      const bit = NEED_BIT.get(need);
      if (bit === undefined || mask & bit) continue;
      mask |= bit;
      needPosts[NEED_IDS.indexOf(need)]!.push(id);
    }
    needMask[id] = mask;
    const k = KIND_INDEX.get(p.kind) ?? 0;
    kindIdx[id] = k;
    kindPosts[k]!.push(id);
    let em = 0;
    for (const e of p.equipment ?? []) em |= EQUIPMENT_BIT.get(e) ?? 0;
    equipMask[id] = em;
    appointment[id] = p.appointment === 'walk-in' ? 1 : p.appointment === 'appointment' ? 2 : p.appointment === 'both' ? 3 : 0;
    wheelchair[id] = p.accessibility?.wheelchair === 'yes' ? 1 : 0;

    // pushTo skips a repeated id, so a word twice in a name is posted once.
    for (const w of tokenize(p.name)) pushTo(wordPosts, w, id);
    for (const partner of p.partners ?? []) {
      // The same few partners recur on thousands of places.
      let words = partnerWords.get(partner);
      if (!words) partnerWords.set(partner, (words = tokenize(partner)));
      for (const w of words) pushTo(partnerPosts, w, id);
    }

    const c = communeOf(p.address.city, p.address.insee, p.address.postcode);
    if (c !== undefined) {
      placeCommune[id] = c;
      pushTo(communePosts, c, id);
    }
    if (p.address.postcode) pushTo(postcodePosts, p.address.postcode, id);
    stopStart[id] = stopLat.length;
    for (const s of p.stops ?? []) {
      stopLat.push(s.location.lat);
      stopLon.push(s.location.lon);
      const sc = communeOf(s.address.city, s.address.insee, s.address.postcode);
      stopCommune.push(sc ?? -1);
      if (sc !== undefined && sc !== placeCommune[id]) pushTo(communePosts, sc, id);
      if (s.address.postcode) pushTo(postcodePosts, s.address.postcode, id);
    }
  }
  stopStart[n] = stopLat.length;

  // Ties are broken by name, an order computed once (./ranking.ts); the element's first list
  // (./browse.ts) has computed it already when it builds this index after the paint.
  const nameRank = options.nameRank?.length === n ? options.nameRank : yield* nameRankSteps(places);

  // Posting lists to typed arrays: a need's list may hold most of 100k places, one step each.
  const needPost: Int32Array[] = [];
  for (const ids of needPosts) {
    yield undefined;
    needPost.push(toInt32(ids));
  }
  const kindPost: Int32Array[] = [];
  for (const ids of kindPosts) {
    yield undefined;
    kindPost.push(toInt32(ids));
  }
  const wordPost = new Map<string, Int32Array>();
  let converted = 0;
  for (const [w, ids] of wordPosts) {
    wordPost.set(w, toInt32(ids));
    if (++converted % 4096 === 0) yield undefined;
  }
  const partnerPost = new Map<string, Int32Array>();
  for (const [w, ids] of partnerPosts) {
    partnerPost.set(w, toInt32(ids));
    if (++converted % 4096 === 0) yield undefined;
  }
  const postcodePost = new Map<string, Int32Array>();
  for (const [pc, ids] of postcodePosts) {
    postcodePost.set(pc, toInt32(ids));
    if (++converted % 4096 === 0) yield undefined;
  }
  const communePost = new Map<number, Int32Array>();
  for (const [c, ids] of communePosts) {
    communePost.set(c, toInt32(ids));
    if (++converted % 4096 === 0) yield undefined;
  }
  /** Whether a place (or one of its stops) is in a commune. */
  const inCommune = (id: number, c: number): boolean => {
    if (placeCommune[id] === c) return true;
    for (let s = stopStart[id]!; s < stopStart[id + 1]!; s++) if (stopCommune[s] === c) return true;
    return false;
  };

  yield undefined;
  // ---- Phrases: thesaurus, kinds, communes ----------------------------------------------
  const phrasesByFirst = new Map<string, Phrase[]>();
  const phraseByKey = new Map<string, Phrase>();
  const addPhrase = (
    term: string,
    source: Phrase['source'],
    rank: number,
    lang: Lang,
    target: { need?: NeedId; kind?: PlaceKind; commune?: number },
    tokens: string[] = tokenize(term),
  ): void => {
    if (tokens.length === 0 || tokens.length > MAX_PHRASE) return;
    const key = source + ':' + tokens.join(' ');
    let ph = phraseByKey.get(key);
    if (!ph) {
      ph = { tokens, term, source, needs: [], communes: [], rank, lang };
      if (target.kind) ph.kind = target.kind;
      phraseByKey.set(key, ph);
      pushPhrase(tokens[0]!, ph);
    }
    if (target.need && !ph.needs.includes(target.need)) ph.needs.push(target.need);
    if (target.commune !== undefined && !ph.communes.includes(target.commune)) ph.communes.push(target.commune);
  };
  const pushPhrase = (first: string, ph: Phrase): void => {
    const list = phrasesByFirst.get(first);
    if (list) list.push(ph);
    else phrasesByFirst.set(first, [ph]);
  };
  for (const need of NEED_IDS) {
    yield undefined;
    const entry = NEED_THESAURUS[need];
    entry.terms.forEach((t, i) => addPhrase(t, 'need', i, 'fr', { need }));
    entry.termsEn.forEach((t, i) => addPhrase(t, 'need', i, 'en', { need }));
  }
  for (const kind of PLACE_KINDS) KIND_THESAURUS[kind].forEach((t, i) => addPhrase(t, 'kind', i, 'fr', { kind }));
  // Commune names are not phrases of the vocabulary: a word being typed must never complete
  // into a commune ("imp" → Imphy, "pa" → Pau). The matcher reads whole names only, and keeps
  // 35k national names out of the per-keystroke prefix look-ups.
  yield undefined;
  const communes = yield* indexCommunesSteps(gazetteer, options.gazetteer ?? []);
  yield undefined;
  // Homonymous communes: the one the catalogue serves, then the most populous.
  const communeWeight = (c: number): number => (gazetteer[c]!.population ?? 0) + (communePost.has(c) ? 1e9 : 0);
  /** The communes of the catalogue's places, matched first in suggestions (built on first use). */
  let localCommunes: { matcher: CommuneMatcher; ids: number[] } | undefined;
  const local = (): { matcher: CommuneMatcher; ids: number[] } => {
    if (localCommunes) return localCommunes;
    const ids = [...communePost.keys()].sort((a, b) => a - b);
    return (localCommunes = { matcher: createCommuneMatcher(ids.map((c) => gazetteer[c]!)), ids });
  };

  const communesByPostcode = new Map<string, number[]>();
  for (let i = 0; i < gazetteer.length; i++) {
    if (i % 2048 === 0) yield undefined;
    for (const pc of gazetteer[i]!.postcodes) pushTo(communesByPostcode, pc, i);
  }
  let sorted = 0;
  for (const list of communesByPostcode.values()) {
    list.sort((a, b) => communeWeight(b) - communeWeight(a));
    if (++sorted % 1024 === 0) yield undefined;
  }

  yield undefined;
  // Every step here a few milliseconds at most: at 100k places these are 100k+ words.
  const distinct = new Set<string>();
  let seen = 0;
  for (const keys of [phrasesByFirst.keys(), wordPost.keys(), partnerPost.keys()]) {
    for (const k of keys) {
      distinct.add(k);
      if (++seen % 4096 === 0) yield undefined;
    }
  }
  const vocabWords = [...distinct];
  yield undefined;
  yield* sortStringsSteps(vocabWords);
  const vocab = yield* Vocabulary.sortedSteps(vocabWords);


  // ---- Query analysis --------------------------------------------------------------------

  interface PhraseHit {
    phrase: Phrase;
    /** Query words consumed. */
    span: number;
    quality: number;
  }

  /** Phrases matching the query from word `i`, with how many words each consumes. */
  function phraseHits(toks: SourcedToken[], i: number, typing: boolean, lookups: WordMatch[][]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const last = toks.length - 1;
    // A single letter being typed after a word may start the phrase's next word ("carte g");
    // if it does not, the phrase is read as if the query stopped before it.
    const shortTail = typing && toks[last]!.token.length === 1;
    const endsAt = (k: number): boolean => k === last || (shortTail && k === last - 1);
    for (const first of lookups[i]!) {
      const list = phrasesByFirst.get(first.word);
      if (!list) continue;
      for (const ph of list) {
        let sum = first.quality;
        let j = 1;
        let ok = true;
        for (; j < ph.tokens.length && i + j <= last; j++) {
          const q = wordQuality(toks[i + j]!.token, ph.tokens[j]!, typing && i + j === last);
          if (q === 0) {
            ok = false;
            break;
          }
          sum += q;
        }
        // A word that does not fit ends the phrase here, unless it is the letter being typed.
        if (!ok && !(shortTail && i + j === last)) continue;
        const consumed = j;
        if (consumed < ph.tokens.length) {
          // The query ran out inside the phrase ("carte" → "carte grise"): a weaker, partial hit.
          if (!endsAt(i + consumed - 1)) continue;
          hits.push({ phrase: ph, span: consumed, quality: langWeight(ph) * (sum / consumed) * (0.55 + 0.3 * (consumed / ph.tokens.length)) });
        } else {
          // A phrase whose first word is only begun must end the query ("carte g" is fine).
          if (first.kind === 'prefix' && ph.tokens.length > 1 && !endsAt(i + consumed - 1)) continue;
          hits.push({ phrase: ph, span: consumed, quality: langWeight(ph) * (sum / consumed) });
        }
      }
    }
    return hits;
  }

  const langWeight = (ph: Phrase): number => (ph.lang === 'en' ? ENGLISH_WEIGHT : 1);

  function analyse(text: string): Slot[] {
    const toks = tokenizeWithSource(text);
    if (toks.length === 0) return [];
    const typing = endsInWord(text);
    const last = toks.length - 1;
    const lookups = toks.map((t, i) => (/^\d+$/.test(t.token) ? [] : vocab.lookup(t.token, typing && i === last)));
    const slots: Slot[] = [];
    let i = 0;
    while (i < toks.length) {
      const tok = toks[i]!;
      if (/^\d+$/.test(tok.token)) {
        const slot = postcodeSlot(tok.raw);
        if (slot) slots.push(slot);
        i++;
        continue;
      }
      const hits = phraseHits(toks, i, typing, lookups);
      const named = communeHits(toks, i, typing, lookups);
      let span = 1;
      for (const h of hits) if (h.span > span && h.quality >= 0.6) span = h.span;
      for (const h of named) if (h.span > span && h.quality >= 0.6) span = h.span;
      const alternatives: Alternative[] = [];
      for (const h of hits) {
        if (h.span !== span) continue;
        const ph = h.phrase;
        if (ph.source === 'need') for (const need of ph.needs) alternatives.push({ field: 'need', quality: h.quality, term: ph.term, need });
        else if (ph.source === 'kind' && ph.kind) alternatives.push({ field: 'kind', quality: h.quality, term: ph.term, kind: ph.kind });
      }
      for (const h of named) if (h.span === span) alternatives.push(communeAlternative(h.communes, h.quality));
      if (span === 1) {
        for (const m of lookups[i]!) {
          if (wordPost.has(m.word)) alternatives.push({ field: 'name', quality: m.quality, term: m.word, word: m.word });
          if (partnerPost.has(m.word)) alternatives.push({ field: 'partner', quality: m.quality, term: m.word, word: m.word });
        }
      }
      const query = toks.slice(i, i + span).map((t) => t.raw).join(' ');
      i += span;
      if (alternatives.length === 0) continue;
      slots.push(makeSlot(query, alternatives));
    }
    return slots;
  }

  /**
   * Whole commune names at word `i` (../geo/commune-matcher.ts: exact, or a typo of a name of
   * five letters or more, never a beginning). A name that is also the beginning of a need or
   * kind word being typed waits for the word to end ("eu" may be on its way to "europe").
   */
  function communeHits(toks: SourcedToken[], i: number, typing: boolean, lookups: WordMatch[][]): ReturnType<CommuneMatcher['wholeNamesAt']> {
    let hits = communes.wholeNamesAt(toks.map((t) => t.raw), i, typing);
    if (hits.length === 0) return hits;
    // A known word spelt right is not a typo of a commune: "carte" is not Canté, "arret" not Arlet.
    const known = (k: number): boolean => lookups[k]!.some((m) => m.kind === 'exact');
    hits = hits.filter((h) => {
      if (h.quality === 1) return true;
      for (let k = i; k < i + h.span; k++) if (known(k)) return false;
      return true;
    });
    const last = toks.length - 1;
    // The text's last word begins a longer need or kind term: the resident is on the way to
    // "titre de séjour" or "centres sociaux", not naming Le Titre or Centrès.
    const opensTerm = (phrasesByFirst.get(toks[last]!.token) ?? []).some((ph) => ph.tokens.length > 1);
    const begunTerm = opensTerm || (typing && lookups[last]!.some((m) => m.kind === 'prefix' && phrasesByFirst.has(m.word)));
    return begunTerm ? hits.filter((h) => i + h.span - 1 !== last) : hits;
  }

  /** The commune (or the choice between homonyms) a whole name designates. */
  function communeAlternative(ids: readonly number[], quality: number): Alternative {
    const served = ids.filter((c) => communePost.has(c));
    // The only namesake the catalogue serves is the one meant ("caf lherm" on a Lot catalogue).
    const one = ids.length === 1 ? ids[0]! : served.length === 1 ? served[0]! : undefined;
    if (one !== undefined) return { field: 'commune', quality, term: gazetteer[one]!.name, commune: one };
    const choices = [...ids].sort((a, b) => communeWeight(b) - communeWeight(a));
    return { field: 'commune', quality, term: gazetteer[choices[0]!]!.name, commune: choices[0]!, choices };
  }

  function postcodeSlot(code: string): Slot | undefined {
    if (!/^\d[\dab]\d{3}$/.test(code)) return undefined;
    const communes = communesByPostcode.get(code);
    const alternatives: Alternative[] = [];
    if (postcodePost.has(code)) alternatives.push({ field: 'postcode', quality: 1, term: code, postcode: code });
    if (communes?.length) {
      alternatives.push({ field: 'commune', quality: 1, term: gazetteer[communes[0]!]!.name, commune: communes[0]! });
    }
    if (alternatives.length === 0) return undefined;
    const slot: Slot = { query: code, alternatives };
    // A postcode shared by several communes (46150: Catus, Lherm and ten others) is not one
    // place: the resident chooses, none is picked for them.
    if (communes && communes.length > 1) slot.choices = [...communes];
    else if (communes?.length) slot.commune = communes[0]!;
    return slot;
  }

  function makeSlot(query: string, all: Alternative[]): Slot {
    let best = 0;
    for (const a of all) best = Math.max(best, a.quality * FIELD_WEIGHT[a.field]);
    // Keep the best interpretation per target, drop the noise far below the best.
    const byTarget = new Map<string, Alternative>();
    for (const a of all) {
      if (a.quality * FIELD_WEIGHT[a.field] < best - SLOT_SPREAD) continue;
      const key = a.field + ':' + (a.need ?? a.kind ?? a.word ?? a.commune ?? a.postcode ?? '');
      const prev = byTarget.get(key);
      if (!prev || prev.quality < a.quality) byTarget.set(key, a);
    }
    const alternatives = [...byTarget.values()].sort((a, b) => b.quality * FIELD_WEIGHT[b.field] - a.quality * FIELD_WEIGHT[a.field]);
    const slot: Slot = { query, alternatives };
    // A commune wins its slot when nothing else reads the words at least as well.
    let bestCommune: Alternative | undefined;
    let bestOther = 0;
    for (const a of alternatives) {
      if (a.field === 'commune') {
        if (!bestCommune || a.quality > bestCommune.quality) bestCommune = a;
        // A need or kind read as well wins ("bus", "job", "titre" are also communes); a place's
        // name read as well loses ("lherm": the commune, not only the places named Lherm).
      } else if (a.field !== 'name') bestOther = Math.max(bestOther, a.quality + 0.001);
      else bestOther = Math.max(bestOther, a.quality - 0.001);
    }
    // Commune readings are whole names already (a typo of two letters scores 0.61): the bar
    // is the other readings, not a prefix-era threshold.
    if (bestCommune && bestCommune.commune !== undefined && bestCommune.quality >= 0.6 && bestCommune.quality >= bestOther) {
      if (bestCommune.choices) slot.choices = bestCommune.choices;
      else slot.commune = bestCommune.commune;
    }
    return slot;
  }

  // ---- Scoring scratch space (reused across searches: no per-keystroke allocation of n) --
  const total = new Float64Array(n);
  const slotScore = new Float64Array(n);
  const touched = new Int32Array(n);
  const slotTouched = new Int32Array(n);
  const dist = new Float64Array(n);
  const nearestStop = new Int32Array(n);
  /**
   * Distances are kept per origin: while a resident types, the origin stays and each place's
   * distance (and nearest stop) is computed once, not once per keystroke. `distStamp[id]` says
   * for which origin `dist[id]` holds.
   */
  const distStamp = new Uint32Array(n);
  let stamp = 0;
  let stampKey = '';
  /**
   * How much of the scratch space the search under way has dirtied: `total` for `touched[0..count)`,
   * `slotScore` for `slotTouched[0..sc)`. `search` cleans them in a `finally`, so a search that
   * throws midway (a hostile query getter, a bug) cannot leave scores that the next search would
   * add to, or candidates it would never list: the element catches the error and keeps the index.
   */
  let count = 0;
  let sc = 0;

  function postingsOf(a: Alternative): Int32Array | undefined {
    switch (a.field) {
      case 'need':
        return needPost[NEED_IDS.indexOf(a.need!)];
      case 'kind':
        return kindPost[KIND_INDEX.get(a.kind!)!];
      case 'name':
        return wordPost.get(a.word!);
      case 'partner':
        return partnerPost.get(a.word!);
      case 'postcode':
        return postcodePost.get(a.postcode!);
      case 'commune':
        return communePost.get(a.commune!);
    }
  }

  function placeHas(id: number, a: Alternative): boolean {
    switch (a.field) {
      case 'need':
        return (needMask[id]! & NEED_BIT.get(a.need!)!) !== 0;
      case 'kind':
        return kindIdx[id] === KIND_INDEX.get(a.kind!);
      case 'name':
        return tokenize(places[id]!.name).includes(a.word!);
      case 'partner':
        return (places[id]!.partners ?? []).some((x) => tokenize(x).includes(a.word!));
      case 'postcode': {
        const p = places[id]!;
        return p.address.postcode === a.postcode || (p.stops ?? []).some((s) => s.address.postcode === a.postcode);
      }
      case 'commune':
        return inCommune(id, a.commune!);
    }
  }

  /** Distance from the origin to a place, or to its nearest stop for a place with stops. */
  function distanceTo(id: number, oLat: number, oLon: number, preferCommune: number): number {
    const s0 = stopStart[id]!;
    const s1 = stopStart[id + 1]!;
    if (s1 === s0) {
      nearestStop[id] = -1;
      return haversineKm(oLat, oLon, lat[id]!, lon[id]!);
    }
    let best = Infinity;
    let bestStop = -1;
    for (let s = s0; s < s1; s++) {
      const d = haversineKm(oLat, oLon, stopLat[s]!, stopLon[s]!);
      if (stopCommune[s] === preferCommune && preferCommune >= 0) {
        // The stop in the commune the resident named is the one they mean.
        nearestStop[id] = s - s0;
        return d;
      }
      if (d < best) {
        best = d;
        bestStop = s - s0;
      }
    }
    nearestStop[id] = bestStop;
    return best;
  }

  function search(query: SearchQuery): SearchOutcome {
    try {
      return searchOnce(query);
    } finally {
      for (let k = 0; k < sc; k++) slotScore[slotTouched[k]!] = 0;
      for (let k = 0; k < count; k++) total[touched[k]!] = 0;
      sc = 0;
      count = 0;
    }
  }

  function searchOnce(query: SearchQuery): SearchOutcome {
    count = 0;
    sc = 0;
    const slots = analyse(query.text ?? '');
    // Text made only of stop words ("de la ") is no text: it must not empty the list.
    const hasText = meaningfulText(query.text ?? '');
    const communeSlot = slots.find((s) => s.commune !== undefined);
    const selecting = slots.filter((s) => s.commune === undefined && s.choices === undefined);
    const communeIdx = communeSlot?.commune;
    const commune = communeIdx !== undefined ? gazetteer[communeIdx] : undefined;
    const origin = query.near ?? (commune ? { lat: commune.lat, lon: commune.lon } : undefined);
    // With an origin, nearest first: a resident asking "près de Lherm" wants what is near, and
    // weak readings are already cut by the threshold below. Relevance only without an origin.
    const sort = query.sort ?? (origin ? 'distance' : 'relevance');

    // Needs the text was understood as.
    const understood: NeedId[] = [];
    for (const s of selecting) {
      const top = s.alternatives[0];
      if (!top) continue;
      const topScore = top.quality * FIELD_WEIGHT[top.field];
      for (const a of s.alternatives)
        if (a.field === 'need' && a.quality * FIELD_WEIGHT.need >= topScore - 0.05 && !understood.includes(a.need!)) understood.push(a.need!);
    }

    // Candidates with their scores (`count`, `sc`: see the scratch space above).
    if (selecting.length > 0) {
      for (const slot of selecting) {
        sc = 0;
        for (const a of slot.alternatives) {
          const post = postingsOf(a);
          if (!post) continue;
          const w = a.quality * FIELD_WEIGHT[a.field];
          for (let k = 0; k < post.length; k++) {
            const id = post[k]!;
            const cur = slotScore[id]!;
            if (cur === 0) slotTouched[sc++] = id;
            if (w > cur) slotScore[id] = w;
          }
        }
        for (let k = 0; k < sc; k++) {
          const id = slotTouched[k]!;
          const before = total[id]!;
          if (before === 0) touched[count++] = id;
          total[id] = before + slotScore[id]!;
          slotScore[id] = 0;
        }
        sc = 0;
      }
    } else if (hasText && slots.length === 0) {
      count = 0;
    } else if (query.needs?.length) {
      // No selecting words: start from the shortest need list instead of every place.
      let shortest: Int32Array | undefined;
      for (const need of query.needs) {
        const post = needPost[NEED_IDS.indexOf(need)];
        if (post && (!shortest || post.length < shortest.length)) shortest = post;
      }
      for (const id of shortest ?? []) {
        touched[count++] = id;
        total[id] = 1;
      }
    } else {
      // Every place; when the text only names a commune or postcode, those in it rank first
      // among equals.
      for (let id = 0; id < n; id++) {
        touched[count++] = id;
        total[id] = 1;
      }
      if (communeSlot)
        for (const a of communeSlot.alternatives) {
          const post = postingsOf(a);
          if (post) for (let k = 0; k < post.length; k++) total[post[k]!] = 1 + a.quality * FIELD_WEIGHT[a.field];
        }
    }

    // Filters.
    let needFilter = 0;
    for (const need of query.needs ?? []) needFilter |= NEED_BIT.get(need) ?? 0;
    const kindFilter = query.kinds?.length ? new Set(query.kinds.map((k) => KIND_INDEX.get(k))) : undefined;
    let equipFilter = 0;
    for (const e of query.equipment ?? []) equipFilter |= EQUIPMENT_BIT.get(e) ?? 0;
    const apptFilter = query.appointment === 'walk-in' ? 1 : query.appointment === 'appointment' ? 2 : 0;

    let maxScore = 0;
    for (let k = 0; k < count; k++) maxScore = Math.max(maxScore, total[touched[k]!]!);
    // Weak readings (a typo of another word, one word of three) are dropped below this.
    const threshold = selecting.length === 0 ? 0 : maxScore * (sort === 'distance' ? 0.7 : 0.5);

    /** Candidates that pass the filters other than the hours (with their distance). */
    const passed: number[] = [];
    const oLat = origin?.lat ?? 0;
    const oLon = origin?.lon ?? 0;
    const preferCommune = query.near ? -1 : communeIdx ?? -1;
    if (origin) {
      const key = `${oLat},${oLon},${preferCommune}`;
      if (key !== stampKey) {
        stampKey = key;
        stamp = (stamp + 1) >>> 0 || 1;
        if (stamp === 1) distStamp.fill(0);
      }
    }
    for (let k = 0; k < count; k++) {
      const id = touched[k]!;
      const score = total[id]!;
      if (score < threshold) continue;
      if ((needMask[id]! & needFilter) !== needFilter) continue;
      if (kindFilter && !kindFilter.has(kindIdx[id])) continue;
      if ((equipMask[id]! & equipFilter) !== equipFilter) continue;
      if (apptFilter && (appointment[id]! & apptFilter) === 0) continue;
      if (query.wheelchair && !wheelchair[id]) continue;
      if (origin && distStamp[id] !== stamp) {
        dist[id] = distanceTo(id, oLat, oLon, preferCommune);
        distStamp[id] = stamp;
      }
      passed.push(id);
    }

    // Hours, radius, order and page: the same rule as the first list's (./ranking.ts).
    const ranked = rankCandidates(query, {
      passed,
      score: total,
      dist: origin ? dist : null,
      nameRank,
      sort: sort === 'distance' ? 'distance' : 'relevance',
      openState: (id, at) => (openState ? safeOpenState(places[id]!, at) : 'unknown'),
    });
    const top = ranked.top;

    const results: SearchResult[] = top.map((id) => {
      const place = places[id]!;
      const r = { place, score: total[id]! } as SearchResult;
      // Explained on first read: a map of thousands of markers never asks why each matched.
      let matches: Match[] | undefined;
      Object.defineProperty(r, 'matches', {
        enumerable: true,
        configurable: true,
        get: () => (matches ??= explain(id, slots, query)),
      });
      if (origin) {
        r.distanceKm = dist[id]!;
        const s = nearestStop[id]!;
        if (s >= 0 && place.stops?.[s]) r.stopId = place.stops[s].id;
      }
      return r;
    });

    const outcome: SearchOutcome = { results, total: ranked.ids.length, needs: understood, ids: ranked.ids };
    if (commune) outcome.commune = { ...commune, postcodes: [...commune.postcodes] };
    const choiceSlot = commune ? undefined : slots.find((s) => s.choices);
    if (choiceSlot) outcome.communeChoices = choiceSlot.choices!.map((c) => ({ ...gazetteer[c]!, postcodes: [...gazetteer[c]!.postcodes] }));
    if (ranked.radius) outcome.radius = ranked.radius;
    if (ranked.hoursUnknown !== undefined) outcome.hoursUnknown = ranked.hoursUnknown;
    return outcome;
  }

  function safeOpenState(place: Place, at: Date): OpenState {
    try {
      return openState!(place, at);
    } catch {
      return 'unknown';
    }
  }

  function explain(id: number, slots: Slot[], query: SearchQuery): Match[] {
    const out: Match[] = [];
    for (const slot of slots) {
      if (slot.commune !== undefined) {
        if (inCommune(id, slot.commune))
          out.push({ field: 'commune', query: slot.query, term: gazetteer[slot.commune]!.name });
        continue;
      }
      for (const a of slot.alternatives) {
        if (!placeHas(id, a)) continue;
        const m: Match = { field: a.field, query: slot.query, term: a.field === 'name' ? places[id]!.name : a.term };
        if (a.need) m.need = a.need;
        out.push(m);
        break;
      }
    }
    for (const need of query.needs ?? []) out.push({ field: 'filter', query: need, term: NEED_THESAURUS[need]?.label.fr ?? need, need });
    return out;
  }

  function suggestNeeds(text: string, lang: Lang, limit = 5): NeedSuggestion[] {
    const toks = tokenizeWithSource(text);
    if (toks.length === 0) return [];
    const typing = endsInWord(text);
    const last = toks.length - 1;
    const lookups = toks.map((t, i) => vocab.lookup(t.token, typing && i === last));
    const best = new Map<NeedId, { quality: number; rank: number; term: string; langMatch: number }>();
    for (let i = 0; i < toks.length; i++) {
      for (const h of phraseHits(toks, i, typing, lookups)) {
        if (h.phrase.source !== 'need') continue;
        // Longer phrases explain more of what was typed.
        const quality = h.quality + 0.02 * (h.span - 1);
        for (const need of h.phrase.needs) {
          const cand = { quality, rank: h.phrase.rank, term: h.phrase.term, langMatch: h.phrase.lang === lang ? 1 : 0 };
          const prev = best.get(need);
          if (!prev || cand.quality > prev.quality + 1e-9 || (Math.abs(cand.quality - prev.quality) <= 1e-9 && cand.rank < prev.rank))
            best.set(need, cand);
        }
      }
    }
    return [...best.entries()]
      .sort((a, b) => b[1].quality - a[1].quality || a[1].rank - b[1].rank || NEED_IDS.indexOf(a[0]) - NEED_IDS.indexOf(b[0]))
      .slice(0, Math.max(0, limit))
      .map(([need, v]) => ({ need, term: v.term, label: NEED_THESAURUS[need].label[lang], ...(v.langMatch ? {} : { otherLanguage: true }) }));
  }

  /**
   * Suggestions for "Où ?": whole names first (homonyms the catalogue serves ahead), then the
   * catalogue's communes that begin like the text, then the others by population, then typos.
   * A postcode gives every commune that shares it.
   */
  function findCommunes(text: string, limit = 10): GazetteerEntry[] {
    const max = Math.max(0, Math.floor(limit));
    if (max === 0) return [];
    const out: number[] = [];
    const seen = new Set<number>();
    const add = (c: number): void => {
      if (seen.has(c)) return;
      seen.add(c);
      out.push(c);
    };
    const all = communes.find(text, max + 40);
    const rank = (k: string): number => (k === 'exact' ? 0 : k === 'prefix' ? 1 : 2);
    for (const m of all.filter((x) => x.kind === 'exact').sort((a, b) => communeWeight(b.index) - communeWeight(a.index))) add(m.index);
    const { matcher, ids } = local();
    for (const m of matcher.find(text, max)) if (rank(m.kind) <= 1) add(ids[m.index]!);
    for (const m of all) add(m.index);
    return out.slice(0, max).map((c) => ({ ...gazetteer[c]!, postcodes: [...gazetteer[c]!.postcodes] }));
  }

  // Last step: the hours, compiled in slices now rather than all at once when "Ouvert
  // maintenant" is first ticked (issue 15). Each slice is a few milliseconds (≤ 256 places).
  const prepareHours = options.prepareHours;
  if (prepareHours)
    for (let i = 0; i < n; i++) {
      if (i % HOURS_SLICE === 0) yield undefined;
      prepareHours(places[i]!);
    }

  return { search, suggestNeeds, findCommunes };
}

/** Places whose hours are compiled per step of the build (a bus has ~10 stops: still ≤ 5 ms). */
export const HOURS_SLICE = 256;

/**
 * The commune look-ups of an index. When the gazetteer starts with the given list unchanged
 * (buildGazetteer keeps it first and appends the catalogue's other communes), the list's
 * matcher is the one memoised for that array: a new catalogue does not re-index the 35k
 * national names (about 100 ms); only the appended communes get a small matcher of their own.
 */
function* indexCommunesSteps(gazetteer: readonly GazetteerEntry[], extra: readonly GazetteerEntry[]): Steps<Pick<CommuneMatcher, 'find' | 'wholeNamesAt'>> {
  const k = extra.length;
  let same = k > 0 && gazetteer.length >= k;
  for (let i = 0; same && i < k; i++) same = gazetteer[i]!.name === extra[i]!.name && gazetteer[i]!.insee === extra[i]!.insee;
  if (!same) return yield* createCommuneMatcherSteps(gazetteer);
  const head = communeMatcher(extra);
  if (gazetteer.length === k) return head;
  const tail = yield* createCommuneMatcherSteps(gazetteer.slice(k));
  const shift = (m: CommuneMatch): CommuneMatch => ({ ...m, index: m.index + k });
  const rank = { exact: 0, prefix: 1, fuzzy: 2 } as const;
  return {
    find: (text, limit = 10) =>
      [...head.find(text, limit), ...tail.find(text, limit).map(shift)]
        .sort((a, b) => rank[a.kind] - rank[b.kind] || a.distance - b.distance || (b.entry.population ?? 0) - (a.entry.population ?? 0))
        .slice(0, limit),
    wholeNamesAt: (words, i, typing) => {
      const hits = head.wholeNamesAt(words, i, typing);
      for (const h of tail.wholeNamesAt(words, i, typing)) {
        const ids = h.communes.map((c) => c + k);
        // A catalogue commune named like a listed one is one more homonym of the same reading.
        const same = hits.find((x) => x.span === h.span && x.quality === h.quality && fold(x.term) === fold(h.term));
        if (same) same.communes = [...same.communes, ...ids];
        else hits.push({ ...h, communes: ids });
      }
      return hits;
    },
  };
}

/**
 * Whether text says something to search for: a lone letter being typed ("c") does not, so it
 * must not empty the list while the resident is only starting a word.
 */
function meaningfulText(text: string): boolean {
  const toks = tokenizeWithSource(text);
  return toks.length > 1 || (toks.length === 1 && (toks[0]!.raw.length > 1 || !endsInWord(text)));
}
