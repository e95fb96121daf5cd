/** lazy(() => import('./x.js')): a module fetched on demand (a chunk of its own in the CDN bundle), once. */

export interface Lazy<M> {
  /** The module, once it has arrived. */
  readonly module: M | undefined;
  /** The fetch under way (it resolves either way), or null: arrived, failed, or not asked for yet. */
  readonly pending: Promise<unknown> | null;
  /** The last fetch failed (offline?): nothing is fetched again until `load()` is called again. */
  readonly failed: boolean;
  /** Fetch the module (once; again after a failure): resolves with it, or undefined if it could not be fetched. */
  load(): Promise<M | undefined>;
}

/** `arrived` runs once, when the module is there (before `load()` resolves). */
export function lazy<M>(fetchModule: () => Promise<M>, arrived?: (module: M) => void): Lazy<M> {
  let fetching: Promise<M | undefined> | null = null;
  const it = {
    module: undefined as M | undefined,
    failed: false,
    get pending() {
      return it.module ? null : fetching;
    },
    load: () =>
      (fetching ??= fetchModule().then(
        (module) => {
          it.module = module;
          it.failed = false;
          arrived?.(module);
          return module;
        },
        () => {
          it.failed = true;
          fetching = null;
          return undefined;
        },
      )),
  };
  return it;
}
