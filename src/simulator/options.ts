import { parseArgs } from 'node:util';
import { simulatorMessages } from './messages';

const DEFAULT_PORT = '8080';

/**
 * The simulator's command line (`--port 8080`, `--host=127.0.0.1`) over its environment
 * (SIMULATOR_PORT, SIMULATOR_HOST): where to listen, or the message that refuses them.
 */
export function getSimulatorOptions(argv: string[], env: NodeJS.ProcessEnv): [string, null] | [null, SimulatorOptions] {
  let values: { port?: string | undefined; host?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, host: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return [getArgumentMessage(error as NodeJS.ErrnoException), null];
  }
  const portText = values.port ?? env['SIMULATOR_PORT'] ?? DEFAULT_PORT;
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) return [simulatorMessages.badPort(portText), null];
  const host = values.host ?? env['SIMULATOR_HOST'];
  return [null, host ? { port, host } : { port }];
}

/** parseArgs explains itself in English; the reader gets the argument it names, in Chinese. */
function getArgumentMessage(error: NodeJS.ErrnoException): string {
  const argument = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return simulatorMessages.missingValue(argument.split(' ')[0]!);
  return simulatorMessages.unknownArgument(argument);
}

export interface SimulatorOptions {
  port: number;
  host?: string;
}
