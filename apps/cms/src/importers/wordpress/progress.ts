import cliProgress from 'cli-progress';

/** A progress bar with ETA on a terminal; nothing otherwise (logs, CI, tests). */
export interface Progress {
  start(total: number): void;
  tick(label: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { start: () => undefined, tick: () => undefined, stop: () => undefined };
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
