import { finish } from "./cli/cliRun";
import { validateCommand } from "./cli/validateCommand";

finish(validateCommand(process.argv.slice(2)));
