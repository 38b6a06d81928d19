import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';

/*
 * Real HTTP servers for the auth tests (the demo clinic itself is open): a SMART token
 * endpoint that checks client assertions the way an authorization server does, and a proxy in
 * front of the demo clinic that lets only authorized requests through.
 */

export interface Listening {
  url: string;
  close(): Promise<void>;
}

function listen(server: Server, path: string): Promise<Listening> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}${path}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface TokenServer extends Listening {
  /** Token requests answered with a token. */
  issued: number;
  /** Token requests refused. */
  refused: number;
  /** Tokens the proxy accepts; clear it to revoke them all. */
  valid: Set<string>;
  /** `expires_in` of the next tokens. */
  expiresIn: number;
  /** When set, every token request is refused with this OAuth error. */
  refuseWith?: { error: string; error_description: string };
}

/**
 * A SMART token endpoint: verifies the RS384/ES384 client assertion against `publicKey`
 * (issuer, subject, audience, expiry, unused `jti`) and issues opaque bearer tokens.
 */
export async function startTokenServer(
  publicKey: KeyObject | string,
  clientId: string,
): Promise<TokenServer> {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const jtis = new Set<string>();
  const state = { issued: 0, refused: 0, valid: new Set<string>(), expiresIn: 300 } as TokenServer;

  const server = createServer(async (req, res) => {
    const form = new URLSearchParams(await readBody(req));
    const refuse = (error: string, description: string) => {
      state.refused += 1;
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error, error_description: description }));
    };
    if (state.refuseWith) return refuse(state.refuseWith.error, state.refuseWith.error_description);
    if (form.get('grant_type') !== 'client_credentials')
      return refuse('unsupported_grant_type', 'grant_type');
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
      return refuse('invalid_client', 'client_assertion_type');
    }
    const [h, p, s] = (form.get('client_assertion') ?? '').split('.');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString());
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const signed = Buffer.from(`${h}.${p}`);
    const signature = Buffer.from(s, 'base64url');
    const ok =
      header.alg === 'ES384'
        ? verify('sha384', signed, { key, dsaEncoding: 'ieee-p1363' }, signature)
        : header.alg === 'RS384' && verify('sha384', signed, key, signature);
    const now = Date.now() / 1000;
    if (!ok) return refuse('invalid_client', 'bad signature');
    if (claims.iss !== clientId || claims.sub !== clientId) return refuse('invalid_client', 'iss/sub');
    if (claims.aud !== state.url) return refuse('invalid_client', 'aud');
    if (!(claims.exp > now && claims.exp <= now + 300)) return refuse('invalid_client', 'exp');
    if (!claims.jti || jtis.has(claims.jti)) return refuse('invalid_client', 'jti reused');
    jtis.add(claims.jti);
    const token = randomBytes(16).toString('hex');
    state.valid.add(token);
    state.issued += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        access_token: token,
        token_type: 'Bearer',
        expires_in: state.expiresIn,
        scope: form.get('scope'),
      }),
    );
  });
  return Object.assign(state, await listen(server, '/auth/token'));
}

export interface AuthProxy extends Listening {
  /** Requests that arrived without acceptable credentials. */
  unauthorized: number;
}

/**
 * Forwards requests under `/fhir/R4` to the clinic when `authorized(header)` says so, answers
 * 401 with an OperationOutcome otherwise. Its own origin differs from the clinic's, so only
 * single requests (no paging) make sense through it.
 */
export async function startAuthProxy(
  clinicBaseUrl: string,
  authorized: (header: string | undefined) => boolean,
): Promise<AuthProxy> {
  const target = new URL(clinicBaseUrl);
  const state = { unauthorized: 0 } as AuthProxy;
  const server = createServer((req, res) => {
    if (!authorized(req.headers.authorization)) {
      state.unauthorized += 1;
      res.writeHead(401, { 'content-type': 'application/fhir+json', 'www-authenticate': 'Bearer' }).end(
        JSON.stringify({
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: 'login', diagnostics: 'Unauthorized' }],
        }),
      );
      return;
    }
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return Object.assign(state, await listen(server, target.pathname.replace(/\/$/, '')));
}
