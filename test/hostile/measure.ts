// Time and peak RSS of an async run, sampled every few milliseconds (the
// extractors yield to the event loop between chunks, so sampling sees them).
export interface Measured<T> {
  result: T;
  ms: number;
  peakRssMb: number;
  startRssMb: number;
}

export async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const mb = (): number => process.memoryUsage().rss / (1024 * 1024);
  const startRssMb = mb();
  let peakRssMb = startRssMb;
  const timer = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, mb());
  }, 2);
  const t0 = performance.now();
  try {
    const result = await run();
    peakRssMb = Math.max(peakRssMb, mb());
    return { result, ms: performance.now() - t0, peakRssMb, startRssMb };
  } finally {
    clearInterval(timer);
  }
}

/** One line per bomb for the test log (and the README figures). */
export function report(name: string, m: Measured<unknown>, reasons: string[]): void {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  console.log(
    `[hostile] ${name}: ${m.ms.toFixed(0)} ms, RSS ${m.startRssMb.toFixed(0)} → peak ${m.peakRssMb.toFixed(0)} MB, unscannable ${JSON.stringify(Object.fromEntries(counts))}`,
  );
}
