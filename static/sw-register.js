// Registers the service worker from every page, also from those that ship no JavaScript of their own, so the whole
// site is precached on the first visit whichever page comes first. Registering costs the main thread a task of its
// own and precaching fetches the whole site, so it waits until the page has loaded, the app (where there is one)
// has hydrated, and the browser is idle: none of it may compete with the page's own start-up on a slow phone.
// Pages without an app start script are ready for input once parsed, so they get the same `data-hydrated` marker
// the app sets after hydration (tests wait for it).
(function () {
	var script = document.currentScript;
	var root = document.documentElement;
	function hasApp() {
		return !!document.querySelector('script[data-app-start], link[rel="modulepreload"]');
	}
	function whenHydrated(run) {
		if (root.dataset.hydrated === 'true') return run();
		var observer = new MutationObserver(function () {
			if (root.dataset.hydrated !== 'true') return;
			observer.disconnect();
			run();
		});
		observer.observe(root, { attributes: true, attributeFilter: ['data-hydrated'] });
	}
	function whenLoaded(run) {
		if (document.readyState === 'complete') run();
		else window.addEventListener('load', run);
	}
	if ('serviceWorker' in navigator && script && script.src) {
		var url = new URL('service-worker.js', script.src).href;
		var register = function () {
			navigator.serviceWorker.register(url).catch(function () {});
		};
		var idle = window.requestIdleCallback
			? function (run) {
					window.requestIdleCallback(run, { timeout: 3000 });
				}
			: function (run) {
					setTimeout(run, 500);
				};
		whenLoaded(function () {
			whenHydrated(function () {
				idle(register);
			});
		});
	}
	function markStatic() {
		if (!hasApp()) root.dataset.hydrated = 'true';
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', markStatic);
	else markStatic();
})();
