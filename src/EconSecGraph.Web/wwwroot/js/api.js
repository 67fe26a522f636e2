// The only module that knows the server's URLs.
async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new Error(detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

export const api = {
  overview: (limit = 300) => getJson(`/api/graph/overview?limit=${encodeURIComponent(limit)}`),
};
