import { startSimulator } from './server';
import { simulatorMessages } from './messages';

/**
 * `npx tsx src/simulator/main.ts [--port 8080] [--host 127.0.0.1]`; the
 * environment's SIMULATOR_PORT and SIMULATOR_HOST work too, and PORTAL_OPENAPI_DIR as for the build.
 */
const args = process.argv.slice(2);
const portText = getFlag(args, 'port') ?? process.env['SIMULATOR_PORT'] ?? '8080';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) {
  console.error(simulatorMessages.badPort(portText));
  process.exit(2);
}
const host = getFlag(args, 'host') ?? process.env['SIMULATOR_HOST'];

try {
  const simulator = await startSimulator(host ? { port, host } : { port });
  console.log(simulatorMessages.started(simulator.apiUrl));
  const stop = () => {
    void simulator.close().then(() => {
      console.log(simulatorMessages.stopped);
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? simulatorMessages.portInUse(port) : simulatorMessages.failed((error as Error).message));
  process.exit(1);
}

function getFlag(argv: string[], name: string): string | undefined {
  const index = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (index === -1) return undefined;
  const arg = argv[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}
