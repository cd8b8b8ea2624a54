/**
 * The simulator as its own process for the load bench, so that its memory is measured
 * apart from the portal's and the load generator's. Prints one JSON line, `{"url": …}`.
 */
import { startSimulator } from '../../src/simulator/server';

const jobDurationMs = Number(process.env['LOAD_JOB_MS'] ?? 1000);
const jobRetentionMs = Number(process.env['LOAD_RETENTION_MS'] ?? 5000);
const simulator = await startSimulator({ port: 0, jobDurationMs, jobRetentionMs });
console.log(JSON.stringify({ url: simulator.url }));
process.once('SIGTERM', () => void simulator.close().then(() => process.exit(0)));
