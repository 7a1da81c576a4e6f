// Worker threads do not inherit the parent's TypeScript loader: register tsx, then load the entry.
const { workerData } = require("node:worker_threads");
require("tsx/cjs/api").register();
require(workerData.entry);
