import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const localesDir = join(process.cwd(), 'src/lib/i18n/locales');
export const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const pluralRe = new RegExp(`^(.*)_(${pluralSuffixes.join('|')})$`);

export type Flat = Map<string, string>;

export function namespaces(lang: string): string[] {
	const dir = join(localesDir, lang);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.slice(0, -'.json'.length))
		.sort();
}

export function readLocale(lang: string, ns: string): unknown {
	return JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8'));
}

/** Flattens nested JSON to dotted keys; non-string leaves are reported with their type so tests can reject them. */
export function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
		for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
	} else {
		out.set(prefix, typeof value === 'string' ? value : `<<${typeof value}>>`);
	}
	return out;
}

export interface BaseKey {
	/** Plural categories present (empty for an ordinary key). */
	plural: Set<string>;
	/** Interpolation variables over all forms; `count` is left out for plural keys (a form may say "one" in words). */
	vars: Set<string>;
	values: string[];
}

export function variables(text: string): string[] {
	return [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]!);
}

/** Groups plural forms (`key_one`, `key_other`, …) under their base key, i18next JSON v4 style. */
export function baseKeys(flat: Flat): Map<string, BaseKey> {
	const out = new Map<string, BaseKey>();
	for (const [key, value] of flat) {
		const m = pluralRe.exec(key);
		const base = m ? m[1]! : key;
		const entry = out.get(base) ?? { plural: new Set<string>(), vars: new Set<string>(), values: [] };
		if (m) entry.plural.add(m[2]!);
		for (const v of variables(value)) if (!(m && v === 'count')) entry.vars.add(v);
		entry.values.push(value);
		out.set(base, entry);
	}
	return out;
}

export function pluralCategories(lang: string): string[] {
	return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
}

/** Every problem with one language against nb, as readable lines (empty means fine). */
export function compareWithSource(lang: string, source = 'nb'): string[] {
	const problems: string[] = [];
	const needed = pluralCategories(lang);
	const srcNs = namespaces(source);
	const langNs = namespaces(lang);
	for (const ns of srcNs)
		if (!langNs.includes(ns)) problems.push(`${lang}: missing namespace file ${ns}.json`);
	for (const ns of langNs) if (!srcNs.includes(ns)) problems.push(`${lang}: extra namespace file ${ns}.json`);
	for (const ns of srcNs.filter((n) => langNs.includes(n))) {
		const src = baseKeys(flatten(readLocale(source, ns)));
		const tr = baseKeys(flatten(readLocale(lang, ns)));
		for (const [key, s] of src) {
			const t = tr.get(key);
			const id = `${lang}/${ns}.json ${key}`;
			if (!t) {
				problems.push(`${id}: missing`);
				continue;
			}
			if (s.plural.size > 0 || t.plural.size > 0) {
				if (t.plural.size === 0) problems.push(`${id}: must be a plural key (${needed.join(', ')})`);
				for (const c of needed)
					if (t.plural.size > 0 && !t.plural.has(c)) problems.push(`${id}: plural form _${c} missing`);
				for (const c of t.plural)
					if (!needed.includes(c) && c !== 'zero')
						problems.push(`${id}: plural form _${c} is not used in ${lang}`);
			}
			const sv = [...s.vars].sort().join(',');
			const tv = [...t.vars].sort().join(',');
			if (sv !== tv) problems.push(`${id}: variables {${tv}} differ from nb {${sv}}`);
			for (const v of t.values) {
				if (v.startsWith('<<')) problems.push(`${id}: not a string`);
				else if (v.trim() === '') problems.push(`${id}: empty`);
				if (/<[a-z/][^>]*>/i.test(v)) problems.push(`${id}: contains HTML`);
			}
		}
		for (const key of tr.keys())
			if (!src.has(key)) problems.push(`${lang}/${ns}.json ${key}: extra key, not in nb`);
	}
	return problems;
}
