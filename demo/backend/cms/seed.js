export function buildCms() {
  return {};
}
