import { finish } from "./cli/cliRun";
import { exportCsvCommand } from "./cli/exportCsvCommand";

finish(exportCsvCommand(process.argv.slice(2)));
