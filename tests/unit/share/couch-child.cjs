/* global fetch, setTimeout */
// A CouchDB-protocol server for the sharing tests: express-pouchdb (PouchDB's CouchDB emulation,
// with _users, _session, _security and validate_doc_update), killable and restartable on its port. Prints "LISTENING <port>" when ready.
const http = require('node:http');
const path = require('node:path');
const PouchDB = require('pouchdb-core').plugin(require('pouchdb-adapter-leveldb')).plugin(require('pouchdb-adapter-http')).plugin(require('pouchdb-replication'));
const [dir, portArg, adminPassword] = process.argv.slice(2);
// LevelDB, in folders made relative to the working directory: the test's folder for this server.
process.chdir(dir);
const Server = PouchDB;
const app = require('express-pouchdb')(Server, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: path.join(dir, 'log.txt') });
const server = http.createServer(app);
server.listen(Number(portArg) || 0, '127.0.0.1', async () => {
  const port = server.address().port;
  // express-pouchdb sets up _users as it starts; changing the admins before that has finished installs its protection twice.
  await fetch(`http://127.0.0.1:${port}/`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  // The admin (in-memory config: set again on every start); until then the server is an "admin party".
  const res = await fetch(`http://127.0.0.1:${port}/_config/admins/admin`, { method: 'PUT', body: JSON.stringify(adminPassword), headers: { 'content-type': 'application/json' } });
  if (res.status !== 200 && res.status !== 401) throw new Error(`could not set the admin: ${res.status}`);
  process.stdout.write(`LISTENING ${port}\n`);
});
