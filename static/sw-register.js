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
	function whenSettled(run) {
		var busy = function () {
			return !!document.querySelector('[data-building]');
		};
		if (!busy()) return run();
		var observer = new MutationObserver(function () {
			if (busy()) return;
			observer.disconnect();
			run();
		});
		observer.observe(root, { attributes: true, attributeFilter: ['data-building'], subtree: true });
	}
	function whenLoaded(run) {
		if (document.readyState === 'complete') run();
		else window.addEventListener('load', run);
	}
	function linkManifest() {
		var link = document.createElement('link');
		link.rel = 'manifest';
		link.href = new URL('manifest.webmanifest', script.src).href;
		document.head.appendChild(link);
	}
	function register() {
		if ('serviceWorker' in navigator)
			navigator.serviceWorker.register(new URL('service-worker.js', script.src).href).catch(function () {});
	}
	if (script && script.src) {
		var idle = window.requestIdleCallback
			? function (run) {
					window.requestIdleCallback(run, { timeout: 3000 });
				}
			: function (run) {
					setTimeout(run, 500);
				};
		whenLoaded(function () {
			whenHydrated(function () {
				whenSettled(function () {
					idle(function () {
						linkManifest();
						register();
					});
				});
			});
		});
	}
	function markStatic() {
		if (!hasApp()) root.dataset.hydrated = 'true';
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', markStatic);
	else markStatic();
})();
