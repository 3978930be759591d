import { deflateSync } from 'fflate';

/** A share-link payload (`1.` + base64url of the deflated JSON) for any object, valid or not, as a hand-made link is. */
export const rawLink = (data: unknown) =>
	'1.' + Buffer.from(deflateSync(new TextEncoder().encode(JSON.stringify(data)))).toString('base64url');
