declare global {
	/** Kommunenummer of the municipality profile chosen at build time (env KOMMUNE, default 3226). */
	const __KOMMUNE__: string;
	namespace App {
		interface PageState {
			/** The question shown in place (a shallow history entry whose URL is that question's own page). */
			question?: string;
		}
	}
}

export {};
