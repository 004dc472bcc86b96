// 我的一天: today's and overdue follow-ups, my targets with progress and forecast, and logging a visit or a call.
import { get, post, session } from '../api.js';
import { t, te, formatMoney, formatMoneyExact, formatNumber, formatPercent, formatTime, formatMoment, formatDay } from '../i18n.js';
import { useLoad, loaded, empty, badge, progressBar, problemBox, Field } from '../ui.js';
import { LogActivity } from './activity.js';
import { PipelineBoard } from './pipeline.js';

const { h, ref } = Vue;

export function targetRow(target) {
  const money = target.metric === 'REVENUE';
  const fmt = money ? formatMoney : v => formatNumber(v);
  const outlookTone = { ON_TRACK: 'ok', AT_RISK: 'warn', OFF_TRACK: 'bad' }[target.outlook] || '';
  return h('li', { 'data-testid': 'target' }, [
    h('div', { class: 'grow' }, [
      h('div', [h('b', te('metric', target.metric)), ' · ', target.period, ' ', badge(te('outlook', target.outlook), outlookTone)]),
      progressBar(target.attainmentPercent, t('targets.progressOf', { metric: te('metric', target.metric) })),
      h('div', { class: 'figures' }, [
        h('span', { title: money ? formatMoneyExact(target.actual) : undefined }, [t('targets.actual') + ' ', h('b', fmt(target.actual))]),
        h('span', { title: money ? formatMoneyExact(target.target) : undefined }, [t('targets.target') + ' ', h('b', fmt(target.target))]),
        h('span', [t('targets.attainment') + ' ', h('b', { 'data-testid': 'attainment' }, formatPercent(target.attainmentPercent))]),
        h('span', [t('targets.forecast') + ' ', h('b', formatPercent(target.forecastPercent))]),
      ]),
    ]),
  ]);
}

const FollowUps = {
  props: ['due', 'title', 'onLog'],
  setup(props) {
    const state = useLoad(() => get('/api/follow-ups', { due: props.due, status: 'OPEN', repId: session.user.sub, size: 50 }));
    const completing = ref(null);
    const outcome = ref('');
    const error = ref(null);

    async function complete(item) {
      error.value = null;
      try {
        await post(`/api/customers/${item.customerId}/follow-ups/${item.id}/completion`, { outcome: outcome.value });
        completing.value = null;
        outcome.value = '';
        state.data.value = { ...state.data.value, items: state.data.value.items.filter(i => i.id !== item.id),
          totalItems: state.data.value.totalItems - 1 };
      } catch (e) {
        error.value = e;
      }
    }

    return () => h('section', { class: 'panel', 'data-testid': 'followups-' + props.due }, [
      h('h2', [props.title, state.data.value ? h('span', { class: 'count' }, String(state.data.value.totalItems)) : null]),
      loaded(state, page => page.items.length === 0 ? empty(t(props.due === 'OVERDUE' ? 'day.noneOverdue' : 'day.noneToday'))
        : h('ul', { class: 'list' }, page.items.map(item => h('li', { 'data-testid': 'followup' }, [
          h('div', { class: 'grow' }, [
            h('div', [h('a', { href: '#/customers/' + item.customerId }, item.customerName || t('customers.unnamed')), ' ',
              item.overdue ? badge(t('day.overdue'), 'bad') : badge(formatTime(item.dueAt), 'warn')]),
            h('div', { class: 'meta' }, [item.purpose, ' · ', props.due === 'OVERDUE' ? formatMoment(item.dueAt) : formatTime(item.dueAt)]),
            completing.value === item.id ? h('div', [
              problemBox(error.value),
              h(Field, { label: t('day.outcome'), field: 'outcome', modelValue: outcome.value, error: error.value,
                'onUpdate:modelValue': v => { outcome.value = v; } }),
              h('div', { class: 'actions' }, [
                h('button', { type: 'button', class: 'primary', onClick: () => complete(item) }, t('day.markDone')),
                h('button', { type: 'button', onClick: () => { completing.value = null; error.value = null; } }, t('common.cancel')),
              ]),
            ]) : null,
          ]),
          completing.value === item.id ? null : h('div', { class: 'actions' }, [
            h('button', { type: 'button', 'data-testid': 'followup-log', onClick: () => props.onLog({ id: item.customerId, name: item.customerName }) }, t('day.log')),
            h('button', { type: 'button', 'data-testid': 'followup-complete', onClick: () => { completing.value = item.id; outcome.value = ''; } }, t('day.complete')),
          ]),
        ])))),
    ]);
  },
};

export const MyDay = {
  setup() {
    const targets = useLoad(() => get('/api/reports/target-attainment', { scope: 'REP', ownerId: session.user.sub }));
    const logging = ref(null); // false: closed; {customer}: open
    const notice = ref(null);

    const open = customer => { notice.value = null; logging.value = { customer }; };

    return () => h('div', [
      h('div', { class: 'toolbar' }, [
        h('h1', [t('day.title'), h('span', { class: 'meta' }, ' · ' + new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'full' }).format(new Date()))]),
        h('button', { type: 'button', class: 'primary', 'data-testid': 'log-visit', onClick: () => open(null) }, t('day.logVisit')),
      ]),
      notice.value ? h('div', { class: 'notice', role: 'status', 'data-testid': 'notice' }, notice.value) : null,
      h('div', { class: 'grid' }, [
        h(FollowUps, { due: 'OVERDUE', title: t('day.overdueTitle'), onLog: open }),
        h(FollowUps, { due: 'TODAY', title: t('day.todayTitle'), onLog: open }),
        h('section', { class: 'panel', 'data-testid': 'my-targets' }, [
          h('h2', t('day.targetsTitle')),
          loaded(targets, page => page.items.length === 0 ? empty(t('day.noTargets'))
            : h('ul', { class: 'list' }, page.items.map(targetRow))),
        ]),
      ]),
      h('section', { class: 'panel', 'data-testid': 'my-pipeline' }, [
        h('h2', [t('pipeline.title'), h('a', { href: '#/pipeline', class: 'meta' }, t('common.more'))]),
        h(PipelineBoard, { repId: session.user.sub }),
      ]),
      logging.value ? h(LogActivity, {
        customer: logging.value.customer,
        onClose: () => { logging.value = null; },
        onLogged: ({ type, customer }) => {
          logging.value = null;
          notice.value = t('activity.logged', { type: te('communication', type), customer: customer.name });
        },
      }) : null,
    ]);
  },
};
