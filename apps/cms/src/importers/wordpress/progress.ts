import cliProgress from 'cli-progress';

/**
 * A progress bar with ETA on a terminal; elsewhere (logs, CI) one line every `everyMs` at most, so a
 * long import still shows it is alive. Tests pass their own (silent) progress.
 */
export interface Progress {
  start(total: number): void;
  tick(label: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, everyMs = 15_000): Progress {
  if (!stream.isTTY) return lineProgress(stream, everyMs);
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'importing |{bar}| {value}/{total} posts · {percentage}% · ETA {eta_formatted} · {label}',
      etaBuffer: 50,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { label: '' }),
    tick: (label) => bar.increment(1, { label: label.slice(0, 40) }),
    stop: () => bar.stop(),
  };
}

export const silentProgress: Progress = {
  start: () => undefined,
  tick: () => undefined,
  stop: () => undefined,
};

function lineProgress(stream: NodeJS.WritableStream, everyMs: number): Progress {
  let total = 0;
  let done = 0;
  let started = 0;
  let last = 0;
  return {
    start(n) {
      total = n;
      started = last = Date.now();
    },
    tick() {
      done += 1;
      const now = Date.now();
      if (now - last < everyMs) return;
      last = now;
      const perPost = (now - started) / done;
      const eta = Math.round((perPost * Math.max(0, total - done)) / 1000);
      stream.write(
        `[import] ${done}/${total} posts, ${(1000 / perPost).toFixed(1)} posts/s, about ${eta} s left\n`,
      );
    },
    stop: () => undefined,
  };
}
