/**
 * The search dialog's texts, for the current locale: a module of its own, so that the
 * dialog's chunk carries these and not the whole table (see ./first-load.ts).
 */
export { searchStrings } from './zh-CN-search';
