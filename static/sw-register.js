// Registers the service worker from every page, also from those that ship no JavaScript of their own, so the whole
// site is precached on the first visit whichever page comes first. Such pages are ready for input once parsed, so
// they get the same `data-hydrated` marker the app sets after hydration (tests wait for it).
(function () {
	var script = document.currentScript;
	if ('serviceWorker' in navigator && script && script.src) {
		navigator.serviceWorker.register(new URL('service-worker.js', script.src).href).catch(function () {});
	}
	function markStatic() {
		if (!document.querySelector('link[rel="modulepreload"]')) document.documentElement.dataset.hydrated = 'true';
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', markStatic);
	else markStatic();
})();
