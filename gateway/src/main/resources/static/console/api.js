// The console's one way to the platform's API (docs/console.md): the token from POST /api/auth/token, refreshed
// before it expires (POST /api/auth/refresh, rotating), sign-out, and every error as the server's problem+json.
const { reactive } = Vue;

const STORAGE_KEY = 'sales-console.session';
const REFRESH_MARGIN_MS = 60_000;

/** The signed-in user, reactive: {username, sub, roles, teamId} or null. */
export const session = reactive({ user: null, expired: false });

let tokens = null; // {accessToken, accessExpiresAt, refreshToken}
let refreshTimer = null;
let refreshing = null;

/** An answer that was not 2xx: the HTTP status and the problem+json (type, title, detail, errors[{field, message}]). */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.retryAfter = retryAfter;
  }
  /** The server's message for one field (or query parameter), if it named that field. */
  fieldError(field) {
    const hit = (this.problem.errors || []).find(e => e.field === field || e.field?.startsWith(field + '.') || e.field?.startsWith(field + '['));
    return hit ? hit.message : null;
  }
  get fields() { return (this.problem.errors || []).map(e => e.field); }
  get type() { return this.problem.type || ''; }
}

function decodeClaims(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(Array.from(atob(part), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
  return JSON.parse(json);
}

function adopt(answer) {
  const now = Date.now();
  tokens = {
    accessToken: answer.access_token,
    accessExpiresAt: now + answer.expires_in * 1000,
    refreshToken: answer.refresh_token,
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
  const claims = decodeClaims(answer.access_token);
  session.user = {
    username: claims.preferred_username || claims.sub,
    sub: claims.sub,
    roles: claims.roles || [],
    teamId: claims.teamId || null,
  };
  session.expired = false;
  scheduleRefresh();
}

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  if (!tokens) return;
  const wait = Math.max(5_000, tokens.accessExpiresAt - Date.now() - REFRESH_MARGIN_MS);
  refreshTimer = setTimeout(() => refresh().catch(() => expire()), wait);
}

function expire() {
  forget();
  session.expired = true;
}

function forget() {
  clearTimeout(refreshTimer);
  tokens = null;
  session.user = null;
  sessionStorage.removeItem(STORAGE_KEY);
}

async function readProblem(response) {
  const text = await response.text();
  try { return text ? JSON.parse(text) : {}; } catch { return { detail: text }; }
}

async function postAuth(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': acceptLanguage },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), response.headers.get('Retry-After'));
  }
  adopt(await response.json());
}

/** Signs in; a wrong password is 401 invalid-credentials, a locked username 429 login-locked with Retry-After. */
export function signIn(username, password) {
  return postAuth('/api/auth/token', { username, password });
}

/** Rotates the refresh token; one refresh at a time. */
export function refresh() {
  if (!tokens?.refreshToken) return Promise.reject(new ApiError(401, {}));
  if (!refreshing) {
    refreshing = postAuth('/api/auth/refresh', { refresh_token: tokens.refreshToken })
      .finally(() => { refreshing = null; });
  }
  return refreshing;
}

/** Signs out here: the tokens are dropped (the gateway's refresh token simply expires unused). */
export function signOut() {
  forget();
  session.expired = false;
}

/** Restores the session of this tab after a reload. */
export async function restore() {
  const saved = sessionStorage.getItem(STORAGE_KEY);
  if (!saved) return;
  try {
    const stored = JSON.parse(saved);
    tokens = stored;
    if (stored.accessExpiresAt - Date.now() > REFRESH_MARGIN_MS) {
      adopt({
        access_token: stored.accessToken, refresh_token: stored.refreshToken,
        expires_in: (stored.accessExpiresAt - Date.now()) / 1000,
      });
    } else {
      await refresh();
    }
  } catch {
    forget();
  }
}

let acceptLanguage = 'zh-CN';
export function setApiLanguage(locale) { acceptLanguage = locale; }

function idempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
}

/**
 * Calls the API with the token. A 401 is retried once after a refresh; if that fails the session ends.
 * Every POST carries an Idempotency-Key (ADR 0015), so a retried submission creates nothing twice.
 */
export async function api(method, path, body, { accept = 'application/json', key } = {}) {
  const send = () => {
    const headers = { Accept: accept, 'Accept-Language': acceptLanguage };
    if (tokens) headers.Authorization = `Bearer ${tokens.accessToken}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method === 'POST') headers['Idempotency-Key'] = key || idempotencyKey();
    return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  };
  let response = await send();
  if (response.status === 401 && tokens?.refreshToken) {
    try { await refresh(); response = await send(); } catch { expire(); }
  }
  if (response.status === 401) expire();
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), response.headers.get('Retry-After'));
  }
  if (response.status === 204) return null;
  if (accept === 'text/csv') return response.blob();
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export const get = (path, query) => api('GET', withQuery(path, query));
export const post = (path, body = {}) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);

export function withQuery(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, v);
  }
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

/** Downloads the API's own CSV of a report (Accept: text/csv). */
export async function downloadCsv(path, query, filename) {
  const blob = await api('GET', withQuery(path, query), undefined, { accept: 'text/csv' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url; a.download = filename;
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const hasRole = role => !!session.user?.roles.includes(role);
