/**
 * A real CouchDB-protocol server for the sharing tests, in a child process on 127.0.0.1 (so a test
 * can SIGKILL it mid-replication and start it again on the same port with the same data).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ADMIN = { username: 'admin', password: 'admin-secret' };

export class CouchServer {
  private child: ChildProcess | null = null;
  port = 0;

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [path.join(__dirname, 'couch-child.cjs'), this.dir, String(this.port), ADMIN.password], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let errors = '';
    child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
    this.port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /LISTENING (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`the test server exited (${code}): ${errors}`)));
    });
  }

  /** SIGKILL, as a crash: nothing is flushed or closed. */
  kill(): void {
    this.child?.kill('SIGKILL');
    this.child = null;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }

  async request(method: string, urlPath: string, body?: unknown, auth: { username: string; password: string } | null = ADMIN): Promise<{ status: number; json: unknown }> {
    const res = await fetch(`${this.url}${urlPath}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
  }

  /** A user, and their own database readable and writable by them alone (as docs/sharing.md sets CouchDB up). */
  async addMember(user: string, password: string, dbName: string): Promise<void> {
    const made = await this.request('PUT', `/_users/org.couchdb.user:${user}`, { name: user, password, roles: [], type: 'user' });
    if (made.status >= 300) throw new Error(`could not add ${user}: ${JSON.stringify(made.json)}`);
    await this.request('PUT', `/${dbName}`);
    const sec = await this.request('PUT', `/${dbName}/_security`, { admins: { names: [], roles: [] }, members: { names: [user], roles: [] } });
    if (sec.status >= 300) throw new Error(`could not secure ${dbName}`);
  }

  /** A user with the given CouchDB roles (in their _users document, as an administrator sets them). */
  async addUser(user: string, password: string, roles: string[] = []): Promise<void> {
    const made = await this.request('PUT', `/_users/org.couchdb.user:${user}`, { name: user, password, roles, type: 'user' });
    if (made.status >= 300) throw new Error(`could not add ${user}: ${JSON.stringify(made.json)}`);
  }

  /**
   * A committee's database as docs/sharing.md sets it up: _security (members read; the chair and
   * the officers named in its scrutineer section write) and the validate_doc_update design document.
   */
  async addCommitteeDb(dbName: string, security: unknown, designDoc: unknown): Promise<void> {
    const made = await this.request('PUT', `/${dbName}`);
    if (made.status >= 300) throw new Error(`could not make ${dbName}: ${JSON.stringify(made.json)}`);
    const sec = await this.request('PUT', `/${dbName}/_security`, security);
    if (sec.status >= 300) throw new Error(`could not secure ${dbName}: ${JSON.stringify(sec.json)}`);
    const id = (designDoc as { _id: string })._id;
    const design = await this.request('PUT', `/${dbName}/${id}`, designDoc);
    if (design.status >= 300) throw new Error(`could not install ${id}: ${JSON.stringify(design.json)}`);
  }

  /** Every stored document of a database, all revisions' bodies as the server holds them (as text). */
  async rawDump(dbName: string): Promise<string> {
    const all = await this.request('GET', `/${dbName}/_all_docs?include_docs=true&conflicts=true`);
    const changes = await this.request('GET', `/${dbName}/_changes?style=all_docs&include_docs=true`);
    return JSON.stringify([all.json, changes.json]);
  }
}
