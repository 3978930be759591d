// QR codes drawn in the browser (no network): uqr encodes, we turn the modules into one SVG path.
import { encode } from 'uqr';

export interface QrDrawing {
	/** Modules per side, including the quiet zone. */
	size: number;
	/** SVG path data for the dark modules, in module units (viewBox `0 0 size size`). */
	path: string;
	version: number;
}

/** Encodes `text` (ECC level M, 4-module quiet zone) and returns an SVG path; throws when it does not fit. */
export function qrDrawing(text: string, ecc: 'L' | 'M' | 'Q' | 'H' = 'M'): QrDrawing {
	const qr = encode(text, { ecc, border: 4 });
	const parts: string[] = [];
	qr.data.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			let run = 1;
			while (row[x + run]) run++;
			parts.push(`M${x} ${y}h${run}v1h-${run}z`);
			x += run;
		}
	});
	return { size: qr.size, path: parts.join(''), version: qr.version };
}
