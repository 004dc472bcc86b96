// 审批 approvals inbox (MANAGER, ADMIN): quotes whose discount awaits approval, orders on credit hold, payments a rep
// reported. Approve in one tap, reject with a reason in two. Who may decide is the server's to say (a manager's own
// deal goes to ADMIN: 403 with its detail, shown on the item). GET /api/quotes?status=PENDING_APPROVAL,
// GET /api/orders?status=CREDIT_HOLD, GET /api/orders/{id}/payments of the orders that can take payments.
import { get, post } from '../api.js';
import { t, te, formatMoney, formatMoneyExact, formatMoment, formatDay, formatPercent } from '../i18n.js';
import { Field, useLoad, loaded, empty, badge, problemBox } from '../ui.js';
import { customerName, personName } from '../lookups.js';

const { h, ref, reactive } = Vue;

/** Orders in these states may hold a payment reported by their owner. */
const PAYABLE = ['CONFIRMED', 'SHIPPED', 'DELIVERED'];

async function loadInbox() {
  const [quotes, holds, ...payable] = await Promise.all([
    get('/api/quotes', { status: 'PENDING_APPROVAL', size: 100 }),
    get('/api/orders', { status: 'CREDIT_HOLD', size: 100 }),
    ...PAYABLE.map(status => get('/api/orders', { status, size: 100 })),
  ]);
  const orders = payable.flatMap(page => page.items);
  const [held, payments] = await Promise.all([
    Promise.all(holds.items.map(o => get(`/api/orders/${o.id}`))),
    Promise.all(orders.map(o => get(`/api/orders/${o.id}/payments`, { size: 100 })
      .then(page => page.items.filter(p => p.status === 'REPORTED').map(p => ({ ...p, order: o }))))),
  ]);
  return { quotes: quotes.items, holds: held, payments: payments.flat() };
}

const maxDiscount = quote => Math.max(0, ...quote.lines.map(l =>
  100 * (1 - Number(l.unitPrice) * (1 - Number(l.discountPercent || 0) / 100) / Number(l.listPrice))));

/** One item waiting for a decision, with its approve and reject buttons. */
const Item = {
  props: ['kind', 'id', 'title', 'amount', 'details', 'link', 'canReject', 'onApprove', 'onReject'],
  emits: ['done'],
  setup(props, { emit }) {
    const rejecting = ref(false);
    const reason = ref('');
    const error = ref(null);
    const busy = ref(false);
    async function run(action, outcome) {
      busy.value = true;
      error.value = null;
      try {
        await action();
        emit('done', outcome);
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }
    return () => h('li', { 'data-testid': 'approval', 'data-kind': props.kind, 'data-id': props.id }, [
      h('div', { class: 'grow' }, [
        h('div', [badge(t('approvals.kind.' + props.kind), 'warn'), ' ',
          h('a', { href: props.link }, props.title), ' ',
          h('b', { title: formatMoneyExact(props.amount) }, formatMoney(props.amount))]),
        h('div', { class: 'meta' }, props.details.filter(Boolean).join(' · ')),
        problemBox(error.value),
        rejecting.value ? h('div', { class: 'reject' }, [
          h(Field, { label: t('approvals.reason'), field: 'reason', modelValue: reason.value, error: error.value,
            testid: 'reject-reason', 'onUpdate:modelValue': v => { reason.value = v; } }),
          h('div', { class: 'actions' }, [
            h('button', { type: 'button', class: 'primary', disabled: busy.value, 'data-testid': 'confirm-reject',
              onClick: () => run(() => props.onReject(reason.value), 'rejected') }, t('approvals.confirmReject')),
            h('button', { type: 'button', onClick: () => { rejecting.value = false; error.value = null; } }, t('common.cancel')),
          ]),
        ]) : h('div', { class: 'actions' }, [
          h('button', { type: 'button', class: 'primary', disabled: busy.value, 'data-testid': 'approve',
            onClick: () => run(props.onApprove, 'approved') }, t('approvals.approve.' + props.kind)),
          props.canReject ? h('button', { type: 'button', disabled: busy.value, 'data-testid': 'reject',
            onClick: () => { rejecting.value = true; error.value = null; } }, t('approvals.reject.' + props.kind)) : null,
        ]),
      ]),
    ]);
  },
};

export const Approvals = {
  setup() {
    const state = useLoad(loadInbox);
    const notice = ref(null);
    const done = reactive(new Set());
    const finish = (key, outcome, title) => {
      done.add(key);
      notice.value = t('approvals.done.' + outcome, { item: title });
    };

    function section(testid, title, items, render) {
      const open = items.filter(i => !done.has(render(i).key));
      return h('section', { class: 'panel', 'data-testid': testid }, [
        h('h2', [title, h('span', { class: 'count' }, String(open.length))]),
        open.length === 0 ? empty(t('approvals.nothing')) : h('ul', { class: 'list' }, open.map(i => {
          const item = render(i);
          return h(Item, { ...item, onDone: outcome => finish(item.key, outcome, item.title) });
        })),
      ]);
    }

    return () => h('div', [
      h('div', { class: 'toolbar' }, [
        h('h1', t('approvals.title')),
        h('button', { type: 'button', 'data-testid': 'refresh', onClick: () => { done.clear(); notice.value = null; state.reload(); } },
          t('common.refresh')),
      ]),
      notice.value ? h('p', { class: 'notice', role: 'status', 'data-testid': 'notice' }, notice.value) : null,
      loaded(state, inbox => {
        const waiting = inbox.quotes.length + inbox.holds.length + inbox.payments.length - done.size;
        return h('div', [
          waiting <= 0 ? h('p', { class: 'panel empty', 'data-testid': 'approvals-empty' }, t('approvals.empty')) : null,
          h('div', { class: 'grid' }, [
            section('approvals-quotes', t('approvals.quotes'), inbox.quotes, q => ({
              key: 'q' + q.id, kind: 'quote', id: q.id, link: '#/quotes/' + q.id, amount: q.total,
              title: customerName(q.customerId),
              details: [personName(q.repId), t('approvals.maxDiscount', { percent: formatPercent(maxDiscount(q)) }),
                t('approvals.validUntil', { day: formatDay(q.validUntil) })],
              canReject: false,
              onApprove: () => post(`/api/quotes/${q.id}/approval`),
            })),
            section('approvals-holds', t('approvals.holds'), inbox.holds, o => {
              const hold = [...o.timeline].reverse().find(e => e.event === 'CREDIT_HOLD');
              return {
                key: 'o' + o.id, kind: 'credit', id: o.id, link: '#/orders/' + o.id, amount: o.total,
                title: customerName(o.customerId),
                details: [personName(o.repId), hold?.reason ? te('holdReason', hold.reason) : null, formatMoment(o.placedAt)],
                canReject: true,
                onApprove: () => post(`/api/orders/${o.id}/credit-release`),
                onReject: reason => post(`/api/orders/${o.id}/cancellation`, { reason }),
              };
            }),
            section('approvals-payments', t('approvals.payments'), inbox.payments, p => ({
              key: 'p' + p.id, kind: 'payment', id: p.id, link: '#/orders/' + p.orderId, amount: p.amount,
              title: customerName(p.order.customerId),
              details: [t('approvals.reportedBy', { who: personName(p.recordedBy), when: formatMoment(p.recordedAt) }),
                t('approvals.orderTotal', { total: formatMoneyExact(p.order.total), paid: formatMoneyExact(p.order.paid) })],
              canReject: true,
              onApprove: () => post(`/api/orders/${p.orderId}/payments/${p.id}/confirmation`),
              onReject: reason => post(`/api/orders/${p.orderId}/payments/${p.id}/rejection`, { reason }),
            })),
          ]),
        ]);
      }),
    ]);
  },
};
