import { vi } from 'vitest';
import { main } from '../../../src/tooling/rules/cli';

/** The rules CLI in-process (spawning tsx costs 1–2 s a run on this machine): exit code from main(), output captured. */
export function runCli(args: string[]) {
	let out = '';
	let err = '';
	const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
	const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
	try {
		return { code: main(args), out, err };
	} finally {
		o.mockRestore();
		e.mockRestore();
	}
}
