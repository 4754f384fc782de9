import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/dispatcher';
import { startLoopbackServer, type LoopbackServer } from '../../electron/loopback/server';
import { testBackend } from '../helpers/backend';
import { tempDir } from '../helpers/temp-dir';
import { printFigures } from './figures';

interface Attempt {
  label: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  expected: number;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

let server: LoopbackServer;
let dispatched = 0;
const statuses = new Map<number, number>();

const CALL = JSON.stringify({ method: 'cases.create', input: { municipalityName: 'Eindringling', ags: '05711000', kind: 'kommune' } });
const JSON_TYPE = { 'Content-Type': 'application/json' };

/** Hostile or malformed requests a web page, another local program or a DNS-rebinding attacker could send. */
function attacks(token: string, port: number): Attempt[] {
  const withToken = { ...JSON_TYPE, 'X-Familienaudit-Token': token };
  return [
    { label: 'API call without a token', headers: JSON_TYPE, expected: 403 },
    { label: 'API call with a wrong token', headers: { ...JSON_TYPE, 'X-Familienaudit-Token': '0'.repeat(48) }, expected: 403 },
    { label: 'API call with the token shortened by one character', headers: { ...JSON_TYPE, 'X-Familienaudit-Token': token.slice(1) }, expected: 403 },
    { label: 'API call with the token only in the query', path: `/api/invoke?token=${token}`, headers: JSON_TYPE, expected: 403 },
    { label: 'foreign Host (DNS rebinding)', headers: { ...withToken, Host: `evil.example:${port}` }, expected: 403 },
    { label: 'Host localhost instead of 127.0.0.1 on another port', headers: { ...withToken, Host: 'localhost:1' }, expected: 403 },
    { label: 'foreign Origin', headers: { ...withToken, Origin: 'https://evil.example' }, expected: 403 },
    { label: 'Origin null (sandboxed frame, file://)', headers: { ...withToken, Origin: 'null' }, expected: 403 },
    { label: 'Origin on another local port', headers: { ...withToken, Origin: 'http://127.0.0.1:1' }, expected: 403 },
    { label: 'CORS preflight from a foreign page', method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' }, expected: 403 },
    { label: 'form post (text/plain, no preflight in browsers)', headers: { 'Content-Type': 'text/plain', 'X-Familienaudit-Token': token }, expected: 415 },
    { label: 'form post (urlencoded)', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Familienaudit-Token': token }, expected: 415 },
    { label: 'API call by GET', method: 'GET', headers: withToken, body: '', expected: 405 },
    { label: 'body that is no JSON', headers: withToken, body: '{"method": ', expected: 400 },
    { label: 'static file without a token', method: 'GET', path: '/', body: '', expected: 403 },
    { label: 'event stream without a token', method: 'GET', path: '/api/events', body: '', expected: 403 },
    { label: 'path traversal with the token', method: 'GET', path: `/../secret.txt?token=${token}`, body: '', expected: 404 },
    { label: 'encoded path traversal with the token', method: 'GET', path: `/%2e%2e/secret.txt?token=${token}`, body: '', expected: 404 },
  ];
}

function send(attempt: Attempt): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: attempt.path ?? '/api/invoke',
        method: attempt.method ?? 'POST',
        agent: false,
        headers: { Host: `127.0.0.1:${server.port}`, ...attempt.headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(attempt.body ?? CALL);
  });
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

beforeAll(async () => {
  const staticDir = tempDir('familienaudit-loopback-static-');
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Familienaudit</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, '..', 'secret.txt'), 'geheim');
  const { backend } = await testBackend();
  const counting: Dispatch = (method, input) => {
    dispatched += 1;
    return backend.dispatch(method, input);
  };
  server = await startLoopbackServer({ dispatch: counting, events: backend.events, staticDir });
});

afterAll(async () => {
  await server.close();
});

describe('the loopback server under attack', () => {
  it('refuses every hostile request before it reaches the backend, and never grants CORS', async () => {
    const attempts = attacks(server.token, server.port);
    const wrong: string[] = [];
    for (const attempt of attempts) {
      const reply = await send(attempt).catch((error: unknown) => { throw new Error(`${attempt.label}: ${String(error)}`); });
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      if (reply.status !== attempt.expected) wrong.push(`${attempt.label}: ${reply.status}, expected ${attempt.expected}`);
      if (reply.headers['access-control-allow-origin'] !== undefined) wrong.push(`${attempt.label}: sent Access-Control-Allow-Origin`);
    }
    expect(wrong).toEqual([]);
    expect(dispatched).toBe(0);

    const legitimate = await send({ label: 'the app itself', headers: { ...JSON_TYPE, 'X-Familienaudit-Token': server.token, Origin: `http://127.0.0.1:${server.port}` }, expected: 200 });
    expect(legitimate.status).toBe(200);
    expect(dispatched).toBe(1);

    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.family === 'IPv4' && !address.internal)
      .map((address) => address!.address);
    const reachableFromOutside = (await Promise.all(external.map((address) => reachable(address, server.port)))).filter(Boolean).length;
    expect(reachableFromOutside).toBe(0);

    printFigures('Loopback server', {
      'hostile requests': attempts.length,
      ...Object.fromEntries([...statuses].sort(([a], [b]) => a - b).map(([status, count]) => [`  answered ${status}`, count])),
      'reached the backend': dispatched - 1,
      'CORS headers granted': 0,
      'other network addresses tried': external.length,
      'reachable from them': reachableFromOutside,
    });
  });
});
