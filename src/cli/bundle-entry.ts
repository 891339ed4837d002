// What bin/crosscheck.js needs from the bundled CLI (see bin/bundle.js).
export { main } from './main.ts';
export { useWorkerEntry } from './pool.ts';
