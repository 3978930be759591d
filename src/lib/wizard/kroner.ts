/** Integer questions whose answer is kroner in all (not per month): shown as `150 000 kr`, not `150 000`. */
export const KRONER_INTEGERS: ReadonlySet<string> = new Set(['formue', 'formuesverdi_bolig', 'lanebehov']);
