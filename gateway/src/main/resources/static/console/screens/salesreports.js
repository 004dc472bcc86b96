// Sales reports (销售报告). The rep's weekly or monthly report: the figures it will be frozen at are shown before
// submitting (GET /api/sales-reports/figures), then submitted with highlights, lessons and next plans
// (POST /api/sales-reports); the rep's reports with their frozen figures and review (GET /api/sales-reports?repId=).
// The manager's review in the approvals inbox: the reports waiting (GET /api/sales-reports?reviewed=false), each
// with its figures as submitted, now, and the change since (GET /api/sales-reports/{id}), reviewed with comments
// (POST /api/sales-reports/{id}/review).
import { get, post, session } from '../api.js';
import { t, te, formatMoneyExact, formatNumber, formatPercent, formatMoment } from '../i18n.js';
import { Field, useLoad, useSubmit, loaded, empty, badge, problemBox } from '../ui.js';
import { personName } from '../lookups.js';

const { h, ref, reactive, watch } = Vue;

/** The company's calendar day today (Asia/Shanghai), as [year, month, day]. */
function companyToday() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date());
  const part = type => Number(parts.find(p => p.type === type).value);
  return [part('year'), part('month'), part('day')];
}

/** This week (2026-W49) or this month (2026-12) of the company's calendar: only what the period input starts with. */
export function currentPeriod(periodType) {
  const [y, m, d] = companyToday();
  if (periodType === 'MONTHLY') return `${y}-${String(m).padStart(2, '0')}`;
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const week = Math.ceil(((date - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const FIGURES = [
  ['bookedRevenue', v => formatMoneyExact(v)],
  ['orders', v => formatNumber(v)],
  ['revenueAttainmentPercent', v => formatPercent(v)],
  ['newLeads', v => formatNumber(v)],
  ['visits', v => formatNumber(v)],
];

function signed(name, value) {
  if (value === undefined || value === null) return '—';
  const n = Number(value);
  const text = name === 'bookedRevenue' ? formatMoneyExact(Math.abs(n))
    : name === 'revenueAttainmentPercent' ? t('salesReport.points', { points: formatNumber(Math.abs(n), 2) })
      : formatNumber(Math.abs(n));
  return n > 0 ? '+' + text : n < 0 ? '−' + text : '±0';
}

/** A report's figures: one column as frozen, and, for a review, now and the change since submission. */
export function figuresTable(frozen, live, changes, testid = 'report-figures') {
  return h('div', { class: 'scroll' }, h('table', { 'data-testid': testid }, [
    h('thead', h('tr', [h('th', t('salesReport.figure')),
      h('th', { class: 'num' }, live ? t('salesReport.atSubmission') : t('salesReport.value')),
      live ? h('th', { class: 'num' }, t('salesReport.now')) : null,
      changes ? h('th', { class: 'num' }, t('salesReport.change')) : null])),
    h('tbody', FIGURES.map(([name, format]) => {
      const changed = changes && Number(changes[name] ?? 0) !== 0;
      return h('tr', { 'data-figure': name, class: changed ? 'changed' : undefined }, [
        h('th', { scope: 'row' }, t('salesReport.figures.' + name)),
        h('td', { class: 'num', 'data-testid': 'frozen' }, format(frozen?.[name])),
        live ? h('td', { class: 'num', 'data-testid': 'live' }, format(live[name])) : null,
        changes ? h('td', { class: 'num', 'data-testid': 'change' }, changed ? h('b', signed(name, changes[name])) : signed(name, changes[name])) : null,
      ]);
    })),
  ]));
}

function reportTexts(report) {
  return h('dl', { class: 'report-texts' }, ['highlights', 'lessons', 'nextPlan'].flatMap(k => [
    h('dt', t('salesReport.' + k)), h('dd', { 'data-testid': 'report-' + k }, report[k]),
  ]));
}

const PERIOD_TYPES = ['WEEKLY', 'MONTHLY'];

/** The rep's form: type and period, the figures it will be frozen at, the three texts, submit. */
const SubmitReport = {
  emits: ['submitted'],
  setup(props, { emit }) {
    const values = reactive({ periodType: 'WEEKLY', period: currentPeriod('WEEKLY'), highlights: '', lessons: '', nextPlan: '' });
    const figures = ref(null);
    const figuresError = ref(null);
    const { error, busy, run } = useSubmit();
    let asked = 0;
    async function loadFigures() {
      const mine = ++asked;
      try {
        const answer = await get('/api/sales-reports/figures',
          { repId: session.user.sub, periodType: values.periodType, period: values.period });
        if (mine === asked) { figures.value = answer; figuresError.value = null; }
      } catch (e) {
        if (mine === asked) { figures.value = null; figuresError.value = e; }
      }
    }
    watch(() => values.periodType, type => { values.period = currentPeriod(type); });
    watch(() => [values.periodType, values.period], loadFigures, { immediate: true });
    const field = (name, type, hint) => h(Field, {
      label: t('salesReport.' + name), field: name, type, hint, modelValue: values[name],
      error: error.value || (name === 'period' || name === 'periodType' ? figuresError.value : null),
      testid: 'report-' + name, 'onUpdate:modelValue': v => { values[name] = v; },
      options: name === 'periodType' ? PERIOD_TYPES.map(p => ({ value: p, label: te('periodType', p) })) : undefined,
    });
    async function submit() {
      if (await run(() => post('/api/sales-reports', { repId: session.user.sub, ...values }))) {
        Object.assign(values, { highlights: '', lessons: '', nextPlan: '' });
        emit('submitted');
      }
    }
    return () => h('form', { class: 'report-form', novalidate: true, 'data-testid': 'report-form',
      onSubmit: e => { e.preventDefault(); submit(); } }, [
      problemBox(error.value),
      h('div', { class: 'form-row' }, [field('periodType'), field('period', 'text', t('salesReport.periodHint'))]),
      h('h3', t('salesReport.prefilled')),
      figures.value ? figuresTable(figures.value.figures, null, null, 'report-prefilled')
        : figuresError.value && !figuresError.value.fieldError?.('period') && !figuresError.value.fieldError?.('periodType')
          ? problemBox(figuresError.value) : null,
      h('p', { class: 'hint' }, t('salesReport.frozenHint')),
      field('highlights', 'textarea'), field('lessons', 'textarea'), field('nextPlan', 'textarea'),
      h('div', { class: 'actions' }, [h('button', { type: 'submit', class: 'primary', disabled: busy.value,
        'data-testid': 'report-submit' }, t('salesReport.submit'))]),
    ]);
  },
};

function reviewLine(report) {
  if (!report.review) return badge(t('salesReport.waiting'), 'warn');
  return badge(t('salesReport.reviewed'), 'ok');
}

/** 我的 · 销售报告: the form, then my reports with their frozen figures and the manager's comments. */
export const MySalesReports = {
  setup() {
    const state = useLoad(() => get('/api/sales-reports', { repId: session.user.sub, size: 20 }));
    const notice = ref(null);
    return () => h('section', { class: 'panel', 'data-testid': 'my-sales-reports' }, [
      h('h2', t('salesReport.title')),
      notice.value ? h('p', { class: 'notice', role: 'status', 'data-testid': 'report-notice' }, notice.value) : null,
      h(SubmitReport, { onSubmitted: () => { notice.value = t('salesReport.submitted'); state.reload(); } }),
      h('h3', t('salesReport.mine')),
      loaded(state, page => page.items.length === 0 ? empty(t('salesReport.none'))
        : h('ul', { class: 'list' }, page.items.map(r => h('li', { 'data-testid': 'sales-report', 'data-id': r.id,
          'data-period': r.period }, [h('div', { class: 'grow' }, [
          h('div', [h('b', r.period), ' ', te('periodType', r.periodType), ' ', reviewLine(r)]),
          h('div', { class: 'meta' }, t('salesReport.submittedAt', { when: formatMoment(r.submittedAt) })),
          h('details', { class: 'data' }, [h('summary', t('salesReport.show')), figuresTable(r.figures), reportTexts(r)]),
          r.review ? h('p', { class: 'meta', 'data-testid': 'report-review' }, t('salesReport.reviewBy', {
            who: personName(r.review.reviewerId), when: formatMoment(r.review.reviewedAt), comments: r.review.comments })) : null,
        ])])))),
    ]);
  },
};

/** A report waiting for the manager: what the rep wrote, the figures as submitted, now and the change; review. */
export const SalesReportReview = {
  props: ['report'],
  emits: ['done'],
  setup(props, { emit }) {
    const comments = ref('');
    const { error, busy, run } = useSubmit();
    return () => {
      const r = props.report;
      const changed = FIGURES.some(([name]) => Number(r.changesSinceSubmission?.[name] ?? 0) !== 0);
      return h('li', { 'data-testid': 'approval', 'data-kind': 'salesReport', 'data-id': r.id }, [h('div', { class: 'grow' }, [
        h('div', [badge(t('approvals.kind.salesReport'), 'warn'), ' ', h('b', personName(r.repId)), ' ', r.period, ' ',
          te('periodType', r.periodType), ' ',
          changed ? badge(t('salesReport.changedSince'), 'bad') : badge(t('salesReport.unchanged'), 'ok')]),
        h('div', { class: 'meta' }, t('salesReport.submittedAt', { when: formatMoment(r.submittedAt) })),
        figuresTable(r.figures, r.liveFigures, r.changesSinceSubmission, 'review-figures'),
        h('details', { class: 'data' }, [h('summary', t('salesReport.readTexts')), reportTexts(r)]),
        problemBox(error.value),
        h(Field, { label: t('salesReport.comments'), field: 'comments', type: 'textarea', modelValue: comments.value,
          error: error.value, testid: 'report-comments', 'onUpdate:modelValue': v => { comments.value = v; } }),
        h('div', { class: 'actions' }, [h('button', { type: 'button', class: 'primary', disabled: busy.value,
          'data-testid': 'report-review-submit',
          onClick: async () => {
            if (await run(() => post(`/api/sales-reports/${r.id}/review`, { comments: comments.value }))) emit('done');
          } }, t('salesReport.review'))]),
      ])]);
    };
  },
};

/** The reports that wait for a review, each read with its live figures and changes since submission. */
export async function reportsToReview() {
  const page = await get('/api/sales-reports', { reviewed: false, size: 100 });
  return Promise.all(page.items.map(r => get(`/api/sales-reports/${r.id}`)));
}
