import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readBuiltText } from './built-files';

/** A built page, by its address (`/quality/`), from the client folder of the build in `siteDir`. */
export async function readBuiltPage(siteDir: string, path: string): Promise<Document> {
  return parseHTML(await readBuiltText(join(siteDir, `client${path}index.html`))).document;
}

/** Every page of a paged list, from its first, following each page's link to the next. */
export async function readPagedList(siteDir: string, first: string): Promise<Document[]> {
  const pages: Document[] = [];
  let path: string | undefined = first;
  while (path) {
    const page = await readBuiltPage(siteDir, path);
    pages.push(page);
    path = page.querySelector('nav.pager a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return pages;
}
