// Served by the host for any address it does not have, at any depth: no JavaScript, and links that work from
// anywhere (src/hooks.server.ts gives this page a <base> at the site's root).
export const csr = false;
export const trailingSlash = 'never';
