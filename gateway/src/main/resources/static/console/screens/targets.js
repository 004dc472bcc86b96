// 目标 the target tree (ADMIN; a MANAGER for their team and its reps — the API decides): the company's targets of a
// year, each opened into its parts and allocated targets (company → quarters → months → teams → reps), with the
// server's `balanced` flag and the sum of the children; decomposition, allocation with a live sum check,
// adjustments with a reason, activation, the history, and an as-of date that shows the tree as it was.
// GET /api/targets?scope=COMPANY&period=, GET /api/targets/{id}?asOf=, GET …/{id}/history, POST …/{id}/decomposition,
// …/allocations, …/adjustments, …/activation; a new company target (ADMIN, POST /api/targets); names from
// GET /api/teams and GET /api/reps.
import { get, post, hasRole } from '../api.js';
import { t, te, formatMoney, formatMoneyExact, formatMoment, formatPercent } from '../i18n.js';
import { Field, Step, amount, useLoad, useSubmit, loaded, empty, badge, problemBox } from '../ui.js';
import { personName } from '../lookups.js';
import { ManageTabs } from './manage.js';

const { h, ref, reactive, computed } = Vue;

const STATUS_TONE = { DRAFT: 'warn', ACTIVE: 'ok', CLOSED: '' };
const METRICS = ['REVENUE', 'ORDER_COUNT', 'NEW_CUSTOMERS', 'VISITS'];
const cents = v => Math.round(Number(String(v ?? '').replace(/[,\s¥]/g, '')) * 100) || 0;

const teams = reactive({});
let teamsAsked = false;
function teamName(id) {
  if (!teamsAsked) {
    teamsAsked = true;
    get('/api/teams', { size: 100 }).then(page => page.items.forEach(team => { teams[team.id] = team.name; })).catch(() => {});
  }
  return teams[id] || id.slice(0, 8);
}

function ownerName(scope, ownerId) {
  if (scope === 'COMPANY') return t('targets.company');
  return scope === 'TEAM' ? teamName(ownerId) : personName(ownerId);
}

/** The owners a target may be allocated to (the teams, or a team's reps) with their shares and the live sum. */
const Allocation = {
  props: ['target'],
  emits: ['done', 'close'],
  setup(props, { emit }) {
    const scope = props.target.scope === 'COMPANY' ? 'TEAM' : 'REP';
    const owners = useLoad(async () => (scope === 'TEAM'
      ? (await get('/api/teams', { size: 100 })).items.map(team => ({ id: team.id, name: team.name }))
      : (await get('/api/reps', { teamId: props.target.ownerId, size: 200 })).items.map(r => ({ id: r.id, name: r.name }))));
    const shares = reactive(Object.fromEntries((props.target.allocations || []).map(a => [a.ownerId, String(a.amount)])));
    const { error, busy, run } = useSubmit();
    const sent = () => (owners.data.value || []).filter(o => String(shares[o.id] ?? '').trim() !== '');
    const sum = computed(() => sent().reduce((total, o) => total + cents(shares[o.id]), 0));
    const submit = () => run(async () => {
      await post(`/api/targets/${props.target.id}/allocations`, {
        allocations: sent().map(o => ({ scope, ownerId: o.id, amount: amount(shares[o.id]) })),
      });
      emit('done');
    });
    return () => {
      const target = cents(props.target.amount);
      const difference = target - sum.value;
      const whole = (error.value?.problem?.errors || []).find(e => e.field === 'allocations');
      const rows = sent();
      return h('form', { class: 'step panel', novalidate: true, 'data-testid': 'allocation-form',
        onSubmit: e => { e.preventDefault(); submit(); } }, [
        h('h3', t('targets.allocateTo.' + scope)),
        problemBox(error.value),
        loaded(owners, list => list.length === 0 ? empty(t('targets.noOwners')) : h('div', { class: 'form-row' }, list.map(o => h(Field, {
          label: o.name, field: `allocations[${rows.indexOf(o)}].amount`, inputmode: 'decimal', testid: 'share-' + o.id,
          modelValue: shares[o.id] ?? '', error: rows.includes(o) ? error.value : null,
          'onUpdate:modelValue': v => { shares[o.id] = v; },
        })))),
        h('p', { class: ['sum', difference === 0 ? 'ok' : 'bad'], role: 'status', 'aria-live': 'polite', 'data-testid': 'allocation-sum',
          'data-difference': String(difference / 100) }, difference === 0
          ? t('targets.sumMatches', { sum: formatMoneyExact(sum.value / 100) })
          : t('targets.sumDiffers', { sum: formatMoneyExact(sum.value / 100), target: formatMoneyExact(target / 100),
            difference: formatMoneyExact(difference / 100) })),
        whole ? h('span', { class: 'field-error', role: 'alert', 'data-error-for': 'allocations' }, whole.message) : null,
        h('div', { class: 'actions' }, [
          h('button', { type: 'submit', class: 'primary', disabled: busy.value, 'data-testid': 'allocation-submit' }, t('targets.allocate')),
          h('button', { type: 'button', onClick: () => emit('close') }, t('common.cancel')),
        ]),
      ]);
    };
  },
};

const History = {
  props: ['id'],
  setup(props) {
    const state = useLoad(() => get(`/api/targets/${props.id}/history`, { size: 100 }));
    return () => loaded(state, page => h('ol', { class: 'list timeline', 'data-testid': 'target-history' }, page.items.map(e =>
      h('li', { 'data-type': e.type }, h('div', { class: 'grow' }, [h('b', te('targetEvent', e.type)), ' v' + e.version,
        h('div', { class: 'meta' }, [formatMoment(e.occurredAt), e.actorId ? personName(e.actorId) : null, e.reason]
          .filter(Boolean).join(' · '))])))));
  },
};

/** One target of the tree: its figures, its children (opened on demand) and, today, its next steps. */
const TargetNode = {
  name: 'TargetNode',
  props: ['id', 'asOf', 'open'],
  emits: ['changed'],
  setup(props, { emit }) {
    const state = useLoad(() => get(`/api/targets/${props.id}`, { asOf: props.asOf || undefined }));
    const expanded = ref(!!props.open);
    const panel = ref(null); // 'allocate' | 'history' | null
    // a change below moves this target's sums and balance too: each target up the tree reads itself again
    const changed = () => { panel.value = null; state.reload(); emit('changed'); };
    return () => h('li', { 'data-testid': 'target-node', 'data-id': props.id }, loaded(state, tg => {
      const childSum = tg.children.reduce((total, c) => total + cents(c.amount), 0);
      const mayChange = !props.asOf && tg.status !== 'CLOSED' && (hasRole('ADMIN') || hasRole('MANAGER'));
      return h('div', [
        h('div', { class: 'toolbar' }, [
          tg.children.length ? h('button', { type: 'button', class: 'link', 'aria-expanded': String(expanded.value),
            'data-testid': 'expand', onClick: () => { expanded.value = !expanded.value; } },
          (expanded.value ? '▾ ' : '▸ ') + t('targets.children', { count: tg.children.length })) : null,
          h('b', [badge(te('scope', tg.scope), ''), ' ', ownerName(tg.scope, tg.ownerId), ' · ', tg.period]),
          h('b', { 'data-testid': 'target-amount', 'data-amount': String(tg.amount), title: formatMoneyExact(tg.amount) },
            tg.metric === 'REVENUE' ? formatMoney(tg.amount) : String(tg.amount)),
          badge(te('targetStatus', tg.status), STATUS_TONE[tg.status]),
          tg.balanced === false ? h('span', { 'data-testid': 'unbalanced' }, badge(t('targets.unbalanced'), 'bad')) : null,
        ]),
        h('div', { class: 'meta' }, [te('metric', tg.metric),
          tg.children.length ? t('targets.childSum', { sum: formatMoneyExact(childSum / 100) }) : null,
          tg.attainment ? t('targets.attained', { percent: formatPercent(tg.attainment.percent) }) : null].filter(Boolean).join(' · ')),
        h('div', { class: 'actions' }, [
          mayChange && tg.status === 'DRAFT' ? h(Step, { label: t('targets.activate'), testid: 'activate', send: () => post(`/api/targets/${tg.id}/activation`), onDone: changed }) : null,
          mayChange && tg.scope !== 'REP' && !tg.children.some(c => c.scope === tg.scope) ? h(Step, { label: t('targets.decompose'), testid: 'decompose',
            fields: [{ field: 'granularity', label: t('targets.granularity'), initial: /^\d{4}$/.test(tg.period) ? 'QUARTER' : 'MONTH',
              options: ['QUARTER', 'MONTH'].map(g => ({ value: g, label: te('granularity', g) })) },
            { field: 'weights', label: t('targets.weights'), hint: t('targets.weightsHint') }],
            send: v => post(`/api/targets/${tg.id}/decomposition`, { granularity: v.granularity,
              weights: v.weights.trim() ? v.weights.split(/[,，\s]+/).filter(Boolean).map(amount) : undefined }),
            onDone: () => { expanded.value = true; changed(); } }) : null,
          mayChange && tg.scope !== 'REP' ? h('button', { type: 'button', 'data-testid': 'allocate',
            onClick: () => { panel.value = panel.value === 'allocate' ? null : 'allocate'; } }, t('targets.allocate')) : null,
          mayChange ? h(Step, { label: t('targets.adjust'), testid: 'adjust', fields: [
            { field: 'amount', label: t('targets.newAmount'), inputmode: 'decimal', initial: String(tg.amount) },
            { field: 'reason', label: t('targets.reason') }],
          send: v => post(`/api/targets/${tg.id}/adjustments`, { amount: amount(v.amount), reason: v.reason }), onDone: changed }) : null,
          h('button', { type: 'button', 'data-testid': 'history', 'aria-expanded': String(panel.value === 'history'),
            onClick: () => { panel.value = panel.value === 'history' ? null : 'history'; } }, t('targets.history')),
        ]),
        panel.value === 'allocate' ? h(Allocation, { target: tg, onClose: () => { panel.value = null; },
          onDone: () => { expanded.value = true; changed(); } }) : null,
        panel.value === 'history' ? h(History, { id: tg.id }) : null,
        expanded.value && tg.children.length ? h('ul', { class: 'tree' }, tg.children.map(c =>
          h(TargetNode, { key: c.id + (props.asOf || ''), id: c.id, asOf: props.asOf, onChanged: changed }))) : null,
      ]);
    }));
  },
};

export const Targets = {
  props: ['id'],
  setup(props) {
    const year = ref(String(new Date().getFullYear()));
    const asOf = ref('');
    const roots = useLoad(() => (props.id ? Promise.resolve({ items: [{ id: props.id }] })
      : get('/api/targets', { scope: 'COMPANY', period: year.value, size: 20 })));
    return () => h('div', [
      h('div', { class: 'toolbar' }, [h('h1', t('targets.title'))]),
      h(ManageTabs, { current: 'targets' }),
      h('section', { class: 'panel', 'data-testid': 'target-tree' }, [
        h('div', { class: 'form-row' }, [
          props.id ? null : h(Field, { label: t('targets.year'), field: 'period', inputmode: 'numeric', testid: 'target-year',
            modelValue: year.value, error: roots.error.value, 'onUpdate:modelValue': v => { year.value = v; if (/^\d{4}$/.test(v)) roots.reload(); } }),
          h(Field, { label: t('targets.asOf'), type: 'date', field: 'asOf', testid: 'target-asof', hint: t('targets.asOfHint'),
            modelValue: asOf.value, 'onUpdate:modelValue': v => { asOf.value = v; } }),
        ]),
        asOf.value ? h('p', { class: 'notice', role: 'status', 'data-testid': 'asof-notice' }, t('targets.showingAsOf', { day: asOf.value })) : null,
        !props.id && !asOf.value && hasRole('ADMIN') ? h(Step, {
          label: t('targets.setCompany'), testid: 'set-company-target',
          fields: [
            { field: 'period', label: t('targets.period'), initial: year.value, hint: t('targets.periodHint') },
            { field: 'metric', label: t('targets.metric'), initial: 'REVENUE', options: METRICS.map(m => ({ value: m, label: te('metric', m) })) },
            { field: 'amount', label: t('targets.amount'), inputmode: 'decimal' },
            { field: 'specific', label: t('targets.specific'), type: 'textarea' },
            { field: 'achievable', label: t('targets.achievable'), type: 'textarea' },
            { field: 'relevant', label: t('targets.relevant'), type: 'textarea' },
          ],
          send: v => post('/api/targets', { scope: 'COMPANY', period: v.period, metric: v.metric, amount: amount(v.amount),
            specific: v.specific, achievable: v.achievable, relevant: v.relevant }),
          onDone: roots.reload,
        }) : null,
        loaded(roots, page => page.items.length === 0 ? empty(t('targets.none', { year: year.value }))
          : h('ul', { class: 'tree' }, page.items.map(r => h(TargetNode, { key: r.id + asOf.value, id: r.id, asOf: asOf.value, open: true })))),
      ]),
    ]);
  },
};
