// Log a visit or a call in three taps: open (1), pick the customer (2), save (3) — the type is preselected and the
// summary prefilled, both editable. POST /api/customers/{id}/communications.
import { get, post, session } from '../api.js';
import { t, te } from '../i18n.js';
import { Field, problemBox, loading } from '../ui.js';

const { h, ref, onMounted, nextTick } = Vue;

const TYPES = ['VISIT', 'CALL', 'MEETING', 'EMAIL', 'SOCIAL'];

export const LogActivity = {
  props: ['customer'], // {id, name} when opened from a customer or a follow-up
  emits: ['close', 'logged'],
  setup(props, { emit }) {
    const type = ref('VISIT');
    const customer = ref(props.customer || null);
    const summary = ref(t('activity.defaultSummary.VISIT'));
    const outcome = ref('');
    const customers = ref(null);
    const query = ref('');
    const error = ref(null);
    const busy = ref(false);
    const dialog = ref(null);

    async function search() {
      const page = await get('/api/customers', { ownerRepId: session.user.roles.includes('REP') ? session.user.sub : undefined,
        q: query.value.trim().length >= 1 ? query.value.trim() : undefined, size: 8 });
      customers.value = page.items;
    }

    function choose(value) {
      if (summary.value === t('activity.defaultSummary.' + type.value)) summary.value = t('activity.defaultSummary.' + value);
      type.value = value;
    }

    async function save() {
      busy.value = true;
      error.value = null;
      try {
        // a moment ago, so that a browser clock slightly ahead of the server's is not "in the future"
        const occurredAt = new Date(Date.now() - 60_000).toISOString();
        await post(`/api/customers/${customer.value.id}/communications`, {
          type: type.value, occurredAt, summary: summary.value, outcome: outcome.value || undefined,
        });
        emit('logged', { type: type.value, customer: customer.value });
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }

    onMounted(async () => {
      if (!customer.value) search().catch(e => { error.value = e; });
      await nextTick();
      dialog.value?.querySelector('button, input')?.focus();
    });

    const onKey = e => { if (e.key === 'Escape') emit('close'); };

    return () => h('div', { class: 'sheet-backdrop', onClick: e => { if (e.target === e.currentTarget) emit('close'); } },
      h('div', { class: 'sheet', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'log-title', ref: dialog,
        onKeydown: onKey, 'data-testid': 'log-activity' }, [
        h('h2', { id: 'log-title' }, t('activity.title')),
        problemBox(error.value),
        h('div', { class: 'choices', role: 'group', 'aria-label': t('activity.type') }, TYPES.map(value =>
          h('button', { type: 'button', class: 'choice', 'aria-pressed': String(type.value === value),
            'data-testid': 'type-' + value, onClick: () => choose(value) }, te('communication', value)))),
        customer.value
          ? h('p', [t('activity.customer') + ' ', h('b', { 'data-testid': 'chosen-customer' }, customer.value.name), ' ',
            props.customer ? null : h('button', { type: 'button', class: 'link', onClick: () => { customer.value = null; } }, t('activity.change'))])
          : h('div', [
            h(Field, { label: t('activity.findCustomer'), field: 'q', modelValue: query.value, type: 'search',
              testid: 'customer-search', 'onUpdate:modelValue': v => { query.value = v; search().catch(e => { error.value = e; }); } }),
            customers.value === null ? loading() : customers.value.length === 0 ? h('p', { class: 'empty' }, t('customers.none'))
              : h('div', { class: 'choices' }, customers.value.map(c => h('button', { type: 'button', 'data-testid': 'pick-customer',
                onClick: () => { customer.value = { id: c.id, name: c.name }; } }, c.name))),
          ]),
        h(Field, { label: t('activity.summary'), field: 'summary', modelValue: summary.value, error: error.value,
          testid: 'summary', 'onUpdate:modelValue': v => { summary.value = v; } }),
        h(Field, { label: t('activity.outcome'), field: 'outcome', modelValue: outcome.value, error: error.value,
          hint: t('common.optional'), 'onUpdate:modelValue': v => { outcome.value = v; } }),
        error.value?.fieldError('occurredAt') ? h('p', { class: 'field-error', 'data-error-for': 'occurredAt' },
          error.value.fieldError('occurredAt')) : null,
        h('div', { class: 'actions' }, [
          h('button', { type: 'button', class: 'primary', disabled: !customer.value || busy.value, 'data-testid': 'save-activity',
            onClick: save }, t('activity.save')),
          h('button', { type: 'button', onClick: () => emit('close') }, t('common.cancel')),
        ]),
      ]));
  },
};
