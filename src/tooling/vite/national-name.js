// The build for the whole country (KOMMUNE=0000) is «Boligsjekk for hele Norge»: its texts name the service so
// (`meta.serviceNameNational`, `meta.descriptionNational`), in the header, every page title and the description,
// without every page choosing between two keys.

const COMMON = /\/src\/lib\/i18n\/locales\/[^/]+\/common\.json$/;

/**
 * @param {{ national: boolean }} opts
 * @returns {import('vite').Plugin}
 */
export function nationalName({ national }) {
	return {
		name: 'boligsjekk:national-name',
		enforce: 'pre',
		transform(code, id) {
			if (!national || !COMMON.test(id.split('?')[0] ?? '')) return null;
			const data = JSON.parse(code);
			data.meta.serviceName = data.meta.serviceNameNational ?? data.meta.serviceName;
			data.meta.description = data.meta.descriptionNational ?? data.meta.description;
			return { code: JSON.stringify(data), map: null };
		}
	};
}
