// 团队: the manager's dashboard — attainment per rep against target with forecast, the leaderboard, the funnel with
// conversion and win rate, the sales trend, product popularity and the risk alerts. Every report is called without parameters (the current month; the
// trend's last 12 months) and is also shown as a table (screen readers, print) with the API's own CSV.
import { get, session, hasRole, downloadCsv } from '../api.js';
import { i18n, t, te, formatMoney, formatMoneyExact, formatPercent, formatNumber, formatBucket } from '../i18n.js';
import { Field, useLoad, loaded, empty, problemBox, badge } from '../ui.js';
import { Chart } from '../charts.js';
import { customerName, personName } from '../lookups.js';

const { h, ref, watch } = Vue;

const COLORS = ['#1d4ed8', '#16a34a', '#d97706', '#dc2626', '#7c3aed', '#0891b2'];

const moneyAxis = { type: 'value', axisLabel: { formatter: v => (v === 0 ? '0' : formatMoney(v)) } };

/** The API's own CSV of a report table (Accept: text/csv); a refusal shows its detail beside the button. */
const CsvButton = {
  props: ['path', 'query', 'name'],
  setup(props) {
    const error = ref(null);
    return () => h('span', { class: 'csv' }, [
      h('button', { type: 'button', class: 'link', 'data-testid': 'csv-' + props.name.replace(/\.csv$/, ''),
        onClick: () => { error.value = null; downloadCsv(props.path, props.query, props.name).catch(e => { error.value = e; }); } },
      t('team.csv')),
      problemBox(error.value),
    ]);
  },
};

const csvButton = (path, query, name) => h(CsvButton, { path, query, name });

const ALERT_TONE = { OVERDUE_PAYMENT: 'bad', HIGH_RISK: 'bad', TARGET_FORECAST_BELOW_90: 'warn',
  NO_CONTACT_60_DAYS: 'warn', COMPLAINT_OPEN_OVER_7_DAYS: 'warn' };

/** What a risk alert is about, linked where the console has a screen for it. */
function alertSubject(a) {
  if (a.orderId) return h('a', { href: '#/orders/' + a.orderId }, t('team.alertOrder', { id: a.orderId.slice(0, 8) }));
  if (a.customerId) return h('a', { href: '#/customers/' + a.customerId }, customerName(a.customerId));
  if (a.riskId) return h('a', { href: '#/manage/risks/' + a.riskId }, a.description);
  // the server's description of a target alert is English; the kind's label says it
  if (a.targetId) return h('a', { href: '#/manage/targets/' + a.targetId }, t('team.alertTarget'));
  return null;
}

function alertFigures(a) {
  return [a.repId ? personName(a.repId) : null,
    a.amount != null ? (a.kind === 'TARGET_FORECAST_BELOW_90' ? t('team.alertForecast', { amount: formatMoneyExact(a.amount) })
      : formatMoneyExact(a.amount)) : null,
    a.days != null ? t('team.days', { days: formatNumber(a.days) }) : null].filter(Boolean).join(' · ');
}

function table(headers, rows) {
  return h('details', { class: 'data' }, [
    h('summary', t('team.showTable')),
    h('table', [
      h('thead', h('tr', headers.map(([label, num]) => h('th', { class: num ? 'num' : undefined, scope: 'col' }, label)))),
      h('tbody', rows.map(r => h('tr', r.map((cell, i) => h('td', { class: headers[i][1] ? 'num' : undefined }, cell))))),
    ]),
  ]);
}

export const Team = {
  setup() {
    const teamId = hasRole('ADMIN') ? undefined : session.user.teamId;
    const reps = useLoad(() => get('/api/reps', { teamId, size: 200 }));
    // the attainment as it was at the end of a day (the report's asOf), or now
    const asOf = ref('');
    const attainment = useLoad(() => get('/api/reports/target-attainment', { scope: 'REP', size: 200, asOf: asOf.value || undefined }));
    watch(asOf, () => attainment.reload());
    const leaderboard = useLoad(() => get('/api/reports/leaderboard', { teamId, size: 20 }));
    const pipeline = useLoad(() => get('/api/reports/pipeline', { teamId }));
    const trend = useLoad(() => get('/api/reports/sales-trend', { teamId }));
    const products = useLoad(() => get('/api/reports/product-popularity', { size: 20 }));
    const alerts = useLoad(() => get('/api/reports/risk-alerts', { size: 50 }));

    const repName = id => reps.data.value?.items.find(r => r.id === id)?.name || id.slice(0, 8);

    const attainmentOption = () => {
      const rows = (attainment.data.value?.items || []).filter(a => a.metric === 'REVENUE');
      return {
        color: COLORS, grid: { left: 8, right: 48, top: 36, bottom: 8, containLabel: true },
        legend: { top: 0, data: [t('targets.attainment'), t('targets.forecast')] },
        tooltip: { trigger: 'axis', valueFormatter: v => formatPercent(v) },
        xAxis: { type: 'category', data: rows.map(r => repName(r.ownerId)) },
        yAxis: { type: 'value', axisLabel: { formatter: v => `${v}%` } },
        series: [
          { name: t('targets.attainment'), type: 'bar', data: rows.map(r => Number(r.attainmentPercent ?? 0)),
            markLine: { silent: true, symbol: 'none', data: [{ yAxis: 100 }], label: { formatter: t('targets.target') } } },
          { name: t('targets.forecast'), type: 'bar', data: rows.map(r => Number(r.forecastPercent ?? 0)) },
        ],
      };
    };

    const leaderboardOption = () => {
      const rows = [...(leaderboard.data.value?.items || [])].reverse();
      return {
        color: [COLORS[0]], grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', valueFormatter: v => formatMoneyExact(v) },
        xAxis: moneyAxis, yAxis: { type: 'category', data: rows.map(r => `${r.rank}. ${r.repName || repName(r.repId)}`) },
        series: [{ name: t('team.bookedRevenue'), type: 'bar', data: rows.map(r => Number(r.bookedRevenue)),
          label: { show: true, position: 'right', formatter: p => formatMoney(p.value) } }],
      };
    };

    const funnelOption = () => {
      const stages = pipeline.data.value?.stages || [];
      return {
        color: COLORS, tooltip: { trigger: 'item', formatter: p => `${p.name}: ${formatNumber(p.value)}` },
        series: [{ type: 'funnel', left: '10%', width: '80%', sort: 'none', minSize: '20%',
          label: { show: true, position: 'inside', formatter: p => `${p.name} ${formatNumber(p.value)}` },
          data: stages.map(s => ({ name: te('stage', s.stage), value: Number(s.reached) })) }],
      };
    };

    const trendOption = () => {
      const points = trend.data.value?.items || [];
      return {
        color: [COLORS[0], COLORS[1]], grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        legend: { top: 0, data: [t('team.bookedRevenue'), t('team.collected')] },
        tooltip: { trigger: 'axis', valueFormatter: v => formatMoneyExact(v) },
        xAxis: { type: 'category', data: points.map(p => formatBucket(p.bucketStart, 'MONTH')) },
        yAxis: moneyAxis,
        series: [
          { name: t('team.bookedRevenue'), type: 'line', smooth: true, areaStyle: { opacity: .12 }, data: points.map(p => Number(p.bookedRevenue)) },
          { name: t('team.collected'), type: 'line', smooth: true, data: points.map(p => Number(p.collected)) },
        ],
      };
    };

    const productsOption = () => {
      const rows = [...(products.data.value?.items || [])].slice(0, 10).reverse();
      return {
        color: [COLORS[2]], grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', valueFormatter: v => formatMoneyExact(v) },
        xAxis: moneyAxis, yAxis: { type: 'category', data: rows.map(r => `${r.rank}. ${r.name}`) },
        series: [{ name: t('team.revenue'), type: 'bar', data: rows.map(r => Number(r.revenue)),
          label: { show: true, position: 'right', formatter: p => formatMoney(p.value) } }],
      };
    };

    const kpis = () => {
      const board = leaderboard.data.value?.items || [];
      const booked = board.reduce((sum, r) => sum + Number(r.bookedRevenue), 0);
      const orders = board.reduce((sum, r) => sum + Number(r.orders), 0);
      const stages = pipeline.data.value?.stages || [];
      const open = stages.filter(s => s.stage !== 'WON').reduce((sum, s) => sum + Number(s.openValue), 0);
      return [
        [t('team.kpi.booked'), formatMoney(booked), 'kpi-booked'],
        [t('team.kpi.orders'), formatNumber(orders), 'kpi-orders'],
        [t('team.kpi.pipeline'), formatMoney(open), 'kpi-pipeline'],
        [t('team.kpi.winRate'), formatPercent(pipeline.data.value?.winRatePercent), 'kpi-win-rate'],
      ];
    };

    return () => h('div', [
      h('div', { class: 'toolbar' }, [h('h1', t('team.title')), h('span', { class: 'meta' }, t('team.period'))]),
      h('div', { class: 'kpis' }, kpis().map(([label, value, id]) => h('div', { class: 'kpi', 'data-testid': id }, [
        h('div', { class: 'label' }, label), h('div', { class: 'value' }, value)]))),
      h('div', { class: 'grid' }, [
        h('section', { class: 'panel', 'data-testid': 'panel-attainment' }, [
          h('h2', [t('team.attainment'), csvButton('/api/reports/target-attainment', { scope: 'REP', asOf: asOf.value || undefined }, 'target-attainment.csv')]),
          h(Field, { label: t('team.asOf'), type: 'date', field: 'asOf', testid: 'attainment-asof', hint: t('team.asOfHint'),
            modelValue: asOf.value, error: attainment.error.value, 'onUpdate:modelValue': v => { asOf.value = v; } }),
          asOf.value ? h('p', { class: 'notice', role: 'status', 'data-testid': 'attainment-asof-notice' },
            t('team.showingAsOf', { day: asOf.value })) : null,
          loaded(attainment, page => page.items.length === 0 ? empty(t('team.noTargets')) : [
            h(Chart, { option: attainmentOption, label: t('team.attainment'), testid: 'chart-attainment' }),
            table([[t('team.rep')], [t('targets.target'), 1], [t('targets.actual'), 1], [t('targets.attainment'), 1], [t('targets.forecast'), 1]],
              page.items.map(a => [repName(a.ownerId), formatMoneyExact(a.target), formatMoneyExact(a.actual), formatPercent(a.attainmentPercent), formatPercent(a.forecastPercent)])),
          ]),
        ]),
        h('section', { class: 'panel', 'data-testid': 'panel-leaderboard' }, [
          h('h2', [t('team.leaderboard'), csvButton('/api/reports/leaderboard', { teamId }, 'leaderboard.csv')]),
          loaded(leaderboard, page => page.items.length === 0 ? empty(t('team.noSales')) : [
            h(Chart, { option: leaderboardOption, label: t('team.leaderboard'), testid: 'chart-leaderboard' }),
            table([['#'], [t('team.rep')], [t('team.bookedRevenue'), 1], [t('team.orders'), 1]],
              page.items.map(r => [String(r.rank), r.repName || repName(r.repId), formatMoneyExact(r.bookedRevenue), formatNumber(r.orders)])),
          ]),
        ]),
        h('section', { class: 'panel', 'data-testid': 'panel-funnel' }, [
          h('h2', [t('team.funnel'), csvButton('/api/reports/pipeline', { teamId }, 'pipeline.csv')]),
          loaded(pipeline, p => [
            h(Chart, { option: funnelOption, label: t('team.funnel'), testid: 'chart-funnel' }),
            h('div', { class: 'figures' }, [
              h('span', [t('team.kpi.winRate') + ' ', h('b', formatPercent(p.winRatePercent))]),
              h('span', [t('team.cycle') + ' ', h('b', p.averageCycleDays == null ? '—' : t('team.days', { days: formatNumber(p.averageCycleDays, 1) }))]),
            ]),
            table([[t('team.stage')], [t('team.reached'), 1], [t('team.conversion'), 1], [t('team.openValue'), 1]],
              p.stages.map(s => [te('stage', s.stage), formatNumber(s.reached), formatPercent(s.conversionPercent), formatMoneyExact(s.openValue)])),
          ]),
        ]),
        h('section', { class: 'panel', 'data-testid': 'panel-trend' }, [
          h('h2', [t('team.trend'), csvButton('/api/reports/sales-trend', { teamId }, 'sales-trend.csv')]),
          loaded(trend, page => [
            h(Chart, { option: trendOption, label: t('team.trend'), testid: 'chart-trend' }),
            table([[t('team.month')], [t('team.bookedRevenue'), 1], [t('team.orders'), 1], [t('team.collected'), 1]],
              page.items.map(p => [formatBucket(p.bucketStart, 'MONTH'), formatMoneyExact(p.bookedRevenue), formatNumber(p.orders), formatMoneyExact(p.collected)])),
          ]),
        ]),
        h('section', { class: 'panel', 'data-testid': 'panel-products' }, [
          h('h2', [t('team.products'), csvButton('/api/reports/product-popularity', { size: 20 }, 'product-popularity.csv')]),
          loaded(products, page => page.items.length === 0 ? empty(t('team.noProducts')) : [
            h(Chart, { option: productsOption, label: t('team.products'), testid: 'chart-products' }),
            table([['#'], [t('team.product')], [t('team.units'), 1], [t('team.revenue'), 1], [t('team.growth'), 1]],
              page.items.map(p => [String(p.rank), p.name, formatNumber(p.units), formatMoneyExact(p.revenue),
                p.revenueGrowthPercent == null ? '—' : formatPercent(p.revenueGrowthPercent)])),
          ]),
        ]),
        h('section', { class: 'panel', 'data-testid': 'panel-alerts' }, [
          h('h2', [t('team.alerts'), alerts.data.value ? h('span', { class: 'count' }, String(alerts.data.value.totalItems)) : null,
            csvButton('/api/reports/risk-alerts', { size: 50 }, 'risk-alerts.csv')]),
          loaded(alerts, page => page.items.length === 0 ? empty(t('team.noAlerts')) : h('ul', { class: 'list' }, page.items.map(a =>
            h('li', { 'data-testid': 'alert', 'data-kind': a.kind }, h('div', { class: 'grow' }, [
              h('div', [badge(te('alertKind', a.kind), ALERT_TONE[a.kind] || ''), ' ', alertSubject(a)]),
              h('div', { class: 'meta' }, alertFigures(a)),
            ]))))),
        ]),
      ]),
    ]);
  },
};
