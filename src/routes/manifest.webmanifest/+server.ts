// The web app manifest, written at build time so the build for the whole country is named for it.
import nb from '$lib/i18n/locales/nb/common.json';
import { servesWholeCountry } from '$lib/rules/kommuner';

export const prerender = true;

export function GET(): Response {
	const national = servesWholeCountry(__KOMMUNE__);
	const manifest = {
		name: national ? nb.meta.serviceNameNational : nb.meta.serviceName,
		short_name: 'Boligsjekk',
		description: national
			? nb.meta.descriptionNational
			: 'Sjekk hvilke boligstøtteordninger du kan ha rett på.',
		lang: 'nb',
		dir: 'ltr',
		start_url: './',
		scope: './',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#1E5B47',
		icons: [
			{ src: './favicon.svg', sizes: 'any', type: 'image/svg+xml' },
			{ src: './icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: './icon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: './icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	};
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'content-type': 'application/manifest+json' }
	});
}
