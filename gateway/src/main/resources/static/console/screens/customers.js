// My customers: list and search (GET /api/customers?q=), a new lead (POST /api/customers/leads), and the profile
// with contacts, communication log, follow-ups, purchase history, satisfaction and complaints — a contact added
// (POST …/contacts), a satisfaction score recorded (POST …/satisfaction), a complaint opened and resolved
// (POST …/complaints, …/complaints/{cid}/resolution).
import { get, post, session, hasRole } from '../api.js';
import { t, te, formatMoney, formatMoneyExact, formatMoment, formatNumber } from '../i18n.js';
import { Field, Step, useLoad, loaded, empty, badge, problemBox } from '../ui.js';
import { LogActivity } from './activity.js';

const { h, ref, reactive, watch } = Vue;

const STATUS_TONE = { ACTIVE: 'ok', QUALIFIED: 'ok', LEAD: 'warn', DORMANT: '', LOST: 'bad' };
const CHANNELS = ['PHONE', 'EMAIL', 'SOCIAL_MEDIA', 'REFERRAL', 'EXHIBITION', 'WEBSITE'];

const LeadForm = {
  emits: ['created', 'cancel'],
  setup(props, { emit }) {
    const form = reactive({ name: '', type: 'B2B', industry: '', region: '', channel: 'PHONE', contactName: '', phone: '', email: '' });
    const error = ref(null);
    const busy = ref(false);
    async function submit(e) {
      e.preventDefault();
      busy.value = true;
      error.value = null;
      const contact = form.contactName || form.phone || form.email
        ? { name: form.contactName, phone: form.phone || undefined, email: form.email || undefined } : undefined;
      try {
        const created = await post('/api/customers/leads', {
          name: form.name, type: form.type, industry: form.industry || undefined, region: form.region || undefined,
          channel: form.channel, contact,
        });
        emit('created', created.id);
      } catch (err) {
        error.value = err;
      } finally {
        busy.value = false;
      }
    }
    const bind = (key, field = key) => ({ field, modelValue: form[key], error: error.value, 'onUpdate:modelValue': v => { form[key] = v; } });
    return () => h('form', { class: 'panel', onSubmit: submit, novalidate: true, 'data-testid': 'lead-form' }, [
      h('h2', t('customers.newLead')),
      problemBox(error.value),
      h('div', { class: 'form-row' }, [
        h(Field, { label: t('customers.name'), testid: 'lead-name', ...bind('name') }),
        h(Field, { label: t('customers.type'), ...bind('type'), options: ['B2B', 'B2C'].map(v => ({ value: v, label: te('customerType', v) })) }),
        h(Field, { label: t('customers.channel'), ...bind('channel'), options: CHANNELS.map(v => ({ value: v, label: te('channel', v) })) }),
        h(Field, { label: t('customers.industry'), ...bind('industry') }),
        h(Field, { label: t('customers.region'), ...bind('region') }),
      ]),
      h('h3', t('customers.contact')),
      h('div', { class: 'form-row' }, [
        h(Field, { label: t('customers.contactName'), ...bind('contactName', 'contact.name') }),
        h(Field, { label: t('customers.phone'), type: 'tel', autocomplete: 'tel', ...bind('phone', 'contact.phone') }),
        h(Field, { label: t('customers.email'), type: 'email', autocomplete: 'email', ...bind('email', 'contact.email') }),
      ]),
      h('div', { class: 'actions' }, [
        h('button', { type: 'submit', class: 'primary', disabled: busy.value, 'data-testid': 'lead-submit' }, t('common.save')),
        h('button', { type: 'button', onClick: () => emit('cancel') }, t('common.cancel')),
      ]),
    ]);
  },
};

export const Customers = {
  setup() {
    const query = ref('');
    const ownerRepId = hasRole('REP') ? session.user.sub : undefined;
    const state = useLoad(() => get('/api/customers', { ownerRepId, q: query.value.trim() || undefined, size: 50 }));
    const adding = ref(false);
    let timer;
    watch(query, () => { clearTimeout(timer); timer = setTimeout(state.reload, 250); });

    return () => h('div', [
      h('div', { class: 'toolbar' }, [
        h('h1', t('customers.title')),
        h('button', { type: 'button', class: 'primary', 'data-testid': 'new-lead', onClick: () => { adding.value = !adding.value; } }, t('customers.newLead')),
      ]),
      adding.value ? h(LeadForm, { onCreated: id => { location.hash = '/customers/' + id; }, onCancel: () => { adding.value = false; } }) : null,
      h('section', { class: 'panel' }, [
        h(Field, { label: t('customers.search'), field: 'q', type: 'search', modelValue: query.value, error: state.error.value,
          placeholder: t('customers.searchHint'), testid: 'customer-query', 'onUpdate:modelValue': v => { query.value = v; } }),
        loaded(state, page => page.items.length === 0 ? empty(t('customers.none')) : h('ul', { class: 'list', 'data-testid': 'customer-list' },
          page.items.map(c => h('li', { 'data-testid': 'customer' }, [
            h('div', { class: 'grow' }, [
              h('a', { href: '#/customers/' + c.id }, c.name), ' ', badge(te('customerStatus', c.status), STATUS_TONE[c.status]),
              h('div', { class: 'meta' }, [c.industry, c.region, c.lastContactAt ? t('customers.lastContact', { when: formatMoment(c.lastContactAt) }) : t('customers.neverContacted')]
                .filter(Boolean).join(' · ')),
            ]),
          ])))),
      ]),
    ]);
  },
};

const FollowUpForm = {
  props: ['customerId'],
  emits: ['scheduled'],
  setup(props, { emit }) {
    const form = reactive({ dueAt: '', purpose: '' });
    const error = ref(null);
    async function submit(e) {
      e.preventDefault();
      error.value = null;
      try {
        await post(`/api/customers/${props.customerId}/follow-ups`, {
          dueAt: form.dueAt ? new Date(form.dueAt).toISOString() : undefined, purpose: form.purpose,
        });
        Object.assign(form, { dueAt: '', purpose: '' });
        emit('scheduled');
      } catch (err) {
        error.value = err;
      }
    }
    const bind = key => ({ field: key, modelValue: form[key], error: error.value, 'onUpdate:modelValue': v => { form[key] = v; } });
    return () => h('form', { onSubmit: submit, novalidate: true, 'data-testid': 'followup-form' }, [
      problemBox(error.value),
      h('div', { class: 'form-row' }, [
        h(Field, { label: t('profile.dueAt'), type: 'datetime-local', testid: 'followup-due', ...bind('dueAt') }),
        h(Field, { label: t('profile.purpose'), testid: 'followup-purpose', ...bind('purpose') }),
      ]),
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'followup-submit' }, t('profile.schedule')),
    ]);
  },
};

/** Reads a list again until it shows what was just done (the activity lists follow a command within a moment). */
async function reloadUntil(state, shown, tries = 20) {
  for (let i = 0; i < tries; i++) {
    await state.reload();
    if ((state.data.value?.items || []).some(shown)) return;
    await new Promise(resolve => setTimeout(resolve, 300));
  }
}

const SCORES = [{ value: '', label: '—' }, ...[1, 2, 3, 4, 5].map(n => ({ value: String(n), label: String(n) }))];

export const CustomerProfile = {
  props: ['id'],
  setup(props) {
    const asOf = ref('');
    const profile = useLoad(() => get(`/api/customers/${props.id}`, { asOf: asOf.value || undefined }));
    watch(asOf, () => profile.reload());
    const communications = useLoad(() => get(`/api/customers/${props.id}/communications`, { size: 20 }));
    const complaints = useLoad(() => get(`/api/customers/${props.id}/complaints`, { size: 20 }));
    const logging = ref(false);

    const contactsPanel = (c, editable) => (
      h('section', { class: 'panel' }, [
        h('h2', t('profile.contacts')),
        c.contacts.length === 0 ? empty(t('profile.noContacts')) : h('ul', { class: 'list' }, c.contacts.map(p => h('li', [
          h('div', { class: 'grow' }, [h('b', p.name), p.role ? ' · ' + p.role : '',
            h('div', { class: 'meta' }, [p.phone ? h('a', { href: 'tel:' + p.phone.replace(/[^+0-9]/g, '') }, p.phone) : null,
              p.phone && p.email ? ' · ' : '', p.email ? h('a', { href: 'mailto:' + p.email }, p.email) : null])]),
        ]))),
        editable ? h(Step, {
          label: t('profile.addContact'), testid: 'add-contact',
          fields: [
            { field: 'name', label: t('profile.contactName') },
            { field: 'role', label: t('profile.contactRole'), hint: t('common.optional') },
            { field: 'phone', label: t('profile.contactPhone'), hint: t('common.optional') },
            { field: 'email', label: t('profile.contactEmail'), hint: t('common.optional') },
          ],
          send: v => post(`/api/customers/${c.id}/contacts`, { name: v.name, role: v.role || undefined,
            phone: v.phone || undefined, email: v.email || undefined }),
          onDone: profile.reload,
        }) : null,
      ]));
    const summaryPanel = (c, editable) => (
      h('section', { class: 'panel' }, [
        h('h2', t('profile.summary')),
        h('table', h('tbody', [
          [t('profile.satisfaction'), c.satisfaction?.count ? `${formatNumber(c.satisfaction.average, 1)} / 5 (${c.satisfaction.count})` : '—'],
          [t('profile.creditLimit'), c.creditLimit ? formatMoneyExact(c.creditLimit.amount) : '—'],
          [t('profile.totalPurchased'), formatMoneyExact(c.purchaseHistory?.totalPurchased ?? 0)],
          [t('profile.orderCount'), formatNumber(c.purchaseHistory?.orderCount ?? 0)],
          [t('profile.lastContact'), formatMoment(c.lastContactAt)],
          [t('profile.nextFollowUp'), formatMoment(c.nextFollowUpAt)],
        ].map(([k, v]) => h('tr', [h('th', { scope: 'row' }, k), h('td', v)])))),
        editable ? h(Step, {
          label: t('profile.recordSatisfaction'), testid: 'record-satisfaction',
          fields: [
            { field: 'score', label: t('profile.score'), options: SCORES, hint: t('profile.scoreHint') },
            { field: 'comment', label: t('profile.comment'), type: 'textarea', hint: t('common.optional') },
          ],
          send: v => post(`/api/customers/${c.id}/satisfaction`, { score: v.score === '' ? undefined : Number(v.score),
            comment: v.comment || undefined }),
          onDone: profile.reload,
        }) : null,
      ]));
    const purchasesPanel = (c) => (
      h('section', { class: 'panel' }, [
        h('h2', t('profile.purchases')),
        (c.purchaseHistory?.orders || []).length === 0 ? empty(t('profile.noPurchases')) : h('table', [
          h('thead', h('tr', [h('th', t('profile.placedAt')), h('th', t('profile.status')), h('th', { class: 'num' }, t('profile.total'))])),
          h('tbody', c.purchaseHistory.orders.map(o => h('tr', [h('td', formatMoment(o.placedAt)), h('td', te('orderStatus', o.status)),
            h('td', { class: 'num' }, formatMoneyExact(o.total))]))),
        ]),
      ]));
    // as of a day: the profile as it was at that day's end (the API folds its events); the activity lists and every
    // change are today's only, so they are left out then
    const asOfPicker = () => h('div', { class: 'asof' }, [
      h(Field, { label: t('profile.asOf'), type: 'date', field: 'asOf', testid: 'customer-asof', hint: t('profile.asOfHint'),
        modelValue: asOf.value, error: profile.error.value, 'onUpdate:modelValue': v => { asOf.value = v; } }),
      asOf.value ? h('p', { class: 'notice', role: 'status', 'data-testid': 'customer-asof-notice' },
        t('profile.showingAsOf', { day: asOf.value })) : null,
    ]);
    return () => h('div', [asOfPicker(), loaded(profile, c => asOf.value ? h('div', { 'data-testid': 'customer-as-of' }, [
      h('div', { class: 'toolbar' }, [
        h('h1', { 'data-testid': 'customer-name' }, [h('span', c.name), ' ', badge(te('customerStatus', c.status), STATUS_TONE[c.status])]),
      ]),
      h('p', { class: 'meta' }, [te('customerType', c.type), c.industry, c.region, te('channel', c.channel), ...(c.tags || [])].filter(Boolean).join(' · ')),
      h('div', { class: 'grid' }, [contactsPanel(c, false), summaryPanel(c, false), purchasesPanel(c)]),
    ]) : h('div', [
      h('div', { class: 'toolbar' }, [
        h('h1', { 'data-testid': 'customer-name' }, [h('span', c.name), ' ', badge(te('customerStatus', c.status), STATUS_TONE[c.status])]),
        h('button', { type: 'button', class: 'primary', 'data-testid': 'log-visit', onClick: () => { logging.value = true; } }, t('day.logVisit')),
      ]),
      h('p', { class: 'meta' }, [te('customerType', c.type), c.industry, c.region, te('channel', c.channel), ...(c.tags || [])].filter(Boolean).join(' · ')),
      h('div', { class: 'grid' }, [
        contactsPanel(c, true),
        summaryPanel(c, true),
        h('section', { class: 'panel' }, [
          h('h2', t('profile.followUps')),
          c.openFollowUps.length === 0 ? empty(t('profile.noFollowUps')) : h('ul', { class: 'list' }, c.openFollowUps.map(f => h('li', [
            h('div', { class: 'grow' }, [f.purpose, h('div', { class: 'meta' }, formatMoment(f.dueAt))]),
            f.overdue ? badge(t('day.overdue'), 'bad') : null,
          ]))),
          h('h3', t('profile.newFollowUp')),
          h(FollowUpForm, { customerId: c.id, onScheduled: profile.reload }),
        ]),
        h('section', { class: 'panel', 'data-testid': 'communications' }, [
          h('h2', t('profile.communications')),
          loaded(communications, page => page.items.length === 0 ? empty(t('profile.noCommunications')) : h('ul', { class: 'list' },
            page.items.map(m => h('li', [h('div', { class: 'grow' }, [
              h('div', [badge(te('communication', m.type)), ' ', m.summary]),
              h('div', { class: 'meta' }, [formatMoment(m.occurredAt), m.outcome, m.nextStep].filter(Boolean).join(' · ')),
            ])])))),
        ]),
        purchasesPanel(c),
        h('section', { class: 'panel' }, [
          h('h2', t('profile.complaints')),
          loaded(complaints, page => page.items.length === 0 ? empty(t('profile.noComplaints')) : h('ul', { class: 'list' },
            page.items.map(m => h('li', { 'data-testid': 'complaint', 'data-id': m.id, 'data-status': m.status }, [h('div', { class: 'grow' }, [
              h('div', [m.subject, ' ', badge(te('complaintStatus', m.status), m.status === 'OPEN' ? 'warn' : 'ok')]),
              m.description ? h('div', m.description) : null,
              h('div', { class: 'meta' }, [formatMoment(m.openedAt), m.resolution].filter(Boolean).join(' · ')),
              m.status === 'OPEN' ? h(Step, {
                label: t('profile.resolveComplaint'), testid: 'resolve-complaint',
                fields: [{ field: 'resolution', label: t('profile.resolution'), type: 'textarea' }],
                send: v => post(`/api/customers/${c.id}/complaints/${m.id}/resolution`, { resolution: v.resolution }),
                onDone: () => reloadUntil(complaints, item => item.id === m.id && item.status === 'RESOLVED'),
              }) : null,
            ])])))),
          h(Step, {
            label: t('profile.openComplaint'), testid: 'open-complaint',
            fields: [
              { field: 'subject', label: t('profile.complaintSubject') },
              { field: 'description', label: t('profile.complaintDescription'), type: 'textarea', hint: t('common.optional') },
            ],
            send: async v => {
              const created = await post(`/api/customers/${c.id}/complaints`, { subject: v.subject,
                description: v.description || undefined });
              reloadUntil(complaints, item => item.id === created?.id);
            },
          }),
        ]),
      ]),
      logging.value ? h(LogActivity, {
        customer: { id: c.id, name: c.name },
        onClose: () => { logging.value = false; },
        onLogged: () => { logging.value = false; setTimeout(communications.reload, 600); profile.reload(); },
      }) : null,
    ]))]);
  },
};
