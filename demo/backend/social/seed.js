export function buildSocial() {
  return {};
}
