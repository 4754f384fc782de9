import { useEffect } from 'react';
import { useLocation } from 'react-router';

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';
/** A page that never shows the element (it was deleted meanwhile) stops being watched. */
const GIVE_UP_MS = 10_000;

function reveal(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center' });
  const focusable = element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE);
  if (focusable) focusable.focus({ preventScroll: true });
  else {
    element.tabIndex = -1;
    element.focus({ preventScroll: true });
  }
  element.classList.add('fix-target');
}

/**
 * `?fokus=<element id>` in the address ("beheben" on a failed check) scrolls to that element and
 * focuses it as soon as the page has loaded it.
 */
export function useFocusTarget(): void {
  const { search, pathname } = useLocation();
  useEffect(() => {
    const target = new URLSearchParams(search).get('fokus');
    if (!target) return;
    const found = document.getElementById(target);
    if (found) {
      reveal(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const element = document.getElementById(target);
      if (!element) return;
      observer.disconnect();
      reveal(element);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), GIVE_UP_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [search, pathname]);
}
