import { finish } from "./cli/cliRun";
import { generateDatasetCommand } from "./cli/generateDatasetCommand";

finish(generateDatasetCommand(process.argv.slice(2)));
