// 管理 (MANAGER, ADMIN): the target tree, the team's meetings and the risk register behind one tab of the navigation
// (a phone's tab bar has room for no more), each a tab of its own here.
import { t } from '../i18n.js';

const { h } = Vue;

const TABS = ['targets', 'meetings', 'risks'];

export const ManageTabs = {
  props: ['current'],
  setup(props) {
    return () => h('nav', { class: 'tabs', 'aria-label': t('manage.label') }, TABS.map(tab =>
      h('a', { href: '#/manage/' + tab, 'aria-current': props.current === tab ? 'page' : undefined,
        'data-testid': 'manage-' + tab }, t('manage.' + tab))));
  },
};
