// The JSON API, with the token the reviewer pasted: kept in this tab's sessionStorage only.

export const TOKEN = 'wirelog.token';

export class ApiFailure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const token = sessionStorage.getItem(TOKEN);
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiFailure(response.status, json.error?.code, json.error?.message ?? response.statusText);
  return json;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
