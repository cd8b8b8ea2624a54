/**
 * The page numbers a pager shows: the first, the last, and those within
 * `radius` of the current one, with `gap` where numbers are left out. Every
 * page stays reachable (previous and next step through all of them), and the
 * pager has the same few links however many pages there are.
 */
export function getPageWindow(current: number, last: number, radius = 2): Array<number | 'gap'> {
  const shown: Array<number | 'gap'> = [];
  for (let page = 1; page <= last; page += 1) {
    if (page === 1 || page === last || Math.abs(page - current) <= radius) shown.push(page);
    else if (shown.at(-1) !== 'gap') shown.push('gap');
  }
  return shown;
}
