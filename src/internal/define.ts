/**
 * A `customElements.define` that never throws.
 *
 * Loading the script-tag bundle twice, or an npm copy next to a CDN copy, must not break a
 * page: the first definition of a tag wins. A second one of the same version is skipped
 * silently; one of another version is skipped with a console warning that names both.
 */
export type VersionedElement = CustomElementConstructor & { version?: string };

export function define(tag: string, ctor: VersionedElement): void {
  // Without a registry (server-side rendering, a worker) there is nothing to register.
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  const existing: VersionedElement | undefined = registry?.get(tag);
  if (existing) {
    // The same class has the same version: only another copy of the library is named.
    if (existing.version !== ctor.version)
      console.warn(
        `blog-widgets: <${tag}> is defined by version ${existing.version ?? 'unknown'}; ${ctor.version} is not registered.`,
      );
  } else {
    try {
      registry?.define(tag, ctor);
    } catch (error) {
      // The same constructor registered under another name, or a race with another registry.
      console.warn(`blog-widgets: <${tag}> could not be defined:`, error);
    }
  }
}
