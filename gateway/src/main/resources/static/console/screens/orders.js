// 订单 quotes and orders (REP: their own, MANAGER: their team's, ADMIN: all — the API decides): the lists, issuing
// a quote, a quote's detail with its approval and the order placed from it, an order's detail with its lines,
// totals, payments and timeline and the next steps its status allows. GET/POST /api/quotes…, /api/orders….
import { get, post, session, hasRole } from '../api.js';
import { t, te, formatMoney, formatMoneyExact, formatMoment, formatDay, formatNumber } from '../i18n.js';
import { Field, Step, facts, amount, useLoad, loaded, empty, badge, problemBox } from '../ui.js';
import { customerName, personName } from '../lookups.js';

const { h, ref, reactive } = Vue;

const QUOTE_TONE = { PENDING_APPROVAL: 'warn', OPEN: 'ok', ORDERED: '', REJECTED: 'bad', EXPIRED: 'bad' };
const ORDER_TONE = { PLACED: 'warn', CREDIT_HOLD: 'bad', CONFIRMED: 'ok', SHIPPED: 'ok', DELIVERED: 'ok', PAID: '', CANCELLED: 'bad' };
const PAYMENT_TONE = { REPORTED: 'warn', RECEIVED: 'ok', REJECTED: 'bad' };
const ORDER_STATUSES = ['PLACED', 'CREDIT_HOLD', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'PAID', 'CANCELLED'];
const overseer = () => hasRole('MANAGER') || hasRole('ADMIN');

/** A day in 30 days, as the browser's calendar has it: only the form's first suggestion. */
function inThirtyDays() {
  const d = new Date(Date.now() + 30 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function linesTable(lines, total) {
  return h('div', { class: 'scroll' }, h('table', { 'data-testid': 'lines' }, [
    h('thead', h('tr', [h('th', t('sales.sku')), h('th', { class: 'num' }, t('sales.quantity')),
      h('th', { class: 'num' }, t('sales.listPrice')), h('th', { class: 'num' }, t('sales.unitPrice')),
      h('th', { class: 'num' }, t('sales.discount')), h('th', { class: 'num' }, t('sales.lineTotal'))])),
    h('tbody', lines.map(l => h('tr', [h('td', l.sku), h('td', { class: 'num' }, formatNumber(l.quantity)),
      h('td', { class: 'num' }, formatMoneyExact(l.listPrice)), h('td', { class: 'num' }, formatMoneyExact(l.unitPrice)),
      h('td', { class: 'num' }, `${formatNumber(l.discountPercent ?? 0, 2)} %`), h('td', { class: 'num' }, formatMoneyExact(l.lineTotal))]))),
    h('tfoot', h('tr', [h('th', { colspan: 5, scope: 'row' }, t('sales.total')),
      h('td', { class: 'num', 'data-testid': 'total' }, h('b', formatMoneyExact(total)))])),
  ]));
}


function timeline(entries) {
  return entries.length === 0 ? empty(t('sales.noHistory')) : h('ol', { class: 'list timeline', 'data-testid': 'timeline' },
    entries.map(e => h('li', { 'data-event': e.event }, [h('div', { class: 'grow' }, [
      h('b', te('orderEvent', e.event)), e.amount != null ? ' ' + formatMoneyExact(e.amount) : '',
      h('div', { class: 'meta' }, [formatMoment(e.at), e.actorId ? personName(e.actorId) : null,
        e.carrier ? `${e.carrier} ${e.trackingNumber || ''}` : null, e.reason ? te('holdReason', e.reason) : null]
        .filter(Boolean).join(' · ')),
    ])])));
}



const QuoteForm = {
  emits: ['cancel'],
  setup(props, { emit }) {
    const customers = useLoad(() => get('/api/customers', { ownerRepId: hasRole('REP') ? session.user.sub : undefined, size: 200 }));
    const products = useLoad(() => get('/api/products', { size: 100 }));
    const form = reactive({ customerId: '', validUntil: inThirtyDays(), lines: [{ sku: '', quantity: '1', discountPercent: '' }] });
    const error = ref(null);
    const busy = ref(false);
    async function submit(e) {
      e.preventDefault();
      busy.value = true;
      error.value = null;
      try {
        const created = await post('/api/quotes', {
          customerId: form.customerId || undefined, validUntil: form.validUntil || undefined,
          lines: form.lines.map(l => ({ sku: l.sku || undefined, quantity: amount(l.quantity), discountPercent: amount(l.discountPercent) })),
        });
        location.hash = '/quotes/' + created.id;
      } catch (err) {
        error.value = err;
      } finally {
        busy.value = false;
      }
    }
    return () => h('form', { class: 'panel', novalidate: true, onSubmit: submit, 'data-testid': 'quote-form' }, [
      h('h2', t('sales.newQuote')),
      problemBox(error.value),
      h('div', { class: 'form-row' }, [
        h(Field, { label: t('sales.customer'), field: 'customerId', modelValue: form.customerId, error: error.value, testid: 'quote-customer',
          options: [{ value: '', label: t('common.choose') }, ...(customers.data.value?.items || []).map(c => ({ value: c.id, label: c.name }))],
          'onUpdate:modelValue': v => { form.customerId = v; } }),
        h(Field, { label: t('sales.validUntil'), field: 'validUntil', type: 'date', modelValue: form.validUntil, error: error.value,
          testid: 'quote-valid-until', 'onUpdate:modelValue': v => { form.validUntil = v; } }),
      ]),
      form.lines.map((line, i) => h('fieldset', { class: 'form-row line', 'data-testid': 'quote-line' }, [
        h('legend', t('sales.line', { n: i + 1 })),
        h(Field, { label: t('sales.product'), field: `lines[${i}].sku`, modelValue: line.sku, error: error.value, testid: `quote-sku-${i}`,
          options: [{ value: '', label: t('common.choose') }, ...(products.data.value?.items || []).map(p => ({
            value: p.sku, label: `${p.name} · ${formatMoneyExact(p.listPrice)}` }))],
          'onUpdate:modelValue': v => { line.sku = v; } }),
        h(Field, { label: t('sales.quantity'), field: `lines[${i}].quantity`, inputmode: 'numeric', modelValue: line.quantity,
          error: error.value, testid: `quote-quantity-${i}`, 'onUpdate:modelValue': v => { line.quantity = v; } }),
        h(Field, { label: t('sales.discountPercent'), field: `lines[${i}].discountPercent`, inputmode: 'decimal', modelValue: line.discountPercent,
          error: error.value, hint: t('sales.discountHint'), testid: `quote-discount-${i}`, 'onUpdate:modelValue': v => { line.discountPercent = v; } }),
      ])),
      error.value?.fieldError('lines') && !error.value.fields.some(f => f.startsWith('lines[')) ? h('p', { class: 'field-error', 'data-error-for': 'lines' },
        error.value.fieldError('lines')) : null,
      h('div', { class: 'actions' }, [
        h('button', { type: 'button', 'data-testid': 'add-line', onClick: () => form.lines.push({ sku: '', quantity: '1', discountPercent: '' }) },
          t('sales.addLine')),
        h('button', { type: 'submit', class: 'primary', disabled: busy.value, 'data-testid': 'quote-submit' }, t('sales.issueQuote')),
        h('button', { type: 'button', onClick: () => emit('cancel') }, t('common.cancel')),
      ]),
    ]);
  },
};

export const Sales = {
  setup() {
    const status = ref('');
    const quotes = useLoad(() => get('/api/quotes', { size: 50 }));
    const orders = useLoad(() => get('/api/orders', { status: status.value || undefined, size: 50 }));
    const adding = ref(false);
    return () => h('div', [
      h('div', { class: 'toolbar' }, [
        h('h1', t('sales.title')),
        h('button', { type: 'button', class: 'primary', 'data-testid': 'new-quote', onClick: () => { adding.value = !adding.value; } },
          t('sales.newQuote')),
      ]),
      adding.value ? h(QuoteForm, { onCancel: () => { adding.value = false; } }) : null,
      h('div', { class: 'grid' }, [
        h('section', { class: 'panel', 'data-testid': 'quote-list' }, [
          h('h2', t('sales.quotes')),
          loaded(quotes, page => page.items.length === 0 ? empty(t('sales.noQuotes')) : h('ul', { class: 'list' },
            page.items.map(q => h('li', { 'data-testid': 'quote', 'data-id': q.id, 'data-status': q.status }, [
              h('div', { class: 'grow' }, [
                h('a', { href: '#/quotes/' + q.id }, customerName(q.customerId)), ' ', badge(te('quoteStatus', q.status), QUOTE_TONE[q.status]),
                h('div', { class: 'meta' }, [personName(q.repId), formatMoment(q.issuedAt), t('sales.validUntilDay', { day: formatDay(q.validUntil) })].join(' · ')),
              ]),
              h('b', { title: formatMoneyExact(q.total) }, formatMoney(q.total)),
            ])))),
        ]),
        h('section', { class: 'panel', 'data-testid': 'order-list' }, [
          h('h2', t('sales.orders')),
          h(Field, { label: t('sales.status'), field: 'status', modelValue: status.value, error: orders.error.value, testid: 'order-status-filter',
            options: [{ value: '', label: t('sales.allStatuses') }, ...ORDER_STATUSES.map(s => ({ value: s, label: te('orderStatus', s) }))],
            'onUpdate:modelValue': v => { status.value = v; orders.reload(); } }),
          loaded(orders, page => page.items.length === 0 ? empty(t('sales.noOrders')) : h('ul', { class: 'list' },
            page.items.map(o => h('li', { 'data-testid': 'order', 'data-id': o.id, 'data-status': o.status }, [
              h('div', { class: 'grow' }, [
                h('a', { href: '#/orders/' + o.id }, customerName(o.customerId)), ' ', badge(te('orderStatus', o.status), ORDER_TONE[o.status]),
                o.overdue ? [' ', badge(t('sales.overdue'), 'bad')] : null,
                h('div', { class: 'meta' }, [personName(o.repId), formatMoment(o.placedAt),
                  t('sales.paidOf', { paid: formatMoneyExact(o.paid), total: formatMoneyExact(o.total) })].join(' · ')),
              ]),
              h('b', { title: formatMoneyExact(o.total) }, formatMoney(o.total)),
            ])))),
        ]),
      ]),
    ]);
  },
};

export const QuoteDetail = {
  props: ['id'],
  setup(props) {
    const state = useLoad(() => get(`/api/quotes/${props.id}`));
    return () => loaded(state, q => {
      const history = [
        { event: 'QUOTE_ISSUED', at: q.issuedAt, actorId: q.repId },
        q.approvedAt ? { event: 'QUOTE_APPROVED', at: q.approvedAt, actorId: q.approvedBy } : null,
        q.rejectedAt ? { event: 'QUOTE_REJECTED', at: q.rejectedAt, actorId: q.rejectedBy, reason: q.rejectionReason } : null,
      ].filter(Boolean);
      return h('div', [
        h('p', h('a', { href: '#/orders' }, t('sales.back'))),
        h('div', { class: 'toolbar' }, [
          h('h1', { 'data-testid': 'quote-title' }, [t('sales.quoteFor'), ' ', h('span', customerName(q.customerId)), ' ',
            h('span', { 'data-testid': 'quote-status', 'data-status': q.status }, badge(te('quoteStatus', q.status), QUOTE_TONE[q.status]))]),
        ]),
        h('div', { class: 'grid' }, [
          h('section', { class: 'panel' }, [h('h2', t('sales.lines')), linesTable(q.lines, q.total)]),
          h('section', { class: 'panel' }, [
            h('h2', t('sales.overview')),
            facts([
              [t('sales.rep'), personName(q.repId)],
              [t('sales.validUntil'), formatDay(q.validUntil)],
              [t('sales.approval'), !q.approvalRequired ? t('sales.noApprovalNeeded')
                : q.approvedAt ? t('sales.approvedBy', { who: personName(q.approvedBy) })
                  : q.rejectedAt ? t('sales.rejectedBy', { who: personName(q.rejectedBy), reason: q.rejectionReason })
                    : t('sales.awaitingApproval'), 'quote-approval'],
              q.orderId ? [t('sales.order'), h('a', { href: '#/orders/' + q.orderId, 'data-testid': 'quote-order' }, t('sales.openOrder'))] : null,
            ]),
            h('h3', t('sales.nextSteps')),
            h('div', { class: 'actions' }, [
              q.status === 'PENDING_APPROVAL' && overseer() ? h(Step, { label: t('approvals.approve.quote'), testid: 'approve-quote', primary: true,
                send: () => post(`/api/quotes/${q.id}/approval`), onDone: state.reload }) : null,
              q.status === 'PENDING_APPROVAL' && overseer() ? h(Step, { label: t('approvals.reject.quote'), testid: 'reject-quote',
                fields: [{ field: 'reason', label: t('approvals.reason') }],
                send: v => post(`/api/quotes/${q.id}/rejection`, { reason: v.reason }), onDone: state.reload }) : null,
              q.status === 'OPEN' ? h(Step, { label: t('sales.placeOrder'), testid: 'place-order', primary: true,
                fields: [{ field: 'paymentTermsDays', label: t('sales.paymentTermsDays'), inputmode: 'numeric', initial: '30', hint: t('sales.paymentTermsHint') }],
                send: async v => {
                  const order = await post('/api/orders', { customerId: q.customerId, quoteId: q.id, paymentTermsDays: amount(v.paymentTermsDays) });
                  location.hash = '/orders/' + order.id;
                } }) : null,
              q.status === 'PENDING_APPROVAL' && !overseer() ? h('p', { class: 'meta' }, t('sales.waitsForManager')) : null,
              q.status === 'ORDERED' || q.status === 'EXPIRED' ? h('p', { class: 'meta' }, t('sales.nothingToDo')) : null,
            ]),
          ]),
          h('section', { class: 'panel' }, [h('h2', t('sales.history')), timeline(history)]),
        ]),
      ]);
    });
  },
};

export const OrderDetail = {
  props: ['id'],
  setup(props) {
    const state = useLoad(() => get(`/api/orders/${props.id}`));
    const payments = useLoad(() => get(`/api/orders/${props.id}/payments`, { size: 100 }));
    const reload = () => { state.reload(); payments.reload(); };

    function steps(o) {
      const s = o.status;
      const list = [];
      const step = (testid, label, path, fields, primary) => list.push(h(Step, {
        key: testid, testid, label, fields, primary, onDone: reload,
        send: v => post(`/api/orders/${o.id}/${path}`, fields ? shape(v) : {}),
      }));
      const shape = v => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'amount' ? amount(x) : (x || undefined)]));
      if (s === 'CREDIT_HOLD' && overseer()) step('release', t('approvals.approve.credit'), 'credit-release', null, true);
      if (s === 'PLACED') step('confirm', t('sales.confirm'), 'confirmation', null, true);
      if (s === 'CONFIRMED' && overseer()) {
        step('ship', t('sales.ship'), 'shipment', [{ field: 'carrier', label: t('sales.carrier') },
          { field: 'trackingNumber', label: t('sales.trackingNumber') }], true);
      }
      if (s === 'SHIPPED' && overseer()) step('deliver', t('sales.deliver'), 'delivery', null, true);
      if (['CONFIRMED', 'SHIPPED', 'DELIVERED'].includes(s)) {
        step('pay', overseer() ? t('sales.recordPayment') : t('sales.reportPayment'), 'payments',
          [{ field: 'amount', label: t('sales.amount'), inputmode: 'decimal', hint: t('sales.outstandingHint', { amount: formatMoneyExact(o.outstanding) }) }]);
      }
      if (['PLACED', 'CREDIT_HOLD', 'CONFIRMED'].includes(s)) {
        step('cancel', t('sales.cancel'), 'cancellation', [{ field: 'reason', label: t('approvals.reason') }]);
      }
      return list.length ? list : [h('p', { class: 'meta' }, t('sales.nothingToDo'))];
    }

    function paymentList(page) {
      if (page.items.length === 0) return empty(t('sales.noPayments'));
      return h('ul', { class: 'list' }, page.items.map(p => h('li', { 'data-testid': 'payment', 'data-status': p.status, 'data-id': p.id }, [
        h('div', { class: 'grow' }, [
          h('b', formatMoneyExact(p.amount)), ' ', badge(te('paymentStatus', p.status), PAYMENT_TONE[p.status]),
          h('div', { class: 'meta' }, [formatMoment(p.recordedAt), personName(p.recordedBy), p.rejectionReason].filter(Boolean).join(' · ')),
        ]),
        p.status === 'REPORTED' && overseer() ? h('div', { class: 'actions' }, [
          h(Step, { label: t('approvals.approve.payment'), testid: 'confirm-payment', primary: true, onDone: reload,
            send: () => post(`/api/orders/${props.id}/payments/${p.id}/confirmation`) }),
          h(Step, { label: t('approvals.reject.payment'), testid: 'reject-payment', onDone: reload,
            fields: [{ field: 'reason', label: t('approvals.reason') }],
            send: v => post(`/api/orders/${props.id}/payments/${p.id}/rejection`, { reason: v.reason || undefined }) }),
        ]) : null,
      ])));
    }

    return () => loaded(state, o => h('div', [
      h('p', h('a', { href: '#/orders' }, t('sales.back'))),
      h('div', { class: 'toolbar' }, [
        h('h1', { 'data-testid': 'order-title' }, [t('sales.orderFor'), ' ', h('span', customerName(o.customerId)), ' ',
          h('span', { 'data-testid': 'order-status', 'data-status': o.status }, badge(te('orderStatus', o.status), ORDER_TONE[o.status])),
          o.overdue ? [' ', badge(t('sales.overdue'), 'bad')] : null]),
      ]),
      h('div', { class: 'kpis' }, [
        ['total', t('sales.total'), o.total], ['paid', t('sales.paid'), o.paid], ['outstanding', t('sales.outstanding'), o.outstanding],
      ].map(([key, label, value]) => h('div', { class: 'kpi', 'data-testid': 'order-' + key }, [
        h('div', { class: 'label' }, label), h('div', { class: 'value', title: formatMoneyExact(value) }, formatMoney(value))]))),
      h('div', { class: 'grid' }, [
        h('section', { class: 'panel', 'data-testid': 'order-steps' }, [
          h('h2', t('sales.nextSteps')),
          h('div', { class: 'actions' }, steps(o)),
          h('h3', t('sales.overview')),
          facts([
            [t('sales.rep'), personName(o.repId)],
            [t('sales.placedAt'), formatMoment(o.placedAt)],
            [t('sales.paymentTermsDays'), t('sales.days', { days: o.paymentTermsDays })],
            [t('sales.paymentDueAt'), formatMoment(o.paymentDueAt)],
          ]),
        ]),
        h('section', { class: 'panel' }, [h('h2', t('sales.lines')), linesTable(o.lines, o.total)]),
        h('section', { class: 'panel', 'data-testid': 'payments' }, [h('h2', t('sales.payments')), loaded(payments, paymentList)]),
        h('section', { class: 'panel' }, [h('h2', t('sales.history')), timeline(o.timeline)]),
      ]),
    ]));
  },
};
