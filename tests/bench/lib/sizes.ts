/** The register sizes (actions) every figure is measured at, unless `BENCH_SIZES` narrows them. */
export const DEFAULT_SIZES = [10_000, 100_000, 300_000] as const;

/**
 * The sizes of this run: `BENCH_SIZES=100000` (or `10000,100000`) restricts the run; without it
 * every default size is measured. Refuses anything that is not a positive whole number.
 */
export function benchSizes(env: NodeJS.ProcessEnv = process.env): number[] {
  const raw = env.BENCH_SIZES?.trim();
  if (!raw) return [...DEFAULT_SIZES];
  return raw.split(',').map((part) => {
    const size = Number(part.replaceAll('_', '').trim());
    if (!Number.isInteger(size) || size <= 0) throw new Error(`BENCH_SIZES: "${part}" is not a size`);
    return size;
  });
}

/** A size as the summary shows it: 10k, 100k, 300k. */
export function sizeLabel(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}
