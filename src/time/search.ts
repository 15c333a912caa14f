/** Binary search over a sorted list: the index of the last item whose key is at or before a value (0 when none is). */
export function lastAtOrBefore<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyOf(items[mid]) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
