// The language chooser is static; static/choose-language.js redirects visitors who have JavaScript.
export const csr = false;
