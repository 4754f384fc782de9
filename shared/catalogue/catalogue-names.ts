/** A name longer than this does not fit a drop-down; it is shortened there and shown in full beside it. */
const FITS = 40;

/**
 * The catalogue's name as a drop-down shows it: the name itself when short, else the part before
 * its subtitle („…“, (…) or after a colon), else cut at a word with an ellipsis.
 */
export function shortCatalogueName(name: string): string {
  if (name.length <= FITS) return name;
  const subtitle = /\s+[„"(]|:\s/.exec(name);
  if (subtitle && subtitle.index >= 10 && subtitle.index <= FITS) return name.slice(0, subtitle.index);
  const cut = name.slice(0, FITS - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace >= 10 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;–-]+$/, '')}…`;
}
