// 风险 the risk register (MANAGER, ADMIN; the API decides whose): the risks by status with their score, a new one
// (category, description, likelihood and impact, owner, mitigation), and a risk with its plans, the target
// adjustments made for it and its next steps — assess, plan the mitigation, record that it occurred, close it.
// GET/POST /api/risks, GET /api/risks/{id}, POST …/{id}/assessment, …/mitigation, …/occurrence, …/closure.
import { get, post, session } from '../api.js';
import { t, te, formatMoment, formatMoneyExact } from '../i18n.js';
import { Field, Step, facts, amount, useLoad, useSubmit, loaded, empty, badge, problemBox } from '../ui.js';
import { personName } from '../lookups.js';
import { ManageTabs } from './manage.js';

const { h, ref, reactive } = Vue;

const STATUSES = ['IDENTIFIED', 'ASSESSED', 'MITIGATING', 'OCCURRED', 'CLOSED'];
const CATEGORIES = ['MARKET_CHANGE', 'COMPETITOR', 'CUSTOMER_DEFAULT', 'SUPPLY', 'REGULATORY', 'OTHER'];
const STATUS_TONE = { IDENTIFIED: 'warn', ASSESSED: 'warn', MITIGATING: 'ok', OCCURRED: 'bad', CLOSED: '' };
const SCALE = [{ value: '', label: '—' }, ...[1, 2, 3, 4, 5].map(n => ({ value: String(n), label: String(n) }))];

const scoreTone = score => (score >= 15 ? 'bad' : score >= 8 ? 'warn' : 'ok');

const NewRisk = {
  emits: ['created', 'close'],
  setup(props, { emit }) {
    const reps = useLoad(() => get('/api/reps', { teamId: session.user.teamId || undefined, size: 200 }));
    const form = reactive({ category: '', description: '', likelihood: '', impact: '', ownerRepId: '', mitigationPlan: '' });
    const { error, busy, run } = useSubmit();
    const submit = () => run(async () => {
      const created = await post('/api/risks', { category: form.category || undefined, description: form.description,
        likelihood: amount(form.likelihood), impact: amount(form.impact), ownerRepId: form.ownerRepId || undefined,
        mitigationPlan: form.mitigationPlan || undefined });
      emit('created', created.id);
    });
    const bind = key => ({ modelValue: form[key], error: error.value, field: key, testid: 'risk-' + key,
      'onUpdate:modelValue': v => { form[key] = v; } });
    return () => h('form', { class: 'panel', novalidate: true, 'data-testid': 'risk-form', onSubmit: e => { e.preventDefault(); submit(); } }, [
      h('h2', t('risks.new')),
      problemBox(error.value),
      h('div', { class: 'form-row' }, [
        h(Field, { label: t('risks.category'), options: [{ value: '', label: '—' }, ...CATEGORIES.map(c => ({ value: c, label: te('riskCategory', c) }))], ...bind('category') }),
        h(Field, { label: t('risks.likelihood'), options: SCALE, hint: t('risks.scaleHint'), ...bind('likelihood') }),
        h(Field, { label: t('risks.impact'), options: SCALE, hint: t('risks.scaleHint'), ...bind('impact') }),
        h(Field, { label: t('risks.owner'), options: [{ value: '', label: t('common.me') },
          ...(reps.data.value?.items || []).map(r => ({ value: r.id, label: r.name }))], ...bind('ownerRepId') }),
      ]),
      h(Field, { label: t('risks.description'), type: 'textarea', ...bind('description') }),
      h(Field, { label: t('risks.mitigationPlan'), type: 'textarea', ...bind('mitigationPlan') }),
      h('div', { class: 'actions' }, [
        h('button', { type: 'submit', class: 'primary', disabled: busy.value, 'data-testid': 'risk-submit' }, t('risks.register')),
        h('button', { type: 'button', onClick: () => emit('close') }, t('common.cancel')),
      ]),
    ]);
  },
};

export const Risks = {
  setup() {
    const status = ref('');
    const state = useLoad(() => get('/api/risks', { status: status.value, size: 100 }));
    const creating = ref(false);
    return () => h('div', [
      h('div', { class: 'toolbar' }, [
        h('h1', t('risks.title')),
        h('button', { type: 'button', class: 'primary', 'data-testid': 'new-risk', onClick: () => { creating.value = true; } }, t('risks.new')),
      ]),
      h(ManageTabs, { current: 'risks' }),
      creating.value ? h(NewRisk, { onClose: () => { creating.value = false; },
        onCreated: id => { location.hash = '/manage/risks/' + id; } }) : null,
      h('section', { class: 'panel', 'data-testid': 'risk-list' }, [
        h('h2', [t('risks.register'), state.data.value ? h('span', { class: 'count' }, String(state.data.value.totalItems)) : null]),
        h(Field, { label: t('risks.status'), field: 'status', testid: 'risk-status-filter', modelValue: status.value,
          options: [{ value: '', label: t('risks.allStatuses') }, ...STATUSES.map(s => ({ value: s, label: te('riskStatus', s) }))],
          'onUpdate:modelValue': v => { status.value = v; state.reload(); } }),
        loaded(state, page => page.items.length === 0 ? empty(t('risks.none')) : h('ul', { class: 'list' }, page.items.map(r =>
          h('li', { 'data-testid': 'risk', 'data-id': r.id, 'data-status': r.status }, h('div', { class: 'grow' }, [
            h('div', [h('a', { href: '#/manage/risks/' + r.id }, r.description), ' ', badge(te('riskStatus', r.status), STATUS_TONE[r.status]),
              ' ', r.score != null ? badge(t('risks.score', { score: r.score }), scoreTone(r.score)) : null]),
            h('div', { class: 'meta' }, [te('riskCategory', r.category), personName(r.ownerRepId)].join(' · ')),
          ]))))),
      ]),
    ]);
  },
};

export const RiskDetail = {
  props: ['id'],
  setup(props) {
    const state = useLoad(() => get(`/api/risks/${props.id}`));
    const step = (label, testid, path, fields, primary) => h(Step, { label, testid, primary, fields,
      send: v => post(`/api/risks/${props.id}/${path}`, Object.fromEntries(Object.entries(v).map(([k, x]) =>
        [k, fields.find(f => f.field === k)?.options ? amount(x) : x]))), onDone: state.reload });
    return () => loaded(state, r => h('div', [
      h('p', h('a', { href: '#/manage/risks' }, t('risks.back'))),
      h('div', { class: 'toolbar' }, [h('h1', [t('risks.risk'), ' ',
        h('span', { 'data-testid': 'risk-status', 'data-status': r.status }, badge(te('riskStatus', r.status), STATUS_TONE[r.status]))])]),
      h('div', { class: 'grid' }, [
        h('section', { class: 'panel', 'data-testid': 'risk-detail' }, [
          h('h2', t('risks.overview')),
          facts([
            [t('risks.description'), r.description],
            [t('risks.category'), te('riskCategory', r.category)],
            [t('risks.owner'), personName(r.ownerRepId)],
            [t('risks.assessment'), r.score != null ? t('risks.scoreOf', { likelihood: r.likelihood, impact: r.impact, score: r.score }) : '—', 'risk-score'],
            [t('risks.identifiedAt'), formatMoment(r.identifiedAt)],
            [t('risks.mitigationPlan'), r.mitigationPlan || '—'],
            [t('risks.contingencyPlan'), r.contingencyPlan || '—'],
            r.occurrence ? [t('risks.occurrence'), r.occurrence] : null,
            r.resolution ? [t('risks.resolution'), r.resolution] : null,
          ]),
          r.status === 'CLOSED' ? null : [h('h3', t('sales.nextSteps')), h('div', { class: 'actions' }, [
            step(t('risks.assess'), 'assess', 'assessment', [
              { field: 'likelihood', label: t('risks.likelihood'), options: SCALE, initial: r.likelihood ? String(r.likelihood) : '' },
              { field: 'impact', label: t('risks.impact'), options: SCALE, initial: r.impact ? String(r.impact) : '' }], true),
            step(t('risks.mitigate'), 'mitigate', 'mitigation', [
              { field: 'mitigationPlan', label: t('risks.mitigationPlan'), type: 'textarea', initial: r.mitigationPlan || '' },
              { field: 'contingencyPlan', label: t('risks.contingencyPlan'), type: 'textarea', initial: r.contingencyPlan || '' }]),
            step(t('risks.occurred'), 'occurred', 'occurrence', [{ field: 'description', label: t('risks.whatHappened'), type: 'textarea' }]),
            step(t('risks.close'), 'close-risk', 'closure', [{ field: 'resolution', label: t('risks.resolution'), type: 'textarea' }]),
          ])],
        ]),
        h('section', { class: 'panel', 'data-testid': 'risk-adjustments' }, [
          h('h2', t('risks.adjustments')),
          r.adjustments.length === 0 ? empty(t('risks.noAdjustments')) : h('div', { class: 'scroll' }, h('table', [
            h('thead', h('tr', [h('th', t('risks.adjustedAt')), h('th', { class: 'num' }, t('risks.previousAmount')),
              h('th', { class: 'num' }, t('risks.newAmount')), h('th', t('risks.reason'))])),
            h('tbody', r.adjustments.map(a => h('tr', [h('td', h('a', { href: '#/manage/targets/' + a.targetId }, formatMoment(a.adjustedAt))),
              h('td', { class: 'num' }, formatMoneyExact(a.previousAmount)), h('td', { class: 'num' }, formatMoneyExact(a.amount)), h('td', a.reason)]))),
          ])),
        ]),
      ]),
    ]));
  },
};
