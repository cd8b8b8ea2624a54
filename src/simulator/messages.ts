import { strings } from '../lib/i18n';

/** What the simulator's command line says, from the string table: the wording is a tested contract. */
export const simulatorMessages = strings.server.simulator;
