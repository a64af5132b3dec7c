/**
 * PouchDB for Node: the local replica on LevelDB (leveldown's bundled N-API binaries, nothing is
 * downloaded or compiled), the server over HTTP, CouchDB's replication protocol. The community
 * @types/pouchdb-* packages pull the DOM library into every file of the project, so the small part
 * of PouchDB used here is typed below instead.
 */

export type StoredDoc = Record<string, unknown> & { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] };

export interface Replication extends PromiseLike<{ ok: boolean; docs_written: number; docs_read: number; errors: unknown[] }> {
  on(event: 'change', listener: (info: { docs_written?: number; docs_read?: number }) => void): this;
  cancel(): void;
}

export interface Pouch {
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<StoredDoc>;
  put(doc: StoredDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: StoredDoc[], options?: { new_edits?: boolean }): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: string }>>;
  allDocs(options?: { include_docs?: boolean; limit?: number; startkey?: string; skip?: number }): Promise<{ rows: Array<{ id: string; doc?: StoredDoc }> }>;
  changes(options: { since: string | number; limit?: number; include_docs?: boolean; conflicts?: boolean }): Promise<{
    results: Array<{ id: string; seq: string | number; doc?: StoredDoc; deleted?: boolean }>;
    last_seq: string | number;
  }>;
  replicate: {
    to(target: Pouch | string, options?: Record<string, unknown>): Replication;
    from(source: Pouch | string, options?: Record<string, unknown>): Replication;
  };
  close(): Promise<void>;
  destroy(): Promise<void>;
}

interface PouchConstructor {
  new (name: string, options?: Record<string, unknown>): Pouch;
  plugin(plugin: unknown): PouchConstructor;
  defaults(options: Record<string, unknown>): PouchConstructor;
}

const PouchDB = (require('pouchdb-core') as PouchConstructor)
  .plugin(require('pouchdb-adapter-leveldb'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

export function localReplica(folder: string): Pouch {
  return new PouchDB(folder, { adapter: 'leveldb' });
}

export function remoteDatabase(url: string, auth: { username: string; password: string }): Pouch {
  return new PouchDB(url, { adapter: 'http', auth, skip_setup: true });
}

/**
 * The server as a replication source or target. pouchdb-replication asks the source for its info
 * after every batch only to update a progress counter, and never handles that request failing: with
 * the server gone mid-replication (offline, crashed) the rejection would be unhandled, which ends a
 * Node process. Here a failed info answers "nothing known"; the replication itself still fails on its
 * next real request and the run reports it.
 */
export function forReplication(remote: Pouch): Pouch {
  const info = remote.info.bind(remote);
  remote.info = () => info().catch(() => ({ doc_count: 0, update_seq: 0 }));
  return remote;
}

export { PouchDB, type PouchConstructor };
