declare global {
	/** Kommunenummer of the municipality profile chosen at build time (env KOMMUNE, default 3226). */
	const __KOMMUNE__: string;
	namespace App {}
}

export {};
