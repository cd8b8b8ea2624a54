import { startSimulator } from './server';
import { simulatorMessages } from './messages';
import { getSimulatorOptions } from './options';

/**
 * `npx tsx src/simulator/main.ts [--port 8080] [--host 127.0.0.1]`; the
 * environment's SIMULATOR_PORT and SIMULATOR_HOST work too, and PORTAL_OPENAPI_DIR as for the build.
 */
const [optionsError, options] = getSimulatorOptions(process.argv.slice(2), process.env);
if (optionsError !== null) {
  console.error(optionsError);
  process.exit(2);
}
const { port } = options;

try {
  const simulator = await startSimulator(options);
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
  console.error(
    code === 'EADDRINUSE' ? simulatorMessages.portInUse(port) : simulatorMessages.failed((error as Error).message),
  );
  process.exit(1);
}
