// Pages worked on ahead, on worker threads, and decided in the order they came: while page k is
// parsed and extracted on a thread, the pages before it are decided against the run's state. A
// page's work is started as soon as it arrives, guessing from the state as it stands then; when its
// turn comes its outcome is decided again from the state as it stands at that point (./page-outcome.ts),
// redoing a step the guess skipped, so the outcomes are exactly those of deciding the pages one by one.
import type { FetchedPage } from '../fetch/types.js';
import { isArticle, sameBytesKnown, sameContent, sha256, versionOutcome } from './page-outcome.js';
import type { Extracted, PageOutcome, PageSource, ParsedArticle, VersionLookup } from './page-outcome.js';

/** The parse and extract steps, done elsewhere (worker threads). */
export interface PageWork {
  read(page: FetchedPage, source: PageSource, bodyHash: string): Promise<ParsedArticle | PageOutcome>;
  extract(article: ParsedArticle, source: PageSource): Promise<Extracted>;
}

/** What was done for a page ahead of its turn. */
interface Ahead {
  bodyHash?: string;
  read?: ParsedArticle | PageOutcome;
  extracted?: Extracted;
}

/** A step that failed on its thread (the thread died): the page fails, the run goes on. */
function threadFailure(err: unknown): PageOutcome {
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'failed', reason: 'extract-error', detail: `worker thread: ${message}` };
}

/** Pages in, outcomes out in arrival order, with at most `window` pages in flight. */
export class PagesAhead {
  private tail: Promise<void> = Promise.resolve();
  private readonly inFlight: Promise<void>[] = [];

  constructor(
    private readonly work: PageWork,
    private readonly window: number,
  ) {}

  /**
   * Starts a page's work and queues its decision after the pages before it; `handle` gets its
   * outcome, `onError` what `handle` throws. Resolves once fewer than `window` pages are in flight.
   */
  async submit(
    page: FetchedPage,
    source: PageSource,
    known: VersionLookup,
    handle: (outcome: PageOutcome) => Promise<void> | void,
    onError: (err: unknown) => void,
  ): Promise<void> {
    const ahead = this.prepare(page, source, known);
    ahead.catch(() => undefined); // its failure is taken up when the page's turn comes
    const done = this.tail
      .then(async () => handle(await this.decide(page, source, known, ahead)))
      .catch(onError);
    this.tail = done;
    this.inFlight.push(done);
    while (this.inFlight.length >= this.window) await this.inFlight.shift();
  }

  /** Resolves when every page submitted so far is decided and handled. */
  drain(): Promise<void> {
    return this.tail;
  }

  /** The steps a page will probably need, judged from the state now. */
  private async prepare(page: FetchedPage, source: PageSource, known: VersionLookup): Promise<Ahead> {
    if (page.notModified) return {};
    const bodyHash = sha256(page.body);
    if (sameBytesKnown(page, bodyHash, known)) return { bodyHash };
    const read = await this.work.read(page, source, bodyHash);
    if (!isArticle(read) || sameContent(read, known.record(read.id))) return { bodyHash, read };
    return { bodyHash, read, extracted: await this.work.extract(read, source) };
  }

  /** The page's outcome from the state at its turn, with the steps done ahead (or done now). */
  private async decide(
    page: FetchedPage,
    source: PageSource,
    known: VersionLookup,
    pending: Promise<Ahead>,
  ): Promise<PageOutcome> {
    if (page.notModified) return { kind: 'not-modified' };
    try {
      const ahead = await pending;
      const bodyHash = ahead.bodyHash ?? sha256(page.body);
      const same = sameBytesKnown(page, bodyHash, known);
      if (same) return same;
      const read = ahead.read ?? (await this.work.read(page, source, bodyHash));
      if (!isArticle(read)) return read;
      const last = known.record(read.id);
      const unchanged = sameContent(read, last);
      if (unchanged) return unchanged;
      return versionOutcome(read, ahead.extracted ?? (await this.work.extract(read, source)), last);
    } catch (err) {
      return threadFailure(err);
    }
  }
}
