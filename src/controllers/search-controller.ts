/**
 * The resident's search for the element: owns the search state (one {@link SearchState}), the
 * index built over the catalogue's places, the outcome, the debounce of typed text and the
 * polite announcement of results. The outcome is recomputed only when what it depends on
 * changes (state, index, origin, the minute of `now`), so a re-render of the host never builds
 * new arrays for the views, and the map never refits because of one.
 *
 * The first list comes before the index (issue 15, item 3): over a new catalogue the controller
 * first builds the browse (core/search/browse.ts: the order by name, a fraction of the index's
 * cost, in the list's chunk), which answers the query-less search the resident sees first, the
 * index's answer exactly; the data core (index, thesaurus, gazetteer) loads and builds only once
 * that list has painted. A query the browse cannot answer (text, a need, a kind, an origin the
 * page named but not yet known) waits for the index, which then starts at once: no list is shown
 * meanwhile, never a wrong one, and its announcement waits too.
 *
 * Does not own: where from (the origin controller gives a point), the catalogue (the catalogue
 * controller), the URL (the host maps state to the hash through core/search/state.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GeoPoint, Place } from '../core/catalogue/types.js';
import { DEFAULT_SEARCH_STATE, toSearchQuery, type SearchState } from '../core/search/state.js';
import type { GazetteerEntry, SearchIndex, SearchOutcome, SearchQuery } from '../core/search/types.js';
import { loadDataCore, loadListCore, type ListCore } from './data-core-loader.js';
import { runInSlices, type Progress } from '../core/slices.js';
import type { Browse } from '../core/search/browse.js';
import { matchingPlaces, pagedSearch } from './paged-results.js';
import { afterPaint } from './after-paint.js';

/** How long typing must pause before the text is searched. */
export const TYPING_DEBOUNCE_MS = 250;
/** How long the results must stay still before the live region speaks them. */
export const ANNOUNCE_DELAY_MS = 700;

export interface SearchInputs {
  origin: GeoPoint | null;
  /** The instant "open now" and the hours refer to. */
  at: Date;
  /**
   * The page named an origin (`near`) that is not known yet (a commune name waits for the
   * index): the first list waits for it rather than show places from nowhere.
   */
  originPending?: boolean;
}

export class SearchController implements ReactiveController {
  state: SearchState = DEFAULT_SEARCH_STATE;
  /** The index over the current catalogue, null until it is ready. */
  index: SearchIndex | null = null;
  /** The first list's answerer over the current catalogue, until (and after) the index is ready. */
  private browse: Browse | null = null;
  /** The list's code (core/list-core.ts), once loaded: which queries the browse answers. */
  private listCore?: ListCore;
  /** Starts the index build now rather than after the first paint: a query waits for it. */
  private hurry?: () => void;
  /** An announcement due while no index could answer: spoken once it can. */
  private deferred?: { from: SearchState | null; typing: boolean };
  /** Something was listed (or said empty) for the current catalogue: the views can show. */
  private listed = false;
  /** How far the index of a new catalogue is (null when none is being built for one). */
  indexProgress: Progress | null = null;
  /**
   * The index of the current places could not be built (its chunk did not come: a deploy since
   * the page loaded, a dropped connection): the host says so in words where "Préparation de la
   * recherche…" would otherwise stay.
   */
  unavailable = false;
  /** The build under way: a newer catalogue (or gazetteer) stops it at its next pause. */
  private building?: AbortController;
  /** The places of the newest build, what it will resolve, and whether it has. */
  private pending?: { places: Place[]; built: Promise<boolean>; settled: boolean };
  /** The last outcome; the same object until an input changes. */
  outcome: SearchOutcome | null = null;
  /** Every matching place (not only the page built), the same array until the outcome changes (for the map). */
  get resultPlaces(): Place[] {
    if (this.placesFor !== this.outcome) {
      this.placesFor = this.outcome;
      this.placesMemo = matchingPlaces(this.outcome, this.places);
    }
    return this.placesMemo;
  }
  private places: Place[] | null = null;
  private placesFor: SearchOutcome | null = null;
  private placesMemo: Place[] = [];
  /** What the live region says; set once the results stop changing. */
  announcement = '';

  private readonly host: ReactiveControllerHost;
  private readonly inputs: () => SearchInputs;
  /**
   * The words for an outcome; `before` is the state last announced (to say what changed). A
   * promise (words still loading: i18n/strings-search.ts's announceWords) is said once it
   * settles, unless a newer announcement came meanwhile.
   */
  private readonly sentence: (outcome: SearchOutcome, before: SearchState | null) => string | Promise<string>;
  /** Counts announcements, so that words that came late never replace newer ones. */
  private spoken = 0;
  /** The state before the changes the pending announcement will speak of. */
  private changedFrom: SearchState | null = null;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private key: unknown[] = [];
  /** Whether the last change came from typing (not submitted): nothing negative is announced then. */
  private typing = false;

  constructor(host: ReactiveControllerHost, inputs: () => SearchInputs, sentence: (outcome: SearchOutcome, before: SearchState | null) => string | Promise<string>) {
    this.host = host;
    this.inputs = inputs;
    this.sentence = sentence;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.typingTimer);
    clearTimeout(this.announceTimer);
  }

  /**
   * Builds the index, in slices that give the page its thread back (at 100,000 places the build
   * would be one task of about a second). Until it is ready the current index, if any, answers
   * (more shards merged, a new gazetteer); the host empties it first for a new catalogue, and
   * then the browse answers the first list (see the class comment), once `before` has settled.
   * Resolves true once an index over these places is the index (this build, or a newer one over
   * the same places that superseded it), false when none will be.
   */
  setPlaces(places: Place[] | null, gazetteer: GazetteerEntry[], before: Promise<unknown> = Promise.resolve()): Promise<boolean> {
    this.building?.abort();
    this.building = undefined;
    this.unavailable = false;
    if (!places) {
      this.pending = undefined;
      this.places = null;
      this.index = null;
      this.browse = null;
      this.listed = false;
      this.indexProgress = null;
      this.host.requestUpdate();
      return Promise.resolve(false);
    }
    if (!this.index) {
      this.indexProgress = { done: 0, total: places.length };
      this.host.requestUpdate();
    }
    const building = new AbortController();
    this.building = building;
    const signal = building.signal;
    const superseded = (): Promise<boolean> | boolean =>
      this.pending && this.pending.places === places && this.pending.built !== built ? this.pending.built : false;
    let shownAt = 0;
    const onProgress = (p: Progress): void => {
      // Words in a polite status: a few times a second at most, and only while nothing is listed.
      const now = performance.now();
      if (this.index || now - shownAt < 400) return;
      shownAt = now;
      this.indexProgress = p;
      this.host.requestUpdate();
    };
    // The first list, when no index answers meanwhile: the browse over these places (the
    // list's chunk only), after `before` (the host's work the first render needs).
    const first: Promise<Browse | null> = this.index
      ? Promise.resolve(null)
      : this.browse?.places === places
        ? Promise.resolve(this.browse) // the same places again (the deployer's communes came)
        : Promise.all([loadListCore(), before])
          .then(([core]) => {
            this.listCore = core;
            return runInSlices(core.browseSteps(places, { openState: (place, at) => core.placeOpenState(place, at) }), { signal });
          })
          .then(
            (browse) => {
              if (signal.aborted) return null;
              this.browse = browse;
              this.places = places;
              this.host.requestUpdate();
              return browse;
            },
            (e: unknown) => {
              // No first list (a missing chunk): the index's build reports, or lists.
              if (!signal.aborted) console.error('service-locator:', e);
              return null;
            },
          );
    const built = first
      .then(async (browse) => {
        signal.throwIfAborted();
        // The index, its thesaurus and the gazetteer load once the first list has painted, or
        // at once when what is asked needs them.
        if (browse && this.answerer()) {
          let hurry: (() => void) | undefined;
          await new Promise<void>((resolve) => {
            this.hurry = hurry = resolve;
            // Only after the paint, not an idle moment later: the resident may search next.
            void afterPaint({ idle: false }).then(resolve);
          });
          if (this.hurry === hurry) this.hurry = undefined;
          signal.throwIfAborted();
        }
        const core = await loadDataCore();
        return runInSlices(
          core.searchIndexSteps(places, { gazetteer, openState: (place, at) => core.placeOpenState(place, at), prepareHours: (place) => core.compilePlaceHours(place), ...(browse ? { nameRank: browse.nameRank } : {}) }),
          { signal, onProgress },
        );
      })
      .then(
        (index) => {
          if (signal.aborted) return superseded();
          this.building = undefined;
          this.places = places;
          this.index = index;
          this.indexProgress = null;
          this.host.requestUpdate();
          this.speakDeferred();
          return true;
        },
        (e: unknown) => {
          // Superseded: the newer build reports. Anything else (a missing chunk, a bug) is logged,
          // never thrown, and said: no index will come for these places.
          if (signal.aborted) return superseded();
          console.error('service-locator:', e);
          this.unavailable = true;
          this.indexProgress = null;
          this.host.requestUpdate();
          return false;
        },
      );
    const pending = { places, built, settled: false };
    this.pending = pending;
    // Registered before any `whenIndexed` waits on `built`, so it runs first.
    void built.then(() => (pending.settled = true));
    return built;
  }

  /**
   * Settles once no index build is under way: after the newest one, whichever builds superseded
   * which meanwhile. The promise `setPlaces` gave for a build that a build over other places
   * superseded (a shard merged) resolves false at once, while the newest build still runs: a
   * look-up that must see what a build adds (the national communes) waits for this instead.
   */
  async whenIndexed(): Promise<void> {
    for (let p = this.pending; p && !p.settled; p = this.pending) await p.built;
  }

  /** Changes the search; `announce` (default) speaks the new count once it settles. */
  set(next: Partial<SearchState>, announce = true): void {
    clearTimeout(this.typingTimer);
    const before = this.state;
    this.state = { ...this.state, ...next };
    this.typing = false;
    if (announce) this.announceLater(before);
    this.host.requestUpdate();
  }

  /** Text being typed: searched after a pause, never announced as "nothing found" meanwhile. */
  type(text: string, onSearched?: () => void): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      if (text === this.state.text) return;
      this.state = { ...this.state, text };
      this.typing = true;
      this.announceLater();
      this.host.requestUpdate();
      onSearched?.();
    }, TYPING_DEBOUNCE_MS);
  }

  /** The core query the current state means (for the public search event). */
  query(): SearchQuery {
    const { origin, at } = this.inputs();
    return toSearchQuery(this.state, origin, at);
  }

  hostUpdate(): void {
    this.refresh();
  }

  /**
   * Whether something can be listed for the current catalogue (the index, or the first list's
   * browse): until then the host shows that it is loading.
   */
  get ready(): boolean {
    return this.index !== null || this.listed;
  }

  /**
   * Starts the downloads a new catalogue needs, while it downloads: the list's code, and the data
   * core at once when the first list must wait for the index (a query or an origin to find).
   */
  prefetch(): void {
    void loadListCore().catch(() => undefined);
    const s = this.state;
    if (s.text.trim() || s.needs.length || s.filters.kinds.length || this.inputs().originPending) void loadDataCore().catch(() => undefined);
  }

  /** What answers the current search: the index, else the browse when the search needs no vocabulary. */
  private answerer(query: SearchQuery = this.query()): Pick<SearchIndex, 'search'> | null {
    if (this.index) return this.index;
    if (!this.browse || !this.listCore || this.inputs().originPending) return null;
    return this.listCore.browsable(query) ? this.browse : null;
  }

  /** Recomputes the outcome if an input changed. Never throws: a failure leaves no results. */
  refresh(): void {
    const { origin, at } = this.inputs();
    // "Open now" changes by the minute; other hours-dependent text is the views' business.
    const minute = this.state.filters.openNow ? Math.floor(at.getTime() / 60000) : 0;
    const query = toSearchQuery(this.state, origin, at);
    const answerer = this.answerer(query);
    // The browse's answer is the index's: when the index comes for the same places, the list
    // keeps its outcome (no new results, nothing re-rendered, "Afficher plus" where it was).
    const source = answerer && answerer !== this.index ? null : answerer;
    const key = [this.places, source, this.state, origin?.lat, origin?.lon, minute];
    if (key.length === this.key.length && key.every((v, i) => v === this.key[i])) return;
    this.key = key;
    if (!answerer) {
      this.outcome = null;
      // A search the browse cannot answer: the index is needed now, not after the paint.
      this.hurry?.();
      return;
    }
    try {
      // The page the list shows and the counts; further results when something reads them.
      this.outcome = pagedSearch(answerer, query);
    } catch (e) {
      // A bad input must never break the host page; log for the deployer.
      console.error('service-locator:', e);
      this.outcome = { results: [], total: 0, needs: [] };
    }
    this.listed = true;
  }

  private announceLater(before: SearchState | null = null): void {
    clearTimeout(this.announceTimer);
    // Several changes before the announcement: it names them all, from the first one's state.
    if (this.deferred) {
      this.changedFrom ??= this.deferred.from;
      this.deferred = undefined;
    }
    if (this.changedFrom === null) this.changedFrom = before;
    this.announceTimer = setTimeout(() => {
      this.refresh();
      const from = this.typing ? null : this.changedFrom;
      this.changedFrom = null;
      // Asked before the index could answer: said once it has (setPlaces).
      if (!this.outcome && this.pending && !this.pending.settled) this.deferred = { from, typing: this.typing };
      else this.speak(from, this.typing);
    }, ANNOUNCE_DELAY_MS);
  }

  /** The announcement that waited for the index, now that it answers. */
  private speakDeferred(): void {
    const d = this.deferred;
    if (!d) return;
    this.deferred = undefined;
    this.refresh();
    this.speak(d.from, d.typing);
  }

  private speak(from: SearchState | null, typing: boolean): void {
    const o = this.outcome;
    if (!o) return;
    const text = this.state.text.trim();
    // A word being typed: a single letter means nothing yet, and "nothing found" would be
    // wrong a keystroke later. The visible count still says it.
    if (typing && (text.length < 2 || o.total === 0)) return;
    const turn = ++this.spoken;
    const words = this.sentence(o, from);
    if (typeof words === 'string') this.say(words);
    else
      void words.then(
        (w) => {
          if (turn === this.spoken) this.say(w);
        },
        () => undefined,
      );
  }

  private say(sentence: string): void {
    // The same words again would not be spoken by most screen readers: add a no-break
    // space so the region changes.
    this.announcement = sentence === this.announcement ? `${sentence}\u00a0` : sentence;
    this.host.requestUpdate();
  }
}
