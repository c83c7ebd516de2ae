import { finish } from "./cli/cliRun";
import { importCommand } from "./cli/importCommand";

finish(importCommand(process.argv.slice(2)));
