import { useEffect } from 'react';

/** Runs `flush` when the page is hidden (closing, reloading) and when the component goes away. */
export function useFlushOnLeave(flush: () => void): void {
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
}
