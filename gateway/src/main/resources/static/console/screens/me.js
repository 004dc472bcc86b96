// 我的 (REP): my sales reports (screens/salesreports.js), my appraisals with each KPI's arithmetic, my payouts with their explanation (paid runs and this month's
// preview), my training record with its enrolments, and a training session to enrol in or withdraw from.
// GET /api/appraisals?repId=, GET /api/payouts?repId=, GET /api/payouts/preview, GET /api/reps/{id}/training-record,
// GET /api/sessions?from= (the coming sessions to enrol in), GET /api/sessions/{id}, GET /api/courses/{id},
// POST /api/sessions/{id}/enrollments, …/withdrawals.
import { get, post, session } from '../api.js';
import { t, te, formatMoney, formatMoneyExact, formatNumber, formatPercent, formatMoment, formatDay } from '../i18n.js';
import { Step, useLoad, useSubmit, loaded, empty, badge, problemBox } from '../ui.js';
import { appraisalList } from './appraisals.js';
import { MySalesReports } from './salesreports.js';

const { h } = Vue;

const SESSION_TONE = { ENROLLED: 'ok', WAITLISTED: 'warn' };
const withdrawable = status => status === 'ENROLLED' || status === 'WAITLISTED';

/** One payout and its explanation: the figures it rests on and a line per commission, bonus or adjustment. */
function payoutCard(payout, preview) {
  return h('li', { 'data-testid': preview ? 'payout-preview' : 'payout', 'data-id': payout.id }, [h('div', { class: 'grow' }, [
    h('div', [h('b', payout.period), ' ', preview ? badge(t('me.preview'), 'warn') : null, ' ',
      h('b', { title: formatMoneyExact(payout.total), 'data-testid': 'payout-total' }, formatMoney(payout.total))]),
    h('div', { class: 'figures' }, [
      h('span', [t('me.bookedRevenue') + ' ', h('b', { title: formatMoneyExact(payout.bookedRevenue) }, formatMoney(payout.bookedRevenue))]),
      h('span', [t('me.revenueTarget') + ' ', h('b', { title: formatMoneyExact(payout.revenueTarget) }, formatMoney(payout.revenueTarget))]),
      h('span', [t('targets.attainment') + ' ', h('b', formatPercent(payout.attainmentPercent))]),
      payout.cutoff ? h('span', [t('me.cutoff') + ' ', h('b', formatMoment(payout.cutoff))]) : null,
    ]),
    (payout.lines || []).length === 0 ? empty(t('me.noPayoutLines')) : h('div', { class: 'scroll' }, h('table', { 'data-testid': 'payout-lines' }, [
      h('thead', h('tr', [h('th', t('me.lineKind')), h('th', t('me.forPeriod')), h('th', t('me.explanation')),
        h('th', { class: 'num' }, t('me.amount'))])),
      h('tbody', payout.lines.map(l => h('tr', { 'data-kind': l.kind }, [h('td', te('payoutLine', l.kind)), h('td', l.forPeriod),
        h('td', { class: 'meta' }, l.description), h('td', { class: 'num' }, formatMoneyExact(l.amount))]))),
      h('tfoot', h('tr', [h('th', { colspan: 3, scope: 'row' }, t('sales.total')),
        h('td', { class: 'num' }, h('b', formatMoneyExact(payout.total)))])),
    ])),
  ])]);
}

const MyPayouts = {
  setup() {
    const paid = useLoad(() => get('/api/payouts', { repId: session.user.sub, size: 12 }));
    const preview = useLoad(() => get('/api/payouts/preview', { size: 10 }));
    return () => h('section', { class: 'panel', 'data-testid': 'my-payouts' }, [
      h('h2', t('me.payouts')),
      loaded(preview, page => page.items.length === 0 ? empty(t('me.noPreview'))
        : h('ul', { class: 'list' }, page.items.map(p => payoutCard(p, true)))),
      loaded(paid, page => page.items.length === 0 ? empty(t('me.noPayouts'))
        : h('ul', { class: 'list' }, page.items.map(p => payoutCard(p, false)))),
    ]);
  },
};

const MyAppraisals = {
  setup() {
    const state = useLoad(() => get('/api/appraisals', { repId: session.user.sub, size: 12 }));
    const replace = changed => {
      state.data.value = { ...state.data.value, items: state.data.value.items.map(a => (a.id === changed.id ? changed : a)) };
    };
    return () => h('section', { class: 'panel', 'data-testid': 'my-appraisals' }, [
      h('h2', t('me.appraisals')),
      loaded(state, page => appraisalList(page.items, replace)),
    ]);
  },
};


const MyTraining = {
  setup() {
    const state = useLoad(() => get(`/api/reps/${session.user.sub}/training-record`));
    return () => h('section', { class: 'panel', 'data-testid': 'my-training' }, [
      h('h2', [t('me.training'), state.data.value ? h('span', { class: 'count' },
        t('training.hours', { hours: formatNumber(state.data.value.totalHours, 1) })) : null]),
      loaded(state, record => h('div', [
        h('h3', t('training.sessions')),
        record.sessions.length === 0 ? empty(t('training.noSessions')) : h('ul', { class: 'list' }, record.sessions.map(s =>
          h('li', { 'data-testid': 'training-session', 'data-id': s.sessionId, 'data-status': s.status }, [
            h('div', { class: 'grow' }, [
              h('div', [h('a', { href: '#/sessions/' + s.sessionId }, s.courseTitle), ' ', badge(te('enrolment', s.status), SESSION_TONE[s.status] || '')]),
              h('div', { class: 'meta' }, [formatMoment(s.startsAt), te('courseCategory', s.category),
                t('training.hours', { hours: formatNumber(s.hours, 1) }),
                s.score != null ? t('training.score', { score: s.score }) : null,
                s.passed === true ? t('training.passed') : s.passed === false && s.score != null ? t('training.failed') : null]
                .filter(Boolean).join(' · ')),
            ]),
            withdrawable(s.status) ? h(Step, { label: t('training.withdraw'), testid: 'withdraw', send: () => post(`/api/sessions/${s.sessionId}/withdrawals`), onDone: state.reload }) : null,
          ]))),
        h('h3', t('training.certifications')),
        record.certifications.length === 0 ? empty(t('training.noCertifications')) : h('ul', { class: 'list' }, record.certifications.map(c =>
          h('li', { 'data-testid': 'certification' }, h('div', { class: 'grow' }, [h('b', c.courseTitle),
            h('div', { class: 'meta' }, [t('training.granted', { day: formatDay(c.grantedOn) }),
              c.expiresOn ? t('training.expires', { day: formatDay(c.expiresOn) }) : null,
              t('training.score', { score: c.score })].filter(Boolean).join(' · '))])))),
        h('h3', t('training.external')),
        record.externalTrainings.length === 0 ? empty(t('training.noExternal')) : h('ul', { class: 'list' }, record.externalTrainings.map(x =>
          h('li', h('div', { class: 'grow' }, [h('b', x.title), h('div', { class: 'meta' }, [te('externalKind', x.kind), x.organiser,
            formatDay(x.attendedOn), t('training.hours', { hours: formatNumber(x.hours, 1) })].filter(Boolean).join(' · '))])))),
      ])),
    ]);
  },
};

/** The coming sessions (from today, soonest first) with their course, seats and my place; enrol in one tap. */
const ComingSessions = {
  setup() {
    const state = useLoad(async () => {
      const page = await get('/api/sessions', { size: 20 });
      const courseIds = [...new Set(page.items.map(s => s.courseId))];
      const courses = Object.fromEntries(await Promise.all(courseIds.map(async id => [id, await get(`/api/courses/${id}`)])));
      return page.items.map(s => ({ ...s, course: courses[s.courseId] }));
    });
    return () => h('section', { class: 'panel', 'data-testid': 'coming-sessions' }, [
      h('h2', t('training.coming')),
      loaded(state, sessions => sessions.length === 0 ? empty(t('training.noComing')) : h('ul', { class: 'list' }, sessions.map(s => {
        const me = session.user.sub;
        const status = s.enrolledRepIds.includes(me) ? 'ENROLLED' : s.waitingListRepIds.includes(me) ? 'WAITLISTED' : 'NONE';
        return h('li', { 'data-testid': 'coming-session', 'data-id': s.id, 'data-status': status }, [
          h('div', { class: 'grow' }, [
            h('div', [h('a', { href: '#/sessions/' + s.id }, s.course?.title || s.courseId), ' ',
              status !== 'NONE' ? badge(te('enrolment', status), SESSION_TONE[status]) : null]),
            h('div', { class: 'meta' }, [formatMoment(s.startsAt), s.location, te('courseCategory', s.category),
              t('training.hours', { hours: formatNumber(s.durationHours, 1) }),
              t('training.seatsTaken', { taken: s.enrolledRepIds.length, capacity: s.capacity })].filter(Boolean).join(' · ')),
          ]),
          status === 'NONE' ? h(Step, { label: t('training.enrol'), testid: 'enrol', primary: true,
            send: () => post(`/api/sessions/${s.id}/enrollments`), onDone: state.reload }) : null,
        ]);
      }))),
    ]);
  },
};

export const Me = {
  setup() {
    return () => h('div', [
      h('div', { class: 'toolbar' }, [h('h1', t('me.title'))]),
      // the KPI table needs the page's width; payouts and training sit side by side below it
      h(MySalesReports),
      h(MyAppraisals),
      h('div', { class: 'grid' }, [h(MyPayouts), h(MyTraining), h(ComingSessions)]),
    ]);
  },
};

/** A training session (a link from the record, or one the manager shared): its course, seats, and enrol / withdraw. */
export const TrainingSession = {
  props: ['id'],
  setup(props) {
    const state = useLoad(async () => {
      const s = await get(`/api/sessions/${props.id}`);
      const course = await get(`/api/courses/${s.courseId}`);
      return { ...s, course };
    });
    const { error, busy, run } = useSubmit();
    const act = path => run(async () => { await post(path); await state.reload(); });
    return () => h('div', [
      h('div', { class: 'toolbar' }, [h('h1', t('training.session')), h('a', { href: '#/me', class: 'meta' }, t('me.title'))]),
      loaded(state, s => {
        const me = session.user.sub;
        const enrolled = s.enrolledRepIds.includes(me);
        const waiting = s.waitingListRepIds.indexOf(me);
        return h('div', { class: 'grid' }, [
          h('section', { class: 'panel', 'data-testid': 'training-session-detail' }, [
            h('h2', [h('span', { 'data-testid': 'course-title' }, s.course.title)]),
            h('table', h('tbody', [
              [t('training.startsAt'), formatMoment(s.startsAt)], [t('training.location'), s.location],
              [t('training.trainer'), s.trainer], [t('training.category'), te('courseCategory', s.category)],
              [t('training.duration'), t('training.hours', { hours: formatNumber(s.durationHours, 1) })],
              [t('training.seats'), t('training.seatsTaken', { taken: s.enrolledRepIds.length, capacity: s.capacity })],
              [t('training.passMark'), formatNumber(s.passMark)],
            ].map(([k, v]) => h('tr', [h('th', { scope: 'row' }, k), h('td', v ?? '—')])))),
          ]),
          h('section', { class: 'panel', 'data-testid': 'enrolment' }, [
            h('h2', t('training.myEnrolment')),
            h('p', { 'data-testid': 'enrolment-status', 'data-status': enrolled ? 'ENROLLED' : waiting >= 0 ? 'WAITLISTED' : 'NONE' },
              enrolled ? t('training.youAreEnrolled') : waiting >= 0 ? t('training.youWait', { position: waiting + 1 })
                : t('training.notEnrolled')),
            problemBox(error.value),
            h('div', { class: 'actions' }, enrolled || waiting >= 0
              ? [h('button', { type: 'button', disabled: busy.value, 'data-testid': 'withdraw',
                onClick: () => act(`/api/sessions/${s.id}/withdrawals`) }, t('training.withdraw'))]
              : [h('button', { type: 'button', class: 'primary', disabled: busy.value, 'data-testid': 'enrol',
                onClick: () => act(`/api/sessions/${s.id}/enrollments`) }, t('training.enrol'))]),
          ]),
        ]);
      }),
    ]);
  },
};
