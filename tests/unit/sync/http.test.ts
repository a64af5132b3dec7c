import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CouncilClient, USER_AGENT, retryAfterMs } from '../../../main/sync/http';
import { TLS_DIR, startStandin, type StandIn } from '../../helpers/moderngov-standin';
import { FAST } from './setup';

describe('the council HTTPS client', () => {
  let standin: StandIn;
  let ca: Buffer;
  beforeAll(async () => {
    standin = await startStandin();
    ca = fs.readFileSync(standin.caFile);
  });
  afterAll(async () => standin.close());
  afterEach(() => standin.reset());

  const get = (client: CouncilClient, p: string, maxBytes = 1_000_000) => client.get(p, { accept: '*/*', maxBytes, what: 'the test document' });

  test('one request at a time per council, even when many are asked for at once', async () => {
    standin.faults.slow = { match: /GetCommittees/, ms: 80 };
    const a = new CouncilClient(standin.url, { ...FAST, ca });
    const b = new CouncilClient(standin.url, { ...FAST, ca });
    try {
      const results = await Promise.all([1, 2, 3, 4, 5].map((i) => get(i % 2 ? a : b, 'mgWebService.asmx/GetCommittees?lDays=0')));
      expect(results.every((r) => r.status === 200)).toBe(true);
      expect(standin.maxConcurrent).toBe(1);
      expect(standin.requests.every((r) => r.userAgent === USER_AGENT)).toBe(true);
    } finally {
      a.close();
      b.close();
    }
  });

  test('a 500 is retried with backoff, then reported', async () => {
    standin.faults.error500 = /GetCommittees/;
    const client = new CouncilClient(standin.url, { ...FAST, ca, retries: 2 });
    try {
      await expect(get(client, 'mgWebService.asmx/GetCommittees?lDays=0')).rejects.toThrow(/had an error while giving the test document \(500\)/);
      expect(standin.requests).toHaveLength(3);
    } finally {
      client.close();
    }
  });

  test('size cap: a document larger than allowed is not downloaded', async () => {
    const client = new CouncilClient(standin.url, { ...FAST, ca });
    try {
      await expect(get(client, 'mgConvert2PDF.aspx?ID=65412', 500)).rejects.toThrow(/The test document is larger than 1 KB, more than Scrutineer accepts/);
    } finally {
      client.close();
    }
  });

  test('a slow server times out with a clear message', async () => {
    standin.faults.slow = { match: /GetCommittees/, ms: 1500 };
    const client = new CouncilClient(standin.url, { ...FAST, ca, idleTimeoutMs: 300, retries: 1 });
    try {
      await expect(get(client, 'mgWebService.asmx/GetCommittees?lDays=0')).rejects.toThrow(/stopped answering for 0 seconds|stopped answering/);
    } finally {
      client.close();
    }
  });

  test('no certificate check is ever skipped: without the test CA the stand-in is refused', async () => {
    const client = new CouncilClient(standin.url, { ...FAST });
    try {
      await expect(get(client, 'mgWebService.asmx/GetCommittees?lDays=0')).rejects.toMatchObject({ kind: 'certificate' });
      expect(standin.requests).toHaveLength(0);
    } finally {
      client.close();
    }
  });

  test('a redirect to http is refused; to https it is followed', async () => {
    const server = https.createServer({ key: fs.readFileSync(path.join(TLS_DIR, 'server.key')), cert: fs.readFileSync(path.join(TLS_DIR, 'server.crt')) }, (req, res) => {
      if (req.url?.startsWith('/insecure')) res.writeHead(302, { Location: 'http://127.0.0.1/plain' }).end();
      else if (req.url?.startsWith('/moved')) res.writeHead(301, { Location: '/here' }).end();
      else res.writeHead(200, { 'Content-Type': 'text/plain' }).end('arrived');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = new CouncilClient(base, { ...FAST, ca });
    try {
      await expect(get(client, 'insecure')).rejects.toThrow(/sent Scrutineer to an insecure address \(http:/);
      const moved = await get(client, 'moved');
      expect(moved.body.toString()).toBe('arrived');
    } finally {
      client.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('Retry-After: seconds or a date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(60_000);
    expect(retryAfterMs('soon')).toBeNull();
  });

  test('http:// cannot even make a client', () => {
    expect(() => new CouncilClient('http://127.0.0.1')).toThrow(/only connects to councils over https/);
  });
});
