const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A time as ZStack's REST JSON writes a Timestamp (Gson's default US format on
 * Java 8, in the server's local time zone): `Nov 14, 2017 10:20:57 PM`.
 */
export function formatTimestamp(ms: number): string {
  const date = new Date(ms);
  const hours = date.getHours() % 12 === 0 ? 12 : date.getHours() % 12;
  const time = [date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()} ${hours}:${time} ${date.getHours() < 12 ? 'AM' : 'PM'}`;
}

/** A random UUID as ZStack writes them: 32 lower-case hex digits, no dashes. */
export function makeUuid(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
