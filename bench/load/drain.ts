/**
 * Polls every job location handed out during the load, through the proxy, until each
 * answers something other than 202: the final answers, by status.
 */
export async function drainJobs(
  portalUrl: string,
  endpoint: string,
  locations: readonly string[],
  concurrency = 16,
): Promise<Record<string, number>> {
  const finals: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < locations.length) {
      const path = new URL(locations[next++]!).pathname;
      const status = await pollUntilFinal(`${portalUrl}/proxy${path}`, endpoint);
      finals[status] = (finals[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return finals;
}

async function pollUntilFinal(url: string, endpoint: string): Promise<number> {
  for (;;) {
    const response = await fetch(url, { headers: { 'X-Portal-Endpoint': endpoint } });
    await response.arrayBuffer();
    if (response.status !== 202) return response.status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
