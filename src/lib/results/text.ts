const PLURALS = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/** True when `key` (a dotted path, or its plural forms) holds a text or a list in `messages`. */
export function hasKey(messages: Record<string, unknown>, key: string): boolean {
	const parts = key.split('.');
	const last = parts.pop()!;
	let node: unknown = messages;
	for (const p of parts) {
		if (!node || typeof node !== 'object' || !Object.hasOwn(node, p)) return false;
		node = (node as Record<string, unknown>)[p];
	}
	if (!node || typeof node !== 'object') return false;
	const obj = node as Record<string, unknown>;
	const usable = (v: unknown) =>
		(typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.length > 0);
	if (Object.hasOwn(obj, last) && usable(obj[last])) return true;
	return PLURALS.some((s) => Object.hasOwn(obj, last + s) && usable(obj[last + s]));
}
