import { addFallbackStrings } from '../i18n/index.js';

/**
 * Registers the English of load and write errors. It is only needed once something failed, so
 * it loads then (two small chunks), not with the elements.
 */
export async function errorStrings(): Promise<void> {
  const [shared, data] = await Promise.all([import('../i18n/shared-strings.js'), import('../i18n/data-strings.js')]);
  addFallbackStrings({ ...shared.sharedStrings, ...data.dataStrings });
}
