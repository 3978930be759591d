// The root page ships no app JavaScript: this picks the visitor's language from navigator.languages and goes there
// (bokmål for "no", otherwise the first supported language, else bokmål), as bestLanguage() in
// src/lib/i18n/languages.ts does. Without JavaScript the page is a plain list of language links.
(function () {
	var meta = document.querySelector('meta[name="boligsjekk-languages"]');
	var supported = ((meta && meta.getAttribute('content')) || 'nb').split(' ');
	var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
	var choice = 'nb';
	for (var i = 0; i < preferred.length; i++) {
		var tag = String(preferred[i] || '').toLowerCase();
		var primary = tag.split('-')[0];
		if (tag === 'no' || tag.indexOf('no-') === 0 || primary === 'nb') break;
		if (supported.indexOf(primary) !== -1) {
			choice = primary;
			break;
		}
	}
	location.replace('./' + choice + '/');
})();
