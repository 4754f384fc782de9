import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base64Length, MEGABYTE, UPLOAD_LIMITS_MB } from '../../shared/contract/limits';
import { startLoopbackServer, type LoopbackServer } from '../../electron/loopback/server';
import { testBackend } from '../helpers/backend';
import { tempDir } from '../helpers/temp-dir';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

let server: LoopbackServer;

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

function invoke(headers: Record<string, string>, body = JSON.stringify({ method: 'cases.list', input: {} })) {
  return send('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

beforeEach(async () => {
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Familienaudit</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tempDir(), 'secret.txt'), 'secret');
  const { backend } = await testBackend();
  server = await startLoopbackServer({ dispatch: backend.dispatch, events: backend.events, staticDir });
});

afterEach(async () => {
  await server.close();
});

describe('loopback server', () => {
  it('listens on 127.0.0.1 and prints a URL with the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[0-9a-f]{48}$`));
  });

  it.each([
    ['with its length announced', true],
    ['sent in chunks without a length', false],
  ])('answers a request body beyond the largest upload %s with 413 in German, not a reset', async (_name, announced) => {
    const body = Buffer.alloc(base64Length(Math.max(...Object.values(UPLOAD_LIMITS_MB)) * MEGABYTE) + 2 * MEGABYTE, 0x20);
    const reply = await new Promise<Reply>((resolve, reject) => {
      const headers: Record<string, string> = { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', 'X-Familienaudit-Token': server.token };
      if (announced) headers['Content-Length'] = String(body.length);
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/invoke', method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/^Die Anfrage ist zu groß \(höchstens \d+ MB\)\.$/);
  });

  it('answers API calls that carry the token', async () => {
    const reply = await invoke({ 'X-Familienaudit-Token': server.token });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { items: [], offset: 0, total: 0, counts: { active: 0, archived: 0, trash: 0 } } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { 'X-Familienaudit-Token': 'f'.repeat(48) }],
    ['a foreign Host', { 'X-Familienaudit-Token': 'TOKEN', Host: 'evil.example:80' }],
    ['a foreign Origin', { 'X-Familienaudit-Token': 'TOKEN', Origin: 'http://evil.example' }],
    ['an Origin on another port', { 'X-Familienaudit-Token': 'TOKEN', Origin: 'http://127.0.0.1:1' }],
    ['the token only in the query (API needs the header)', {}, '?token=TOKEN'],
  ])('refuses an API call with %s (403)', async (_label, headers, query = '') => {
    const resolved = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, value.replace('TOKEN', server.token)]));
    const reply = await send(`/api/invoke${query.replace('TOKEN', server.token)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...resolved },
      body: '{"method":"cases.list","input":{}}',
    });
    expect(reply.status).toBe(403);
  });

  it('serves the page only with the token, then by the cookie it sets', async () => {
    expect((await send('/')).status).toBe(403);
    expect((await send('/assets/app.js')).status).toBe(403);
    const page = await send(`/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = String(page.headers['set-cookie']).split(';')[0] as string;
    expect(cookie).toMatch(/^familienaudit_token=/);
    const asset = await send('/assets/app.js', { headers: { Cookie: cookie } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
  });

  it('refuses non-JSON bodies and paths that leave the renderer folder', async () => {
    const headers = { 'X-Familienaudit-Token': server.token };
    expect((await invoke({ ...headers, 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await invoke(headers, '{kaputt')).status).toBe(400);
    expect((await send(`/../secret.txt?token=${server.token}`)).status).toBe(404);
    expect((await send(`/%2e%2e/%2e%2e/etc/passwd?token=${server.token}`)).status).toBe(404);
  });

  it('passes dispatcher refusals through as results', async () => {
    const reply = await invoke({ 'X-Familienaudit-Token': server.token }, JSON.stringify({ method: 'cases.drop', input: {} }));
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
