// The web console (docs/console.md): the shell, the hash router and the language switch.
import { session, restore, signOut, setApiLanguage, hasRole } from './api.js';
import { i18n, t, setLocale, initialLocale, LOCALES } from './i18n.js';
import { SignIn } from './screens/signin.js';
import { MyDay } from './screens/myday.js';
import { Pipeline } from './screens/pipeline.js';
import { Customers, CustomerProfile } from './screens/customers.js';
import { Team } from './screens/team.js';
import { Knowledge, Article } from './screens/knowledge.js';
import { Approvals } from './screens/approvals.js';
import { Sales, QuoteDetail, OrderDetail } from './screens/orders.js';
import { Me, TrainingSession } from './screens/me.js';
import { Targets } from './screens/targets.js';
import { Meetings, MeetingDetail } from './screens/meetings.js';
import { Risks, RiskDetail } from './screens/risks.js';

const { createApp, h, reactive, watch } = Vue;

const route = reactive({ path: '', params: {} });

const ROUTES = [
  { pattern: /^\/day$/, name: 'day', component: MyDay, roles: ['REP', 'MANAGER'] },
  { pattern: /^\/pipeline$/, name: 'pipeline', component: Pipeline, roles: ['REP', 'MANAGER', 'ADMIN'] },
  { pattern: /^\/customers$/, name: 'customers', component: Customers },
  { pattern: /^\/customers\/([0-9a-f-]{36})$/, name: 'customers', component: CustomerProfile, keys: ['id'] },
  { pattern: /^\/team$/, name: 'team', component: Team, roles: ['MANAGER', 'ADMIN'] },
  { pattern: /^\/approvals$/, name: 'approvals', component: Approvals, roles: ['MANAGER', 'ADMIN'] },
  { pattern: /^\/orders$/, name: 'orders', component: Sales, roles: ['REP', 'MANAGER', 'ADMIN'] },
  { pattern: /^\/quotes\/([0-9a-f-]{36})$/, name: 'orders', component: QuoteDetail, keys: ['id'], roles: ['REP', 'MANAGER', 'ADMIN'] },
  { pattern: /^\/orders\/([0-9a-f-]{36})$/, name: 'orders', component: OrderDetail, keys: ['id'], roles: ['REP', 'MANAGER', 'ADMIN'] },
  { pattern: /^\/manage\/targets$/, name: 'manage', component: Targets, roles: ['MANAGER', 'ADMIN'] },
  { pattern: /^\/manage\/targets\/([0-9a-f-]{36})$/, name: 'manage', component: Targets, keys: ['id'], roles: ['MANAGER', 'ADMIN'] },
  { pattern: /^\/manage\/meetings$/, name: 'manage', component: Meetings, roles: ['MANAGER', 'ADMIN'] },
  { pattern: /^\/manage\/meetings\/([0-9a-f-]{36})$/, name: 'manage', component: MeetingDetail, keys: ['id'], roles: ['MANAGER', 'ADMIN'] },
  { pattern: /^\/manage\/risks$/, name: 'manage', component: Risks, roles: ['MANAGER', 'ADMIN'] },
  { pattern: /^\/manage\/risks\/([0-9a-f-]{36})$/, name: 'manage', component: RiskDetail, keys: ['id'], roles: ['MANAGER', 'ADMIN'] },
  { pattern: /^\/me$/, name: 'me', component: Me, roles: ['REP'] },
  { pattern: /^\/sessions\/([0-9a-f-]{36})$/, name: 'me', component: TrainingSession, keys: ['id'], roles: ['REP'] },
  { pattern: /^\/knowledge$/, name: 'knowledge', component: Knowledge },
  { pattern: /^\/knowledge\/([0-9a-f-]{36})$/, name: 'knowledge', component: Article, keys: ['id'] },
];

function navItems() {
  const items = [];
  if (hasRole('REP') || hasRole('MANAGER')) items.push({ path: '/day', name: 'day', label: t('nav.day') });
  if (hasRole('MANAGER') || hasRole('ADMIN')) items.push({ path: '/team', name: 'team', label: t('nav.team') });
  if (hasRole('MANAGER') || hasRole('ADMIN')) items.push({ path: '/approvals', name: 'approvals', label: t('nav.approvals') });
  items.push({ path: '/pipeline', name: 'pipeline', label: t('nav.pipeline') });
  items.push({ path: '/orders', name: 'orders', label: t('nav.orders') });
  items.push({ path: '/customers', name: 'customers', label: t('nav.customers') });
  items.push({ path: '/knowledge', name: 'knowledge', label: t('nav.knowledge') });
  if (hasRole('REP')) items.push({ path: '/me', name: 'me', label: t('nav.me') });
  if (hasRole('MANAGER') || hasRole('ADMIN')) items.push({ path: '/manage/targets', name: 'manage', label: t('nav.manage') });
  return items;
}

function home() {
  return hasRole('REP') ? '/day' : '/team';
}

function readHash() {
  const path = decodeURI(location.hash.replace(/^#/, '')) || '/';
  route.path = path;
}

export function navigate(path) {
  if (location.hash !== '#' + path) location.hash = path;
  else readHash();
}

function resolve() {
  for (const r of ROUTES) {
    const m = route.path.match(r.pattern);
    if (m && (!r.roles || r.roles.some(hasRole))) {
      const params = {};
      (r.keys || []).forEach((k, i) => { params[k] = m[i + 1]; });
      return { ...r, params };
    }
  }
  return null;
}

const LanguageSwitch = {
  setup() {
    return () => {
      const other = i18n.locale === 'zh-CN' ? 'en' : 'zh-CN';
      return h('button', {
        class: 'link', type: 'button', lang: other, 'data-testid': 'language-switch',
        'aria-label': t('language.switchTo'),
        onClick: () => setLocale(other).then(() => setApiLanguage(other)),
      }, other === 'en' ? 'English' : '中文');
    };
  },
};

const Shell = {
  setup() {
    return () => {
      if (!i18n.messages['app.title']) return h('p', { class: 'boot' }, '…');
      const topbar = h('header', { class: 'topbar' }, [
        h('a', { class: 'brand', href: session.user ? '#' + home() : '#/signin' }, [
          h('img', { src: '/console/icon.svg', alt: '' }), h('span', t('app.title')),
        ]),
        session.user ? h('span', { class: 'who', 'data-testid': 'who' },
          t('app.signedInAs', { user: session.user.username, role: t('role.' + session.user.roles[0]) })) : null,
        h(LanguageSwitch),
        session.user ? h('button', { class: 'link', type: 'button', 'data-testid': 'sign-out',
          onClick: () => { signOut(); navigate('/signin'); } }, t('app.signOut')) : null,
      ]);
      if (!session.user) {
        return [topbar, h('main', { id: 'main' }, h(SignIn, { expired: session.expired, onSignedIn: () => navigate(home()) }))];
      }
      let match = resolve();
      if (!match) {
        queueMicrotask(() => navigate(home()));
        return [topbar];
      }
      const nav = h('nav', { class: 'nav', 'aria-label': t('nav.label') }, navItems().map(item =>
        h('a', { href: '#' + item.path, 'aria-current': match.name === item.name ? 'page' : undefined,
          'data-testid': 'nav-' + item.name }, item.label)));
      return [topbar, h('div', { class: 'layout' }, [
        nav,
        h('main', { id: 'main' }, h(match.component, { key: route.path, ...match.params })),
      ])];
    };
  },
};

/** Printing shows every report's data table: the closed <details> are opened for the print and closed after. */
function printTables() {
  let opened = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('details.data:not([open])')];
    opened.forEach(d => { d.open = true; });
  });
  window.addEventListener('afterprint', () => { opened.forEach(d => { d.open = false; }); opened = []; });
}

async function start() {
  window.addEventListener('hashchange', readHash);
  printTables();
  readHash();
  const locale = LOCALES.includes(initialLocale()) ? initialLocale() : 'zh-CN';
  await setLocale(locale);
  setApiLanguage(locale);
  await restore();
  watch(() => session.user, user => { if (!user) navigate('/signin'); });
  if (session.user && (route.path === '/' || route.path === '/signin')) navigate(home());
  createApp(Shell).mount('#app');
}

start();
