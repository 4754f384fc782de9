import { lazy, type ComponentType } from 'react';

type Module<P> = { default: ComponentType<P> };

/**
 * `React.lazy` that renders at once when its module was preloaded. React's own lazy suspends on
 * its first render even then, and React holds a shown Suspense fallback for 300 ms before it
 * reveals the content: a cold page visit waited that long for a chart already in memory.
 */
export function lazyOnceLoaded<P extends object>(load: () => Promise<Module<P>>): { Component: ComponentType<P>; preload: () => Promise<Module<P>> } {
  let loaded: Module<P> | null = null;
  let loading: Promise<Module<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  // A thenable that calls back synchronously lets React's lazy resolve within the first render.
  const alreadyLoaded = (module: Module<P>) => ({ then: (resolve: (value: Module<P>) => void) => resolve(module) }) as unknown as Promise<Module<P>>;
  const Component = lazy(() => (loaded ? alreadyLoaded(loaded) : preload()));
  return { Component, preload };
}
