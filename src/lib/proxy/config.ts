import { DEFAULT_ENDPOINT, getEndpointOrigin } from './endpoints';
import { parseAllowedHosts } from './hosts';
import { proxyConfigMessages } from './messages';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/**
 * The proxy's configuration, read from the environment on every call: nothing is kept
 * between requests, so any number of portal instances serve the same browser alike.
 */
export function getProxyConfig(
  env: Readonly<Record<string, string | undefined>>,
): [string, null] | [null, ProxyConfig] {
  const [endpointsError, endpoints] = getEndpoints(env['PORTAL_PROXY_ENDPOINTS']);
  if (endpointsError !== null) return [endpointsError, null];
  const [timeoutError, timeoutMs] = getPositiveInteger(env, 'PORTAL_PROXY_TIMEOUT_MS', DEFAULT_TIMEOUT_MS);
  if (timeoutError !== null) return [timeoutError, null];
  const [bodyError, maxRequestBytes] = getPositiveInteger(env, 'PORTAL_PROXY_MAX_BODY', DEFAULT_MAX_REQUEST_BYTES);
  if (bodyError !== null) return [bodyError, null];
  const [responseError, maxResponseBytes] = getPositiveInteger(
    env,
    'PORTAL_PROXY_MAX_RESPONSE',
    DEFAULT_MAX_RESPONSE_BYTES,
  );
  if (responseError !== null) return [responseError, null];
  const [badHost, allowedHosts] = parseAllowedHosts(env['PORTAL_ALLOWED_HOSTS']);
  if (badHost !== null) return [proxyConfigMessages.notAHostName('PORTAL_ALLOWED_HOSTS', badHost), null];
  const [simulatorsError, simulators] = getSimulators(env, endpoints);
  if (simulatorsError !== null) return [simulatorsError, null];
  return [
    null,
    {
      endpoints,
      defaultEndpoint: endpoints[0]!,
      simulators,
      timeoutMs,
      maxRequestBytes,
      maxResponseBytes,
      allowedHosts,
    },
  ];
}

/** What `GET /proxy/config` tells the browser: the endpoints it may choose from. */
export function makePublicConfig(config: ProxyConfig): PublicProxyConfig {
  return { endpoints: config.endpoints, default: config.defaultEndpoint, simulators: config.simulators };
}

/**
 * Which endpoints are the ZStack simulator, not a real management node: those
 * PORTAL_SIMULATOR_ENDPOINTS names (`npm start` names the one it starts), or, with
 * no endpoints configured at all, the default one, which is the simulator's address.
 */
function getSimulators(
  env: Readonly<Record<string, string | undefined>>,
  endpoints: string[],
): [string, null] | [null, string[]] {
  const raw = env['PORTAL_SIMULATOR_ENDPOINTS'];
  if (raw === undefined || raw.trim() === '')
    return [null, (env['PORTAL_PROXY_ENDPOINTS'] ?? '').trim() === '' ? [DEFAULT_ENDPOINT] : []];
  const [error, origins] = getEndpoints(raw, 'PORTAL_SIMULATOR_ENDPOINTS');
  if (error !== null) return [error, null];
  return [null, origins.filter((origin) => endpoints.includes(origin))];
}

function getEndpoints(raw: string | undefined, variable = 'PORTAL_PROXY_ENDPOINTS'): [string, null] | [null, string[]] {
  const values = (raw ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (values.length === 0) return [null, [DEFAULT_ENDPOINT]];
  const origins: string[] = [];
  for (const value of values) {
    const [fault, origin] = getEndpointOrigin(value);
    if (fault !== null) return [proxyConfigMessages.notAnEndpoint(variable, value), null];
    if (!origins.includes(origin)) origins.push(origin);
  }
  return [null, origins];
}

function getPositiveInteger(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
): [string, null] | [null, number] {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return [null, fallback];
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value === 0)
    return [proxyConfigMessages.notAPositiveInteger(name, raw), null];
  return [null, value];
}

export interface ProxyConfig {
  /** Origins of the ZStack management nodes the proxy may reach, e.g. `http://127.0.0.1:8080`. */
  endpoints: string[];
  /** The first of `endpoints`: what the panel preselects. */
  defaultEndpoint: string;
  /** The endpoints that are the ZStack simulator, so that the panel can say it does not reach a real node. */
  simulators: string[];
  /** Upper bound of one exchange with ZStack, from connecting to the last byte of the answer. */
  timeoutMs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** The host names the portal answers the proxy on (`PORTAL_ALLOWED_HOSTS`), lower case, IPv6 without brackets. */
  allowedHosts: string[];
}

export interface PublicProxyConfig {
  endpoints: string[];
  default: string;
  simulators: string[];
}
