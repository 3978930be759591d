const HOUR = 3_600_000;

/** The last Sunday of a month (0-based), 00:00 UTC. */
function lastSundayUtc(year: number, month: number): number {
	const lastDay = new Date(Date.UTC(year, month + 1, 0));
	return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
}

/**
 * Today's date in Norway as ISO `YYYY-MM-DD` (the rules are applied for this date unless a counselor picks one).
 * Norway keeps CET, UTC+1, and summer time, UTC+2, from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October (the EU rule Norway follows). Worked out here rather than with Intl: the first
 * Intl.DateTimeFormat with a time zone loads the zone data, 15–20 ms of a question page's start-up on a desktop
 * and four times that on a cheap phone. A unit test compares it with Intl hour by hour over several years.
 */
export function todayInNorway(now: Date = new Date()): string {
	return inNorway(now).toISOString().slice(0, 10);
}

/** The time of day in Norway, `HH:MM` (24-hour clock), by the same rule as `todayInNorway`. */
export function timeInNorway(now: Date = new Date()): string {
	return inNorway(now).toISOString().slice(11, 16);
}

/** A Date whose UTC fields read as the wall-clock time in Norway. */
function inNorway(now: Date): Date {
	const t = now.getTime();
	const year = now.getUTCFullYear();
	const summer = t >= lastSundayUtc(year, 2) + HOUR && t < lastSundayUtc(year, 9) + HOUR;
	return new Date(t + (summer ? 2 : 1) * HOUR);
}
