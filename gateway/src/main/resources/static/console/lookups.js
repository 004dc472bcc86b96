// Names for the ids the order APIs answer with: customers (GET /api/customers/{id}) and reps (GET /api/reps),
// fetched once per id and kept for the tab's life. Unknown or invisible ones show a short id.
import { get, session } from './api.js';
import { t } from './i18n.js';

const { reactive } = Vue;

const customers = reactive({});
const reps = reactive({});
const asked = new Set();
let repsAsked = false;

export function customerName(id) {
  if (!id) return '—';
  if (!asked.has(id)) {
    asked.add(id);
    get(`/api/customers/${id}`).then(c => { customers[id] = c.name; }).catch(() => { customers[id] = null; });
  }
  return customers[id] || id.slice(0, 8);
}

/** A rep's (or manager's) name from the roster; the signed-in user is "me". */
export function personName(id) {
  if (!id) return '—';
  if (id === session.user?.sub) return t('common.me');
  if (!repsAsked) {
    repsAsked = true;
    get('/api/reps', { size: 200 }).then(page => page.items.forEach(r => { reps[r.id] = r.name; })).catch(() => {});
  }
  return reps[id] || id.slice(0, 8);
}
