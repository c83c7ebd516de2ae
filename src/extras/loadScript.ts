/**
 * Loads a script of the build beside the page and resolves with what it registered on the global
 * object under `name`. A classic script, not `import()`: inside a sandboxed iframe the origin is
 * opaque, and a module or a CORS fetch would fail where a plain <script src> does not.
 */
export function loadScript<T>(url: string, name: string): Promise<T> {
  const registered = () => (globalThis as Record<string, unknown>)[name] as T | undefined;
  const existing = registered();
  if (existing) return Promise.resolve(existing);
  return new Promise<T>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.async = true;
    // In development Vite serves the entry as an ES module; the build emits a classic script.
    if (import.meta.env.DEV) script.type = "module";
    script.onload = () => {
      const value = registered();
      if (value) resolve(value);
      else reject(new Error(`${url} did not register ${name}`));
    };
    script.onerror = () => reject(new Error(`${url} could not be loaded`));
    document.head.append(script);
  });
}

/**
 * `loadScript` for one script, started on the first call and shared by every later one. A failed
 * load is not kept: it may succeed later (a flaky network).
 */
export function loadScriptOnce<T>(url: string, name: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= loadScript<T>(url, name).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
