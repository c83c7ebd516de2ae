import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where the bare React page is built: outside the repository, rebuilt by every bench run. */
export const bareOutDir = join(tmpdir(), "latticework-bench", "bare");
