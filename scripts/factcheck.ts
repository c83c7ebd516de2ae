import { finish } from "./cli/cliRun";
import { factcheckCommand } from "./cli/factcheckCommand";

finish(factcheckCommand(process.argv.slice(2)));
