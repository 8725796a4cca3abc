// The process entry of the command line (`npm run sim -- ...`): the process's arguments in, its exit
// code out. Everything else is in ./main.ts, which tests import and call in their own process.
import { main } from './main.ts';

// A reader that stops early (npm run sim -- play ... | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
