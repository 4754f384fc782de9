import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyOnceLoaded } from '../../renderer/src/app/lazy-once-loaded';

function Chart({ label }: { label: string }) {
  return createElement('figure', null, label);
}

const inSuspense = (element: ReturnType<typeof createElement>) => renderToString(createElement(Suspense, { fallback: createElement('p', null, 'Lädt …') }, element));

describe('lazyOnceLoaded', () => {
  it('suspends while its module has not been loaded', () => {
    const lazyChart = lazyOnceLoaded(() => Promise.resolve({ default: Chart }));
    expect(inSuspense(createElement(lazyChart.Component, { label: 'Profil' }))).not.toContain('Profil');
  });

  it('renders within the first render once preloaded, so no Suspense fallback is held on screen', async () => {
    const lazyChart = lazyOnceLoaded(() => Promise.resolve({ default: Chart }));
    await lazyChart.preload();
    expect(inSuspense(createElement(lazyChart.Component, { label: 'Profil' }))).toContain('<figure>Profil</figure>');
  });

  it('loads once however often it is preloaded, and tries again after a failed load', async () => {
    let loads = 0;
    const lazyChart = lazyOnceLoaded(() => (loads += 1) === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Chart }));
    await expect(lazyChart.preload()).rejects.toThrow('offline');
    await Promise.all([lazyChart.preload(), lazyChart.preload()]);
    expect(loads).toBe(2);
  });
});
