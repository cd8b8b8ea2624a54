import { strings } from '../lib/i18n';

/** What the import command prints, from the string table. */
export const importerMessages = strings.importer.messages;
