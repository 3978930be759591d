/// <reference lib="webworker" />
/**
 * Builds the page's Intl formatters once, off the main thread: ICU's locale data it loads is shared by the page's
 * threads, so the main thread's own first formatter is then cheap (see warmFormats in format.ts).
 */
self.onmessage = (event: MessageEvent<{ locale: string }>) => {
	const { locale } = event.data;
	new Intl.NumberFormat(locale, { style: 'currency', currency: 'NOK' }).format(12345);
	new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(1.5);
	new Intl.NumberFormat(locale, { style: 'percent' }).format(0.5);
	new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		0
	);
	new Intl.PluralRules(locale).select(2);
	new Intl.ListFormat(locale, { type: 'conjunction' }).format(['a', 'b']);
	self.postMessage('warm');
	self.close();
};
