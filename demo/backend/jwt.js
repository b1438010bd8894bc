import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Minimal HS256 JWTs. Dash issues JWTs with a real `exp`; clients read it to refresh early, so
 * ours carry one too. The secret is per server instance: tokens never outlive a restart.
 */
const b64url = (data) => Buffer.from(data).toString('base64url');

export function createJwt(secret = randomBytes(32)) {
  const sign = (input) => createHmac('sha256', secret).update(input).digest('base64url');
  return {
    /**
     * @param {Record<string, unknown>} claims
     * @param {number} ttlSeconds
     */
    issue(claims, ttlSeconds) {
      const now = Math.floor(Date.now() / 1000);
      const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const payload = b64url(JSON.stringify({ iss: 'dash-local', iat: now, exp: now + ttlSeconds, ...claims }));
      return `${header}.${payload}.${sign(`${header}.${payload}`)}`;
    },
    /**
     * @param {string} token
     * @returns {Record<string, any> | null} the claims, or null when invalid or expired
     */
    verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3) return null;
      const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`));
      const given = Buffer.from(parts[2]);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return null;
        return claims;
      } catch {
        return null;
      }
    },
  };
}
