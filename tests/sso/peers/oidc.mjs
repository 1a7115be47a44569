// A real OpenID Connect provider for the SSO tests: panva's oidc-provider (OpenID Certified),
// with its development login page (any password; the login names the account).
//
// Configuration: JSON in OIDC_PEER_CONFIG:
//   {port, client_id, client_secret, redirect_uris: [...], post_logout_redirect_uris: [...],
//    users_file: path of a JSON file {"<login>": {email, name, department, ...}}, rogue: "" | "audience" | "issuer" | "signature"}
// "rogue" makes the token endpoint answer with an ID token that must be refused: issued for
// another client (audience), by another issuer (issuer), or signed with a key the provider's
// JWKS does not publish (signature; same kid). Prints "READY <issuer>" once listening.
import crypto from 'node:crypto';
import fs from 'node:fs';

import * as jose from 'jose';
import Provider from 'oidc-provider';

const cfg = JSON.parse(process.env.OIDC_PEER_CONFIG);
const issuer = `http://127.0.0.1:${cfg.port}`;
const KID = 'ethos-test-peer';

const signing = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const impostor = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const jwk = { ...signing.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' };

const provider = new Provider(issuer, {
  clients: [{
    client_id: cfg.client_id,
    client_secret: cfg.client_secret,
    redirect_uris: cfg.redirect_uris,
    post_logout_redirect_uris: cfg.post_logout_redirect_uris || [],
    response_types: ['code'],
    grant_types: ['authorization_code'],
  }],
  jwks: { keys: [jwk] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name', 'department', 'role', 'profession', 'employee_id'],
  },
  async findAccount(ctx, id) {
    // Read on every sign-in, so a test can change what the provider says between logins.
    const claims = JSON.parse(fs.readFileSync(cfg.users_file, 'utf8'))[id];
    if (!claims) return undefined;
    return { accountId: id, async claims() { return { sub: id, email_verified: true, ...claims }; } };
  },
  // Consent is the institution's business, not the test's: every scope asked for is granted.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
});

async function forge(idToken) {
  const payload = jose.decodeJwt(idToken);
  let key = signing;
  if (cfg.rogue === 'audience') payload.aud = 'another-application';
  if (cfg.rogue === 'issuer') payload.iss = 'http://impostor.invalid';
  if (cfg.rogue === 'signature') key = impostor;
  return new jose.SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: KID }).sign(key);
}

provider.use(async (ctx, next) => {
  await next();
  if (cfg.rogue && ctx.path === '/token' && ctx.body && ctx.body.id_token) {
    ctx.body = { ...ctx.body, id_token: await forge(ctx.body.id_token) };
  }
});

provider.listen(cfg.port, '127.0.0.1', () => {
  process.stdout.write(`READY ${issuer}\n`);
});
