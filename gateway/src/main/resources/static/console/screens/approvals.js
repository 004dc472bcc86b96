// 审批 approvals inbox (MANAGER, ADMIN): quotes whose discount awaits approval, orders on credit hold, payments a rep
// reported, appraisals and sales reports to review. Approve in one tap, turn down with a reason in two. Who may decide is the server's
// to say (a manager's own deal goes to ADMIN: 403 with its detail, shown on the item).
// GET /api/quotes?status=PENDING_APPROVAL, GET /api/orders?status=CREDIT_HOLD, GET /api/payments?status=REPORTED,
// GET /api/appraisals?status=OPEN|APPEALED, GET /api/sales-reports?reviewed=false (screens/salesreports.js).
import { get, post } from '../api.js';
import { t, te, formatMoney, formatMoneyExact, formatMoment, formatDay, formatPercent } from '../i18n.js';
import { Field, useLoad, loaded, empty, badge, problemBox } from '../ui.js';
import { customerName, personName } from '../lookups.js';
import { AppraisalReview } from './appraisals.js';
import { SalesReportReview, reportsToReview } from './salesreports.js';

const { h, ref, reactive } = Vue;

/** Appraisals that wait for the manager's review: never reviewed, or appealed by the rep. */
const TO_REVIEW = ['OPEN', 'APPEALED'];

async function loadInbox() {
  const [reports, quotes, holds, payments, ...appraisals] = await Promise.all([
    reportsToReview(),
    get('/api/quotes', { status: 'PENDING_APPROVAL', size: 100 }),
    get('/api/orders', { status: 'CREDIT_HOLD', size: 100 }),
    get('/api/payments', { status: 'REPORTED', size: 100 }),
    ...TO_REVIEW.map(status => get('/api/appraisals', { status, size: 100 })),
  ]);
  const held = await Promise.all(holds.items.map(o => get(`/api/orders/${o.id}`)));
  return { quotes: quotes.items, holds: held, payments: payments.items, appraisals: appraisals.flatMap(p => p.items),
    reports };
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

    function appraisalSection(appraisals) {
      const open = appraisals.filter(a => !done.has('a' + a.id));
      return h('section', { class: 'panel', 'data-testid': 'approvals-appraisals' }, [
        h('h2', [t('approvals.appraisals'), h('span', { class: 'count' }, String(open.length))]),
        open.length === 0 ? empty(t('approvals.nothing')) : h('ul', { class: 'list' }, open.map(a => h(AppraisalReview, {
          key: a.id, appraisal: a,
          onDone: () => finish('a' + a.id, 'reviewed', `${personName(a.repId)} ${a.period}`),
        }))),
      ]);
    }

    function reportSection(reports) {
      const open = reports.filter(r => !done.has('r' + r.id));
      return h('section', { class: 'panel', 'data-testid': 'approvals-reports' }, [
        h('h2', [t('approvals.reports'), h('span', { class: 'count' }, String(open.length))]),
        open.length === 0 ? empty(t('approvals.nothing')) : h('ul', { class: 'list' }, open.map(r => h(SalesReportReview, {
          key: r.id, report: r,
          onDone: () => finish('r' + r.id, 'reviewed', `${personName(r.repId)} ${r.period}`),
        }))),
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
        const waiting = inbox.quotes.length + inbox.holds.length + inbox.payments.length + inbox.appraisals.length
          + inbox.reports.length - done.size;
        return h('div', [
          waiting <= 0 ? h('p', { class: 'panel empty', 'data-testid': 'approvals-empty' }, t('approvals.empty')) : null,
          h('div', { class: 'grid' }, [
            section('approvals-quotes', t('approvals.quotes'), inbox.quotes, q => ({
              key: 'q' + q.id, kind: 'quote', id: q.id, link: '#/quotes/' + q.id, amount: q.total,
              title: customerName(q.customerId),
              details: [personName(q.repId), t('approvals.maxDiscount', { percent: formatPercent(maxDiscount(q)) }),
                t('approvals.validUntil', { day: formatDay(q.validUntil) })],
              canReject: true,
              onApprove: () => post(`/api/quotes/${q.id}/approval`),
              onReject: reason => post(`/api/quotes/${q.id}/rejection`, { reason }),
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
              title: customerName(p.customerId),
              details: [t('approvals.reportedBy', { who: personName(p.reportedBy), when: formatMoment(p.reportedAt) }),
                p.repId !== p.reportedBy ? t('approvals.orderOf', { rep: personName(p.repId) }) : null],
              canReject: true,
              onApprove: () => post(`/api/orders/${p.orderId}/payments/${p.id}/confirmation`),
              onReject: reason => post(`/api/orders/${p.orderId}/payments/${p.id}/rejection`, { reason }),
            })),
            appraisalSection(inbox.appraisals),
            reportSection(inbox.reports),
          ]),
        ]);
      }),
    ]);
  },
};
