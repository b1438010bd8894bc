/**
 * Credentials out of any text we surface (`DashError.message`, so `dash-error` details, logs and
 * the elements' fallbacks). Servers and proxies echo requests in their error text ("invalid
 * header Authorization: Bearer eyJ…"); whatever they echo is cut here before anyone sees it.
 */
const REDACTED = '[redacted]';

/** `Authorization: …` with or without a scheme, and `Bearer|Basic|Passcode|Token <value>`. */
const AUTH = /\b(authorization["']?\s*[:=]\s*["']?)((?:bearer|basic|passcode|token|digest)\s+)?[^\s"',;<>]+/gi;
// Only a credential-looking value, so that "Bearer token missing" or "Passcode required" keep
// their words: for Bearer/Basic/Digest 8+ characters or a digit or token symbol in it; for a
// passcode (which the call's own passcode scrubs literally) a digit or symbol, or 16+ characters.
const SCHEME = /\b((?:bearer|basic|digest)\s+)(?!\[redacted\])(?=[^\s"',;<>]*[\d=._~+/-]|[^\s"',;<>]{8})[^\s"',;<>]+/gi;
const PASSCODE = /\b(passcode\s+)(?!\[redacted\])(?=[^\s"',;<>]*[\d=._~+/!@#$%^&*-]|[^\s"',;<>]{16})[^\s"',;<>]+/gi;
/** A JWT (`eyJ…` header, payload, optional signature) anywhere, quoted or not. */
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;
/** Names whose value is a credential, in a query (`?token=…`, `&X-Amz-Signature=…`) or JSON. */
const SECRET_NAME = String.raw`[\w-]*(?:token|key|signature|credential|secret|password|passcode)|sig|auth`;
const PARAM = new RegExp(String.raw`\b(${SECRET_NAME})=[^&\s"'<>#]+`, 'gi');
const JSON_FIELD = new RegExp(String.raw`("(?:${SECRET_NAME})"\s*:\s*")[^"]*`, 'gi');

/**
 * `text` with credential values replaced by `[redacted]`: authorization headers and schemes,
 * JWT-shaped strings, `token=`/`key=`/`signature=`-style query values and JSON fields, and each of
 * `secrets` (the current token, a passcode) wherever it appears.
 */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // A secret shorter than this would also cut ordinary words; the patterns still apply to it.
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out
    .replace(AUTH, (_, name: string, scheme = '') => `${name}${scheme}${REDACTED}`)
    .replace(SCHEME, `$1${REDACTED}`)
    .replace(PASSCODE, `$1${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(PARAM, `$1=${REDACTED}`)
    .replace(JSON_FIELD, `$1${REDACTED}`);
}
