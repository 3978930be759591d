// A page of text and links: no JavaScript shipped.
export const csr = false;
