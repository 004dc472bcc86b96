// Appraisals: each KPI with the server's own arithmetic (inputs, ratio, weight, points), the rep's acknowledgement
// or appeal, and the manager's review in the approvals inbox. GET /api/appraisals?repId=, GET /api/appraisals/{id},
// POST …/{id}/acknowledgement, …/appeal {reason}, …/review {processAdherence, teamwork, learning, feedback}.
import { get, post } from '../api.js';
import { t, te, formatNumber, formatPercent, formatMoment } from '../i18n.js';
import { Field, useSubmit, empty, badge, problemBox } from '../ui.js';
import { personName } from '../lookups.js';

const { h, ref, reactive } = Vue;

const STATUS_TONE = { OPEN: 'warn', REVIEWED: 'warn', APPEALED: 'bad', ACKNOWLEDGED: 'ok', FINALIZED: 'ok' };
const RUBRIC = ['processAdherence', 'teamwork', 'learning'];

export const appraisalStatus = a => badge(te('appraisalStatus', a.status), STATUS_TONE[a.status] || '');

/** Every KPI as the server computed it: its inputs, ratio, weight, points and the arithmetic in words. */
export function kpiTable(appraisal) {
  return h('div', { class: 'scroll' }, h('table', { 'data-testid': 'kpis' }, [
    h('thead', h('tr', [h('th', t('appraisal.kpi')), h('th', t('appraisal.inputs')),
      h('th', { class: 'num' }, t('appraisal.ratio')), h('th', { class: 'num' }, t('appraisal.weight')),
      h('th', { class: 'num' }, t('appraisal.points')), h('th', t('appraisal.arithmetic'))])),
    h('tbody', (appraisal.kpis || []).map(k => h('tr', { 'data-kpi': k.kpi }, [
      h('td', te('kpi', k.kpi)),
      h('td', (k.inputs || []).map(i => `${te('kpiInput', i.name)} ${i.value ?? '—'}`).join(' · ')),
      h('td', { class: 'num' }, formatPercent(Number(k.ratio) * 100)),
      h('td', { class: 'num' }, formatNumber(k.weight)),
      h('td', { class: 'num' }, formatNumber(k.points, 2)),
      h('td', { class: 'meta', 'data-testid': 'kpi-arithmetic' }, k.arithmetic),
    ]))),
    h('tfoot', h('tr', [h('th', { colspan: 4, scope: 'row' }, t('appraisal.score')),
      h('td', { class: 'num', 'data-testid': 'appraisal-score' }, h('b', formatNumber(appraisal.score, 2))),
      h('td', { class: 'meta' }, [appraisal.scoreArithmetic, appraisal.rating ? ' → ' + appraisal.rating : ''])])),
  ]));
}

function reviewSummary(review) {
  if (!review) return null;
  return h('p', { class: 'meta', 'data-testid': 'appraisal-review' }, [
    RUBRIC.map(r => `${t('appraisal.rubric.' + r)} ${review.rubric?.[r] ?? '—'}/5`).join(' · '),
    review.feedback ? ' · ' + review.feedback : '', ' · ', personName(review.reviewerId),
  ]);
}

/** Runs an action against the appraisal, then reads it again (GET /api/appraisals/{id}). */
function useAction(appraisal, onChanged) {
  const { error, busy, run } = useSubmit();
  const act = action => run(async () => {
    await action();
    onChanged(await get(`/api/appraisals/${appraisal().id}`));
  });
  return { error, busy, run: act };
}

/** The rep's own appraisal: the arithmetic, the review, and (once reviewed) acknowledge or appeal with a reason. */
export const MyAppraisal = {
  props: ['appraisal'],
  emits: ['changed'],
  setup(props, { emit }) {
    const appealing = ref(false);
    const reason = ref('');
    const { error, busy, run } = useAction(() => props.appraisal, a => emit('changed', a));
    return () => {
      const a = props.appraisal;
      return h('li', { 'data-testid': 'appraisal', 'data-id': a.id, 'data-status': a.status }, [h('div', { class: 'grow' }, [
        h('div', [h('b', a.period), ' ', appraisalStatus(a), ' ', a.rating ? badge(t('appraisal.rating', { rating: a.rating }), '') : null]),
        kpiTable(a),
        reviewSummary(a.review),
        a.appealReason ? h('p', { class: 'meta' }, t('appraisal.appealedBecause', { reason: a.appealReason })) : null,
        problemBox(error.value),
        appealing.value ? h('div', { class: 'reject' }, [
          h(Field, { label: t('appraisal.appealReason'), field: 'reason', type: 'textarea', modelValue: reason.value,
            error: error.value, testid: 'appeal-reason', 'onUpdate:modelValue': v => { reason.value = v; } }),
          h('div', { class: 'actions' }, [
            h('button', { type: 'button', class: 'primary', disabled: busy.value, 'data-testid': 'appeal-submit',
              onClick: async () => {
                if (await run(() => post(`/api/appraisals/${a.id}/appeal`, { reason: reason.value }))) appealing.value = false;
              } }, t('appraisal.appeal')),
            h('button', { type: 'button', onClick: () => { appealing.value = false; error.value = null; } }, t('common.cancel')),
          ]),
        ]) : a.status === 'REVIEWED' ? h('div', { class: 'actions' }, [
          h('button', { type: 'button', class: 'primary', disabled: busy.value, 'data-testid': 'acknowledge',
            onClick: () => run(() => post(`/api/appraisals/${a.id}/acknowledgement`)) }, t('appraisal.acknowledge')),
          h('button', { type: 'button', disabled: busy.value, 'data-testid': 'appeal',
            onClick: () => { appealing.value = true; error.value = null; } }, t('appraisal.appeal')),
        ]) : null,
      ])]);
    };
  },
};

/** An appraisal waiting for the manager (opened, or appealed): the arithmetic, the appeal, and the review form. */
export const AppraisalReview = {
  props: ['appraisal'],
  emits: ['done'],
  setup(props, { emit }) {
    const reviewing = ref(false);
    const values = reactive({ processAdherence: '', teamwork: '', learning: '', feedback: '' });
    const { error, busy, run } = useAction(() => props.appraisal, () => emit('done'));
    const score = v => (v === '' ? null : Number(v));
    const options = [{ value: '', label: '—' }, ...[1, 2, 3, 4, 5].map(n => ({ value: String(n), label: String(n) }))];
    return () => {
      const a = props.appraisal;
      return h('li', { 'data-testid': 'approval', 'data-kind': 'appraisal', 'data-id': a.id }, [h('div', { class: 'grow' }, [
        h('div', [badge(t('approvals.kind.appraisal'), 'warn'), ' ', h('b', personName(a.repId)), ' ', a.period, ' ',
          appraisalStatus(a)]),
        h('div', { class: 'meta' }, [t('appraisal.scoreSoFar', { score: formatNumber(a.score, 2) }), ' · ',
          formatMoment(a.updatedAt)]),
        a.appealReason ? h('p', { class: 'meta', 'data-testid': 'appeal-text' },
          t('appraisal.appealedBecause', { reason: a.appealReason })) : null,
        h('details', { class: 'data' }, [h('summary', t('appraisal.showArithmetic')), kpiTable(a)]),
        problemBox(error.value),
        reviewing.value ? h('div', { class: 'reject', 'data-testid': 'review-form' }, [
          h('div', { class: 'form-row' }, RUBRIC.map(r => h(Field, {
            label: t('appraisal.rubric.' + r), field: r, options, modelValue: values[r], error: error.value,
            hint: t('appraisal.rubricHint'), testid: 'review-' + r, 'onUpdate:modelValue': v => { values[r] = v; },
          }))),
          h(Field, { label: t('appraisal.feedback'), field: 'feedback', type: 'textarea', modelValue: values.feedback,
            error: error.value, testid: 'review-feedback', 'onUpdate:modelValue': v => { values.feedback = v; } }),
          h('div', { class: 'actions' }, [
            h('button', { type: 'button', class: 'primary', disabled: busy.value, 'data-testid': 'review-submit',
              onClick: () => run(() => post(`/api/appraisals/${a.id}/review`, {
                processAdherence: score(values.processAdherence), teamwork: score(values.teamwork),
                learning: score(values.learning), feedback: values.feedback,
              })) }, t('appraisal.submitReview')),
            h('button', { type: 'button', onClick: () => { reviewing.value = false; error.value = null; } }, t('common.cancel')),
          ]),
        ]) : h('div', { class: 'actions' }, [
          h('button', { type: 'button', class: 'primary', 'data-testid': 'review',
            onClick: () => { reviewing.value = true; error.value = null; } }, t('appraisal.review')),
        ]),
      ])]);
    };
  },
};

export function appraisalList(appraisals, onChanged) {
  if (appraisals.length === 0) return empty(t('me.noAppraisals'));
  return h('ul', { class: 'list' }, appraisals.map(a => h(MyAppraisal, { key: a.id, appraisal: a, onChanged })));
}
