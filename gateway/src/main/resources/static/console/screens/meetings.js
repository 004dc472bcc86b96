// 会议 the team's meetings (MANAGER, ADMIN): the last weeks' and coming meetings, scheduling one with the team's
// reps, and a meeting with its minutes and action items (recorded with owners and due times; completed by their
// owner or the manager). GET/POST /api/meetings, GET /api/meetings/{id}, POST …/{id}/minutes,
// POST …/{id}/action-items/{itemId}/completion.
import { get, post, session } from '../api.js';
import { t, te, formatMoment } from '../i18n.js';
import { Field, Step, facts, useLoad, useSubmit, loaded, empty, badge, problemBox } from '../ui.js';
import { personName } from '../lookups.js';
import { ManageTabs } from './manage.js';

const { h, ref, reactive } = Vue;

const KINDS = ['TEAM', 'EXPERIENCE_SHARING', 'CROSS_DEPARTMENT'];
const ITEM_TONE = { OPEN: 'warn', OVERDUE: 'bad', COMPLETED: 'ok' };
const instant = local => (local ? new Date(local).toISOString() : undefined);

function isoDay(offsetDays) {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const teamReps = () => get('/api/reps', { teamId: session.user.teamId || undefined, size: 200 });

/** Scheduling a meeting: kind, time, agenda and the reps who attend (every server message under its input). */
const NewMeeting = {
  emits: ['created', 'close'],
  setup(props, { emit }) {
    const reps = useLoad(teamReps);
    const form = reactive({ kind: 'TEAM', scheduledAt: '', agenda: '', participants: [] });
    const { error, busy, run } = useSubmit();
    const submit = () => run(async () => {
      const created = await post('/api/meetings', { kind: form.kind, scheduledAt: instant(form.scheduledAt),
        agenda: form.agenda, participantRepIds: form.participants });
      emit('created', created.id);
    });
    const bind = key => ({ modelValue: form[key], error: error.value, field: key, 'onUpdate:modelValue': v => { form[key] = v; } });
    return () => h('form', { class: 'panel', novalidate: true, 'data-testid': 'meeting-form',
      onSubmit: e => { e.preventDefault(); submit(); } }, [
      h('h2', t('meetings.new')),
      problemBox(error.value),
      h('div', { class: 'form-row' }, [
        h(Field, { label: t('meetings.kind'), testid: 'meeting-kind', options: KINDS.map(k => ({ value: k, label: te('meetingKind', k) })), ...bind('kind') }),
        h(Field, { label: t('meetings.scheduledAt'), type: 'datetime-local', testid: 'meeting-scheduledAt', ...bind('scheduledAt') }),
      ]),
      h(Field, { label: t('meetings.agenda'), type: 'textarea', testid: 'meeting-agenda', ...bind('agenda') }),
      h('fieldset', { class: 'line' }, [
        h('legend', t('meetings.participants')),
        loaded(reps, page => h('div', { class: 'choices' }, page.items.map(r => h('label', { class: 'choice' }, [
          h('input', { type: 'checkbox', value: r.id, checked: form.participants.includes(r.id), 'data-testid': 'participant',
            onChange: e => { form.participants = e.target.checked ? [...form.participants, r.id] : form.participants.filter(id => id !== r.id); } }),
          ' ', r.name,
        ])))),
      ]),
      h('div', { class: 'actions' }, [
        h('button', { type: 'submit', class: 'primary', disabled: busy.value, 'data-testid': 'meeting-submit' }, t('meetings.schedule')),
        h('button', { type: 'button', onClick: () => emit('close') }, t('common.cancel')),
      ]),
    ]);
  },
};

export const Meetings = {
  setup() {
    const state = useLoad(() => get('/api/meetings', { from: isoDay(-60), size: 50 }));
    const creating = ref(false);
    return () => h('div', [
      h('div', { class: 'toolbar' }, [
        h('h1', t('meetings.title')),
        h('button', { type: 'button', class: 'primary', 'data-testid': 'new-meeting', onClick: () => { creating.value = true; } }, t('meetings.new')),
      ]),
      h(ManageTabs, { current: 'meetings' }),
      creating.value ? h(NewMeeting, { onClose: () => { creating.value = false; },
        onCreated: id => { location.hash = '/manage/meetings/' + id; } }) : null,
      h('section', { class: 'panel', 'data-testid': 'meeting-list' }, [
        h('h2', t('meetings.recent')),
        loaded(state, page => page.items.length === 0 ? empty(t('meetings.none')) : h('ul', { class: 'list' }, page.items.map(m =>
          h('li', { 'data-testid': 'meeting', 'data-id': m.id }, h('div', { class: 'grow' }, [
            h('div', [h('a', { href: '#/manage/meetings/' + m.id }, m.agenda.split('\n')[0]), ' ', badge(te('meetingKind', m.kind), '')]),
            h('div', { class: 'meta' }, [formatMoment(m.scheduledAt), personName(m.organiserId),
              m.minutes ? t('meetings.hasMinutes') : t('meetings.noMinutesYet'),
              t('meetings.openItems', { count: m.actionItems.filter(i => i.status !== 'COMPLETED').length })].join(' · ')),
          ]))))),
      ]),
    ]);
  },
};

/** The minutes and the action items decided: a row per item with its owner and due time. */
const MinutesForm = {
  props: ['meeting'],
  emits: ['recorded', 'close'],
  setup(props, { emit }) {
    const reps = useLoad(teamReps);
    const form = reactive({ minutes: props.meeting.minutes || '', items: [] });
    const { error, busy, run } = useSubmit();
    const submit = () => run(async () => {
      emit('recorded', await post(`/api/meetings/${props.meeting.id}/minutes`, { minutes: form.minutes,
        actionItems: form.items.map(i => ({ description: i.description, ownerId: i.ownerId || undefined, dueAt: instant(i.dueAt) })) }));
    });
    return () => {
      const owners = [{ value: '', label: '—' }, ...(reps.data.value?.items || []).map(r => ({ value: r.id, label: r.name }))];
      return h('form', { class: 'panel', novalidate: true, 'data-testid': 'minutes-form', onSubmit: e => { e.preventDefault(); submit(); } }, [
        h('h2', t('meetings.recordMinutes')),
        problemBox(error.value),
        h(Field, { label: t('meetings.minutes'), type: 'textarea', field: 'minutes', testid: 'minutes-text', modelValue: form.minutes,
          error: error.value, 'onUpdate:modelValue': v => { form.minutes = v; } }),
        form.items.map((item, i) => h('fieldset', { class: 'line', 'data-testid': 'action-item-row' }, [
          h('legend', t('meetings.actionItemN', { n: i + 1 })),
          h('div', { class: 'form-row' }, [
            h(Field, { label: t('meetings.itemDescription'), field: `actionItems[${i}].description`, testid: `item-description-${i}`,
              modelValue: item.description, error: error.value, 'onUpdate:modelValue': v => { item.description = v; } }),
            h(Field, { label: t('meetings.itemOwner'), field: `actionItems[${i}].ownerId`, testid: `item-owner-${i}`, options: owners,
              modelValue: item.ownerId, error: error.value, 'onUpdate:modelValue': v => { item.ownerId = v; } }),
            h(Field, { label: t('meetings.itemDue'), field: `actionItems[${i}].dueAt`, type: 'datetime-local', testid: `item-due-${i}`,
              modelValue: item.dueAt, error: error.value, 'onUpdate:modelValue': v => { item.dueAt = v; } }),
          ]),
          h('button', { type: 'button', onClick: () => form.items.splice(i, 1) }, t('meetings.removeItem')),
        ])),
        h('div', { class: 'actions' }, [
          h('button', { type: 'button', 'data-testid': 'add-action-item',
            onClick: () => form.items.push({ description: '', ownerId: '', dueAt: '' }) }, t('meetings.addItem')),
          h('button', { type: 'submit', class: 'primary', disabled: busy.value, 'data-testid': 'minutes-submit' }, t('meetings.saveMinutes')),
          h('button', { type: 'button', onClick: () => emit('close') }, t('common.cancel')),
        ]),
      ]);
    };
  },
};


export const MeetingDetail = {
  props: ['id'],
  setup(props) {
    const state = useLoad(() => get(`/api/meetings/${props.id}`));
    const recording = ref(false);
    return () => loaded(state, m => h('div', [
      h('p', h('a', { href: '#/manage/meetings' }, t('meetings.back'))),
      h('div', { class: 'toolbar' }, [h('h1', [t('meetings.meeting'), ' ', badge(te('meetingKind', m.kind), '')])]),
      h('div', { class: 'grid' }, [
        h('section', { class: 'panel', 'data-testid': 'meeting-detail' }, [
          h('h2', t('meetings.overview')),
          facts([
            [t('meetings.scheduledAt'), formatMoment(m.scheduledAt)],
            [t('meetings.organiser'), personName(m.organiserId)],
            [t('meetings.participants'), m.participantRepIds.map(personName).join('、') || '—'],
            m.departments.length ? [t('meetings.departments'), m.departments.map(d => te('department', d)).join('、')] : null,
          ]),
          h('h3', t('meetings.agenda')),
          h('p', { class: 'article-body' }, m.agenda),
          h('h3', t('meetings.minutes')),
          m.minutes ? h('p', { class: 'article-body', 'data-testid': 'minutes' }, m.minutes) : empty(t('meetings.noMinutesYet')),
          recording.value ? null : h('div', { class: 'actions' }, [h('button', { type: 'button', class: 'primary', 'data-testid': 'record-minutes',
            onClick: () => { recording.value = true; } }, t('meetings.recordMinutes'))]),
        ]),
        h('section', { class: 'panel', 'data-testid': 'action-items' }, [
          h('h2', [t('meetings.actionItems'), h('span', { class: 'count' }, String(m.actionItems.length))]),
          m.actionItems.length === 0 ? empty(t('meetings.noActionItems')) : h('ul', { class: 'list' }, m.actionItems.map(i =>
            h('li', { 'data-testid': 'action-item', 'data-id': i.id, 'data-status': i.status }, [
              h('div', { class: 'grow' }, [
                h('div', [h('b', i.description), ' ', badge(te('actionItemStatus', i.status), ITEM_TONE[i.status] || ''),
                  i.completedLate ? [' ', badge(t('meetings.late'), 'bad')] : null]),
                h('div', { class: 'meta' }, [personName(i.ownerId), t('meetings.dueAt', { when: formatMoment(i.dueAt) }),
                  i.completedAt ? t('meetings.completedAt', { when: formatMoment(i.completedAt) }) : null].filter(Boolean).join(' · ')),
              ]),
              i.status === 'COMPLETED' ? null : h(Step, { label: t('meetings.completeItem'), testid: 'complete-item',
                send: () => post(`/api/meetings/${m.id}/action-items/${i.id}/completion`), onDone: state.reload }),
            ]))),
        ]),
      ]),
      recording.value ? h(MinutesForm, { meeting: m, onClose: () => { recording.value = false; },
        onRecorded: updated => { recording.value = false; state.data.value = updated; } }) : null,
    ]));
  },
};
