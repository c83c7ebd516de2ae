import { serveStatic } from "./staticServer";

/** Serves the production build from a sub-path, as a newsroom's static host would. */
const port = Number(process.env.PORT ?? 4173);
const { url } = await serveStatic("dist", { prefix: "/graphics/latticework/", port });
console.log(`Serving dist/ at ${url}`);
