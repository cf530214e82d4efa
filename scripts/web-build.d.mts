/** Bundles the browser UI (src/web/) into `outdir`: index.html, app.js, app.css. */
export function buildWeb(options: { outdir: string; minify?: boolean }): Promise<void>;
