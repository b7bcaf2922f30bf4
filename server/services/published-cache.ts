/**
 * A per-process cache of what is read from published questions. Published questions
 * change only with a content sync or a publish; both go through the questions repository,
 * which bumps its revision, so an entry is reloaded as soon as this process changes them.
 * A time-to-live bounds how long a change made by another process (a rolling deploy's
 * content sync) takes to show here.
 */

/** How long a process trusts what it read from published questions. */
export const PUBLISHED_TTL_MS = 60_000;

interface Entry<V> {
  value: Promise<V>;
  revision: number;
  loadedAt: number;
}

export interface PublishedCache<K, V> {
  /** The cached value for `key`, or `load()`'s, kept unless it fails (a failure is never cached). */
  get(key: K, load: () => Promise<V>): Promise<V>;
}

export function createPublishedCache<K, V>(revision: () => number, now: () => number = Date.now): PublishedCache<K, V> {
  const entries = new Map<K, Entry<V>>();
  return {
    get(key, load) {
      const current = revision();
      const cached = entries.get(key);
      if (cached && cached.revision === current && now() - cached.loadedAt < PUBLISHED_TTL_MS) return cached.value;
      // Concurrent callers share one read; the revision is taken before it, so a write that
      // lands during the read leaves the entry stale, and the next call reloads it.
      const value = load();
      const entry = { value, revision: current, loadedAt: now() };
      entries.set(key, entry);
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return value;
    },
  };
}
