#!/usr/bin/env node
// Finds a Chromium for Playwright. Browser downloads are impossible on this network, so on a fresh Debian machine
// it installs Debian's chromium (and the fonts the print-outs need) with apt-get; elsewhere it names the fix.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
		Boolean
	);
	return candidates.find((p) => existsSync(p)) ?? null;
}

function canApt() {
	try {
		execSync('command -v apt-get', { stdio: 'ignore' });
		return typeof process.getuid === 'function' && process.getuid() === 0;
	} catch {
		return false;
	}
}

// poppler-utils: pdftotext/pdfinfo, which the print-out tests use to read the PDF text (Arabic, Ukrainian, …).
const packages = ['chromium', 'fonts-liberation', 'fonts-noto-core', 'poppler-utils'];
const fontsMissing = !existsSync('/usr/share/fonts/truetype/noto') || !existsSync('/usr/bin/pdftotext');

if (findChromium() && !fontsMissing) {
	process.exit(0);
}
if (canApt()) {
	console.log(`Installing ${packages.join(', ')} with apt-get …`);
	execSync(
		`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`,
		{ stdio: 'inherit' }
	);
	if (findChromium()) process.exit(0);
}
if (findChromium()) {
	console.warn(
		'Chromium found, but fonts-noto-core is missing: Arabic text may render as boxes in print-outs.'
	);
	process.exit(0);
}
console.error(
	'No Chromium found. Install it with:\n  sudo apt-get install -y chromium fonts-liberation fonts-noto-core\n' +
		'or set CHROMIUM_PATH to a Chromium or Chrome binary.'
);
process.exit(1);
