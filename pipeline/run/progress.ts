// A progress bar on an interactive terminal only; cron and pipes get none.
import cliProgress from 'cli-progress';

/** Counts pages as they come; the total grows as the crawl discovers links. */
export interface Progress {
  tick(extracted: number, failed: number): void;
  stop(): void;
}

const NONE: Progress = { tick: () => undefined, stop: () => undefined };

/** A bar on stderr when it is a TTY (and enabled), else a no-op. */
export function startProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {bar} {value} pages | {extracted} extracted | {failed} failed | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  bar.start(1, 0, { extracted: 0, failed: 0 });
  return {
    tick(extracted: number, failed: number): void {
      done++;
      // the crawl does not know its total up front: keep the bar slightly ahead
      if (done >= bar.getTotal()) bar.setTotal(Math.ceil(done * 1.25) + 1);
      bar.update(done, { extracted, failed });
    },
    stop(): void {
      bar.setTotal(done);
      bar.stop();
    },
  };
}
