/**
 * The communes the element knows, and when it learns them. Owns the deployer's commune list
 * (`communes` attribute: populations for the coverage view, names for "vouliez-vous dire"), the
 * national gazetteer (every commune of France, about 450 KB gzip, fetched only once a resident
 * types in "Où ?" or a `near` the catalogue does not know), and the commune look-up the origin
 * controller asks for. The catalogue's own communes work at once and offline: the national list
 * only adds to them, and its failure leaves them working.
 *
 * Does not own: the index (the host rebuilds it when `entries` changes, through `onChange`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GazetteerEntry, SearchIndex } from '../core/search/types.js';
import { dataCoreWhenAsked, loadDataCore } from './data-core-loader.js';
import { fetchJson } from './fetch-json.js';
import { communeKey } from '../core/geo/commune-key.js';

export interface GazetteerControllerOptions {
  /** The current index (null until the catalogue is ready). */
  index: () => SearchIndex | null;
  /** Settles once there is an index. */
  indexReady: () => Promise<void>;
  /** `entries` changed: the host rebuilds its index, in slices. */
  onChange: () => void;
  /**
   * Settles once no index build is under way (the newest one is the index `index()` gives). A
   * look-up waits for it after new communes: the build `onChange` started may be superseded by
   * a newer one (a shard merged) that knows them too, and ends before that one is done.
   */
  whenIndexed: () => Promise<void>;
}

/** The gazetteer's own key (folded, saints spelt out), without spaces, hyphens or apostrophes. */
const key = (text: string): string => communeKey(text).replace(/[^a-z0-9]/g, '');

/** The text is the commune: its postcode, or its name give or take a typo or two. */
export function isWholeName(text: string, c: GazetteerEntry): boolean {
  const t = text.trim();
  if (c.postcodes.includes(t.toUpperCase())) return true;
  const a = key(t);
  const b = key(c.name);
  return a.length > 0 && Math.abs(a.length - b.length) <= 2 && a[0] === b[0];
}

/** What a text in "Où ?" designates (see {@link GazetteerController.resolve}). */
export interface CommuneLookup {
  found?: GazetteerEntry;
  /** Several communes: the resident chooses. */
  choices: GazetteerEntry[];
  /** Communes whose name or postcode begins like the text, best first. */
  suggestions: GazetteerEntry[];
}

export class GazetteerController implements ReactiveController {
  /** The deployer's commune list (`communes`). */
  list: GazetteerEntry[] = [];
  /** Every commune of France, once loaded (it includes the deployer's list's communes). */
  national: GazetteerEntry[] | null = null;
  private listAbort?: AbortController;
  private listLoad: Promise<void> = Promise.resolve();
  private nationalLoad?: Promise<boolean>;
  private readonly options: GazetteerControllerOptions;

  constructor(host: ReactiveControllerHost, options: GazetteerControllerOptions) {
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.listAbort?.abort();
  }

  /** Until the index knows the new entries: the host's newest build, whatever superseded what. */
  private rebuilding?: Promise<void>;

  /** What the index should know: the national list once loaded, else the deployer's. */
  get entries(): GazetteerEntry[] {
    return this.national ?? this.list;
  }

  /** Loads the deployer's list (`communes`); a failure leaves the catalogue's communes. */
  setListUrl(url: string): void {
    this.listAbort?.abort();
    const abort = (this.listAbort = new AbortController());
    this.listLoad = (async () => {
      // Its reader comes with the index's code, once the search asks for it (after the first list).
      const [json, core] = await Promise.all([fetchJson(url, abort.signal), dataCoreWhenAsked().catch(() => null)]);
      if (json === undefined || !core || abort.signal.aborted) return;
      this.list = core.parseGazetteer(json);
      if (!this.national) this.rebuild();
    })();
  }

  /** Fetches every commune of France (once; a failure is retried on the next call). */
  loadNational(): Promise<boolean> {
    this.nationalLoad ??= loadDataCore()
      .then((core) => core.loadGazetteer(core.gazetteerUrl()))
      .then((load) => {
        if (!load.ok) {
          this.nationalLoad = undefined;
          return false;
        }
        // The entries themselves, not a copy: the index then reuses the matcher already built.
        this.national = load.entries;
        this.rebuild();
        return true;
      })
      .catch(() => {
        this.nationalLoad = undefined;
        return false;
      });
    return this.nationalLoad;
  }

  /**
   * What `near="Nom (CP)"` designates, without every commune of France when that cannot change
   * the answer (issue 15): the national look-up (`resolve`) downloads the national list
   * (470 KB gzip) first, then takes the commune from the index as it is when the element
   * already knows one by that whole name (the catalogue's communes, the deployer's list: see
   * `find`), else from every commune of France. This does the first without the download, and
   * the second from the slice of the national list holding every commune with a postcode of
   * CP's prefix (communes/46.json, about 5 KB gzip), by the same rule
   * (../core/geo/commune-slice.ts). The origin controller picks from the answer as from
   * `resolve`'s.
   *
   * Undefined, and the caller takes the national look-up, when the slice cannot tell the same
   * answer (../core/geo/commune-slice.ts), when it is missing or fails (a bundler that did not
   * copy the folder), or when the national list is already there (its look-up then costs
   * nothing).
   */
  async communeWithPostcode(name: string, postcode: string): Promise<CommuneLookup | undefined> {
    if (this.national) return undefined;
    await Promise.all([this.options.indexReady(), this.listLoad]);
    if (this.national) return undefined;
    const known = this.options.index()?.findCommunes(name, 8) ?? [];
    const whole = key(name);
    if (known.some((c) => key(c.name) === whole)) return this.read(name, known);
    const found = await this.fromSlice(name, postcode);
    return found && !this.national ? { found, choices: [], suggestions: [] } : undefined;
  }

  /**
   * The commune of the postcode slice (fetched once per URL) that `name` and `postcode` name, by
   * ../core/geo/commune-slice.ts, which comes with the data core (the index's code, here already:
   * not in the initial chunk); undefined when the slice fails or cannot tell.
   */
  protected async fromSlice(name: string, postcode: string): Promise<GazetteerEntry | undefined> {
    const core = await loadDataCore().catch(() => undefined);
    const load = await core?.loadGazetteer(core.communeSliceUrl(postcode));
    // What the index knows (the catalogue's communes) that the national look-up would weigh too.
    return load?.ok ? core!.communeInSlice(load.entries, name, postcode, this.options.index()?.findCommunes(name, 50) ?? []) : undefined;
  }

  /**
   * What "Où ?" designates, by the search's own rule: one commune (a whole name, a typo of one,
   * "St Céré", the only namesake the catalogue serves, a postcode of one commune), or the
   * communes to choose from (a shared postcode, homonyms), or suggestions for a begun name.
   */
  async resolve(text: string): Promise<CommuneLookup> {
    return this.read(text, await this.find(text, 8));
  }

  /** {@link resolve} on the index as it is, with `suggestions` already found. */
  private read(text: string, suggestions: GazetteerEntry[]): CommuneLookup {
    const outcome = this.options.index()?.search({ text, limit: 0 });
    // The search reads a commune anywhere in a text ("2 place Vival Figeac"); "Où ?" takes one
    // only when the text is that commune (or a typo of it), so an address goes to the geocoder.
    if (outcome?.commune && isWholeName(text, outcome.commune)) return { found: outcome.commune, choices: [], suggestions };
    if (outcome?.communeChoices?.length) return { choices: outcome.communeChoices, suggestions };
    return { choices: [], suggestions };
  }

  /**
   * Communes whose name or postcode matches, best first: every commune of France when the
   * national list arrives in time, else those the element already knows.
   */
  async find(text: string, limit: number): Promise<GazetteerEntry[]> {
    await Promise.all([this.options.indexReady(), this.listLoad]);
    // Wait for the national list rather than call a real commune unknown on a slow line; a
    // failed download answers at once with the communes already known.
    if (!this.national) await this.loadNational();
    const found = this.options.index()?.findCommunes(text, limit) ?? [];
    // While the index is rebuilt with new communes, the one being replaced answers only for a
    // commune it knows by the whole name typed. Anything else it finds may be a begun name or a
    // typo of one of its few communes ("Cahus" is a letter from the catalogue's "Catus"), where
    // the new index knows the commune typed; a postcode may be shared with communes it lacks.
    const whole = key(text);
    if (!this.rebuilding || found.some((c) => key(c.name) === whole)) return found;
    await this.rebuilding;
    return this.options.index()?.findCommunes(text, limit) ?? [];
  }

  /** The host rebuilds its index with `entries`; look-ups meanwhile may wait for it (`find`). */
  private rebuild(): void {
    this.options.onChange();
    // Not the promise of the build just started: a shard merged before it is done starts a
    // newer build (which reads `entries` too) and this one then ends without being the index.
    const rebuilding = this.options.whenIndexed();
    this.rebuilding = rebuilding;
    const done = (): void => {
      if (this.rebuilding === rebuilding) this.rebuilding = undefined;
    };
    rebuilding.then(done, done);
  }
}
