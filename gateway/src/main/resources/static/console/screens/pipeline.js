// My pipeline as a board: a column per open stage; a deal moves forward by drag and drop or with its button
// (keyboard and phone), and is won or lost with a reason; a deal in negotiation shows its rounds and records the
// next one. GET /api/opportunities, GET …/{id} (the rounds), POST …/stage, …/negotiation-rounds, …/won, …/lost.
import { get, post, session, hasRole } from '../api.js';
import { t, te, formatMoney, formatMoneyExact, formatDay } from '../i18n.js';
import { useLoad, loaded, empty, problemBox, Field, Step, amount } from '../ui.js';

const { h, ref, reactive } = Vue;

export const OPEN_STAGES = ['PROSPECTING', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION'];

async function loadBoard(repId) {
  const [deals, customers] = await Promise.all([
    get('/api/opportunities', { repId, size: 200 }),
    get('/api/customers', { ownerRepId: repId, size: 200 }),
  ]);
  const names = Object.fromEntries(customers.items.map(c => [c.id, c.name]));
  return { deals: deals.items.filter(d => OPEN_STAGES.includes(d.stage)), names };
}

/** A deal in NEGOTIATION: its latest round (our offer, their counter-offer, notes) and the next one recorded. */
const Negotiation = {
  props: ['deal'],
  setup(props) {
    const detail = useLoad(() => get(`/api/opportunities/${props.deal.id}`));
    return () => {
      const rounds = detail.data.value?.negotiationRounds || [];
      const last = rounds[rounds.length - 1];
      return h('div', { class: 'negotiation', 'data-testid': 'negotiation', 'data-rounds': rounds.length }, [
        last ? h('div', { class: 'meta', 'data-testid': 'negotiation-last' }, [
          t('negotiation.round', { round: last.round }), ' · ',
          t('negotiation.ourOfferWas', { amount: formatMoneyExact(last.ourOffer) }),
          last.counterOffer != null ? ' · ' + t('negotiation.counterOfferWas', { amount: formatMoneyExact(last.counterOffer) }) : '',
          last.notes ? ' · ' + last.notes : '',
        ]) : h('div', { class: 'meta' }, t('negotiation.none')),
        h(Step, {
          label: t('negotiation.record'), testid: 'negotiate',
          fields: [
            { field: 'ourOffer', label: t('negotiation.ourOffer'), inputmode: 'decimal' },
            { field: 'counterOffer', label: t('negotiation.counterOffer'), inputmode: 'decimal', hint: t('common.optional') },
            { field: 'notes', label: t('negotiation.notes'), type: 'textarea', hint: t('common.optional') },
          ],
          send: v => post(`/api/opportunities/${props.deal.id}/negotiation-rounds`, {
            ourOffer: amount(v.ourOffer), counterOffer: amount(v.counterOffer), notes: v.notes || undefined,
          }),
          onDone: detail.reload,
        }),
      ]);
    };
  },
};

export const PipelineBoard = {
  props: ['repId'],
  setup(props) {
    const state = useLoad(() => loadBoard(props.repId));
    const error = ref(null);
    const dropTarget = ref(null);
    const closing = reactive({ id: null, outcome: null, reason: '', competitor: '' });

    async function move(deal, stage) {
      error.value = null;
      try {
        await post(`/api/opportunities/${deal.id}/stage`, { stage });
        deal.stage = stage;
        // the stage's probability is the server's to say
        const fresh = await get(`/api/opportunities/${deal.id}`);
        Object.assign(deal, { stage: fresh.stage, probability: fresh.probability });
      } catch (e) {
        error.value = e;
      }
    }

    async function close(deal) {
      error.value = null;
      try {
        if (closing.outcome === 'won') {
          await post(`/api/opportunities/${deal.id}/won`, closing.reason ? { reason: closing.reason } : {});
        } else {
          await post(`/api/opportunities/${deal.id}/lost`, { reason: closing.reason, competitor: closing.competitor || undefined });
        }
        state.data.value.deals = state.data.value.deals.filter(d => d.id !== deal.id);
        closing.id = null;
      } catch (e) {
        error.value = e;
      }
    }

    function card(deal, names) {
      const index = OPEN_STAGES.indexOf(deal.stage);
      const next = OPEN_STAGES[index + 1];
      const mine = deal.repId === session.user.sub || hasRole('MANAGER') || hasRole('ADMIN');
      return h('article', {
        class: 'card', draggable: mine ? 'true' : 'false', 'data-testid': 'deal', 'data-stage': deal.stage, 'data-id': deal.id,
        'aria-label': deal.title,
        onDragstart: e => { e.dataTransfer.setData('text/plain', deal.id); e.dataTransfer.effectAllowed = 'move'; },
      }, [
        h('div', { class: 'title' }, deal.title),
        h('div', { class: 'meta' }, names[deal.customerId] || ''),
        h('div', { class: 'figures' }, [
          h('b', { title: formatMoneyExact(deal.expectedAmount) }, formatMoney(deal.expectedAmount)),
          h('span', formatDay(deal.expectedCloseDate)),
          h('span', `${deal.probability ?? ''}%`),
        ]),
        deal.stage === 'NEGOTIATION' && mine && closing.id !== deal.id ? h(Negotiation, { deal, key: deal.id }) : null,
        closing.id === deal.id ? h('div', [
          h(Field, { label: t(closing.outcome === 'won' ? 'pipeline.winReason' : 'pipeline.lossReason'), field: 'reason',
            modelValue: closing.reason, error: error.value, 'onUpdate:modelValue': v => { closing.reason = v; } }),
          closing.outcome === 'lost' ? h(Field, { label: t('pipeline.competitor'), field: 'competitor', modelValue: closing.competitor,
            error: error.value, hint: t('common.optional'), 'onUpdate:modelValue': v => { closing.competitor = v; } }) : null,
          h('div', { class: 'actions' }, [
            h('button', { type: 'button', class: 'primary', onClick: () => close(deal) },
              t(closing.outcome === 'won' ? 'pipeline.confirmWon' : 'pipeline.confirmLost')),
            h('button', { type: 'button', onClick: () => { closing.id = null; } }, t('common.cancel')),
          ]),
        ]) : mine ? h('div', { class: 'actions' }, [
          next ? h('button', { type: 'button', 'data-testid': 'advance',
            'aria-label': t('pipeline.moveTo', { stage: te('stage', next) }) + ' · ' + deal.title,
            onClick: () => move(deal, next) }, '→ ' + te('stage', next)) : null,
          h('button', { type: 'button', class: 'link', onClick: () => Object.assign(closing, { id: deal.id, outcome: 'won', reason: '', competitor: '' }) }, t('pipeline.won')),
          h('button', { type: 'button', class: 'link', onClick: () => Object.assign(closing, { id: deal.id, outcome: 'lost', reason: '', competitor: '' }) }, t('pipeline.lost')),
        ]) : null,
      ]);
    }

    function column(stage, data) {
      const deals = data.deals.filter(d => d.stage === stage);
      return h('section', {
        class: ['column', dropTarget.value === stage ? 'drop' : ''], 'data-testid': 'column-' + stage,
        'aria-label': te('stage', stage),
        onDragover: e => { e.preventDefault(); dropTarget.value = stage; },
        onDragleave: () => { if (dropTarget.value === stage) dropTarget.value = null; },
        onDrop: e => {
          e.preventDefault();
          dropTarget.value = null;
          const deal = data.deals.find(d => d.id === e.dataTransfer.getData('text/plain'));
          if (deal && OPEN_STAGES.indexOf(stage) > OPEN_STAGES.indexOf(deal.stage)) move(deal, stage);
        },
      }, [
        h('h3', [te('stage', stage), h('span', { class: 'count' }, String(deals.length))]),
        ...deals.map(d => card(d, data.names)),
      ]);
    }

    return () => h('div', [
      problemBox(error.value),
      loaded(state, data => data.deals.length === 0 ? empty(t('pipeline.none'))
        : h('div', { class: 'board' }, OPEN_STAGES.map(stage => column(stage, data)))),
    ]);
  },
};

/** The pipeline page: the board and opening a deal. */
export const Pipeline = {
  setup() {
    const repId = hasRole('REP') ? session.user.sub : undefined;
    const form = reactive({ customerId: '', title: '', expectedAmount: '', expectedCloseDate: '' });
    const customers = useLoad(() => get('/api/customers', { ownerRepId: repId, size: 200 }));
    const error = ref(null);
    const version = ref(0);
    const opening = ref(false);

    async function submit(e) {
      e.preventDefault();
      error.value = null;
      try {
        await post('/api/opportunities', {
          customerId: form.customerId || undefined, title: form.title,
          expectedAmount: form.expectedAmount === '' ? undefined : Number(Number(form.expectedAmount).toFixed(2)),
          expectedCloseDate: form.expectedCloseDate || undefined,
        });
        Object.assign(form, { title: '', expectedAmount: '', expectedCloseDate: '' });
        opening.value = false;
        version.value++;
      } catch (err) {
        error.value = err;
      }
    }

    const bind = key => ({ field: key, modelValue: form[key], error: error.value, 'onUpdate:modelValue': v => { form[key] = v; } });

    return () => h('div', [
      h('div', { class: 'toolbar' }, [
        h('h1', t('pipeline.title')),
        h('button', { type: 'button', class: 'primary', 'data-testid': 'new-deal', onClick: () => { opening.value = !opening.value; } }, t('pipeline.new')),
      ]),
      opening.value ? h('form', { class: 'panel', onSubmit: submit, novalidate: true, 'data-testid': 'deal-form' }, [
        h('h2', t('pipeline.new')),
        problemBox(error.value),
        h('div', { class: 'form-row' }, [
          h(Field, { label: t('pipeline.customer'), ...bind('customerId'),
            options: [{ value: '', label: t('common.choose') }, ...(customers.data.value?.items || []).map(c => ({ value: c.id, label: c.name }))] }),
          h(Field, { label: t('pipeline.dealTitle'), ...bind('title') }),
          h(Field, { label: t('pipeline.expectedAmount'), type: 'number', step: '0.01', min: '0', inputmode: 'decimal', ...bind('expectedAmount') }),
          h(Field, { label: t('pipeline.expectedCloseDate'), type: 'date', ...bind('expectedCloseDate') }),
        ]),
        h('button', { type: 'submit', class: 'primary' }, t('common.save')),
      ]) : null,
      h('section', { class: 'panel' }, h(PipelineBoard, { repId, key: version.value })),
    ]);
  },
};
