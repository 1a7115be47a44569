// A real SAML 2.0 identity provider for the SSO tests, built on samlp (Auth0's SAML IdP
// library): metadata, a login page (the person's attributes are typed in), SP-initiated
// single sign-on (HTTP-Redirect AuthnRequest in, signed assertion POSTed to the ACS) and
// single logout (HTTP-Redirect LogoutRequest in, LogoutResponse back).
//
// Configuration: JSON in SAML_PEER_CONFIG:
//   {port, entity_id, cert, key, impostor_key, attributes: [names...], sls_url,
//    rogue: "" | "signature" | "audience" | "issuer"}
// "rogue": the assertion is signed with a key the metadata does not publish (signature), is
// addressed to another service provider (audience), or names another issuer (issuer).
// Prints "READY <base url>" once listening.
const express = require('express');
const samlp = require('samlp');
const zlib = require('zlib');
const { DOMParser } = require('@auth0/xmldom');

const cfg = JSON.parse(process.env.SAML_PEER_CONFIG);
const base = `http://127.0.0.1:${cfg.port}`;
const app = express();
app.use(express.urlencoded({ extended: false }));

const esc = (s) => String(s || '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

app.get('/metadata', samlp.metadata({
  issuer: cfg.entity_id,
  cert: cfg.cert,
  redirectEndpointPath: '/sso',
  postEndpointPath: '/sso',
  logoutEndpointPaths: { redirect: '/slo' },
}));

// The login page: the AuthnRequest rides along in hidden fields.
app.get('/sso', (req, res) => {
  const fields = ['email', ...cfg.attributes.filter((a) => a !== 'email')];
  res.type('html').send(`<!doctype html><html lang="en"><head><title>Test IdP sign-in</title></head>
<body><main><h1>Test IdP sign-in</h1><form method="post" action="/sso">
<input type="hidden" name="SAMLRequest" value="${esc(req.query.SAMLRequest)}">
<input type="hidden" name="RelayState" value="${esc(req.query.RelayState)}">
${fields.map((f) => `<p><label for="f-${esc(f)}">${esc(f)}</label> <input id="f-${esc(f)}" name="attr:${esc(f)}"></p>`).join('\n')}
<button type="submit">Sign in</button></form></main></body></html>`);
});

let lastNameId = null;

app.post('/sso', (req, res, next) => {
  const attrs = {};
  for (const [k, v] of Object.entries(req.body)) {
    if (k.startsWith('attr:') && v) attrs[k.slice(5)] = v;
  }
  const email = attrs.email || attrs[cfg.attributes[0]];
  lastNameId = email;
  function mapper() {
    return {
      getClaims: () => attrs,
      getNameIdentifier: () => ({
        nameIdentifier: email,
        nameIdentifierFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      }),
    };
  }
  mapper.prototype.metadata = [];
  const authn = new DOMParser().parseFromString(
    zlib.inflateRawSync(Buffer.from(req.body.SAMLRequest, 'base64')).toString(),
  );
  const acs = authn.documentElement.getAttribute('AssertionConsumerServiceURL');
  samlp.auth({
    destination: acs,
    recipient: acs,
    issuer: cfg.rogue === 'issuer' ? 'http://impostor.invalid/idp' : cfg.entity_id,
    cert: cfg.cert,
    key: cfg.rogue === 'signature' ? cfg.impostor_key : cfg.key,
    audience: cfg.rogue === 'audience' ? 'http://another-sp.invalid/metadata/' : undefined,
    signatureAlgorithm: 'rsa-sha256',
    digestAlgorithm: 'sha256',
    sessionIndex: '_session-1',
    profileMapper: mapper,
    getUserFromRequest: () => ({ email }),
    getPostURL: (audience, dom, request, cb) => cb(null, acs),
    RelayState: req.body.RelayState,
  })(req, res, next);
});

// Single logout (SP-initiated, HTTP-Redirect): answer Success to the SP's SLS.
app.get('/slo', (req, res) => {
  const xml = zlib.inflateRawSync(Buffer.from(req.query.SAMLRequest, 'base64')).toString();
  const dom = new DOMParser().parseFromString(xml);
  const id = dom.documentElement.getAttribute('ID');
  const sls = cfg.sls_url;
  const response = `<samlp:LogoutResponse xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_lr${Date.now()}" Version="2.0" IssueInstant="${new Date().toISOString()}" Destination="${esc(sls)}" InResponseTo="${esc(id)}"><saml:Issuer>${esc(cfg.entity_id)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:LogoutResponse>`;
  lastNameId = null;
  const q = new URLSearchParams({ SAMLResponse: zlib.deflateRawSync(Buffer.from(response)).toString('base64') });
  if (req.query.RelayState) q.set('RelayState', req.query.RelayState);
  res.type('html').send(`<!doctype html><html lang="en"><head><title>Signed out</title></head><body><main><h1>You are signed out of the test IdP</h1><p><a href="${esc(sls)}?${esc(q.toString())}">Return to the service</a></p></main></body></html>`);
});

app.listen(cfg.port, '127.0.0.1', () => process.stdout.write(`READY ${base}\n`));
