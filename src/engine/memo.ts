// Work done once and kept: answers of pure text functions across checks (memoizeText), and values worked out per
// object of one check (memoOn).

/**
 * Memoises a pure text function. Recognisers normalise the same few hundred strings (header words, item names,
 * number formats) over and over, on every sheet and every copy of a department; a function of the string alone
 * can keep its answers. The cache is emptied when it grows large, so a long session never holds more than
 * `limit` entries. Only for functions whose result depends on the argument alone and is never mutated.
 */
export function memoizeText<T>(compute: (text: string) => T, limit = 20000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as T;
    const result = compute(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, result);
    return result;
  };
}

/**
 * A value worked out once per object and kept on the object itself, under a non-enumerable symbol (invisible to
 * JSON, spreads and test equality), so it lives exactly as long as the object. Caches of a check's objects (the
 * recognised tables, claims, sources) used to sit in module-level WeakMaps, but V8's young-generation collector
 * keeps every WeakMap value alive until a full collection: each check's garbage survived and was copied, which
 * cost more than the caches saved. An object that cannot be extended (frozen) gets its value computed each time.
 */
export function memoOn<K extends object, V>(key: K, slot: symbol, compute: (key: K) => V): V {
  const holder = key as unknown as Record<symbol, V>;
  // One lookup for a kept value, the usual case (a check asks thousands of times); `in` only tells a kept
  // undefined from none.
  const kept = holder[slot];
  if (kept !== undefined || slot in key) return kept;
  const value = compute(key);
  if (Object.isExtensible(key)) Object.defineProperty(key, slot, { value });
  return value;
}
