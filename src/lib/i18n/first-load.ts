/**
 * The texts of the first-load scripts, for the current locale. Those scripts import
 * this and not ./index: a page's one script must not pull in the whole table, which
 * the bundler would then split into a chunk of its own.
 */
export { sampleStrings, siteStrings } from './zh-CN-first-load';
